package org.w3id.arsenal.serve.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Serves one body computed at startup (a patched UI script, a JSON file), read-only. Its URL may be the one the
 * unpatched file had, so browsers must revalidate ({@code no-cache}) against an ETag of these exact bytes; a
 * gzip copy is made once because a patched bundle is over a megabyte.
 */
public final class FixedResponseServlet extends HttpServlet {

    private final byte[] body;
    private final byte[] gzip;
    private final String contentType;
    private final String etag;

    public FixedResponseServlet(byte[] body, String contentType) {
        this.body = body.clone();
        this.gzip = gzip(body);
        this.contentType = contentType;
        this.etag = "\"" + sha256(body).substring(0, 32) + "\"";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("Vary", "Accept-Encoding");
        res.setHeader("X-Content-Type-Options", "nosniff");
        String match = req.getHeader("If-None-Match");
        if (match != null && (match.contains(etag) || match.trim().equals("*"))) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        res.setContentType(contentType);
        String accept = req.getHeader("Accept-Encoding");
        byte[] out = body;
        if (accept != null && accept.toLowerCase().contains("gzip") && gzip.length < body.length) {
            res.setHeader("Content-Encoding", "gzip");
            out = gzip;
        }
        res.setContentLength(out.length);
        if (!req.getMethod().equals("HEAD")) res.getOutputStream().write(out);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
