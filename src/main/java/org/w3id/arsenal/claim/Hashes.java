package org.w3id.arsenal.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short content hashes for IRIs that must not depend on processing order. */
public final class Hashes {

    private Hashes() {}

    /** The first 12 hex digits of SHA-256 over the parts' text, NUL-separated. */
    public static String of(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) b.append(p).append('\u0000');
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
