package org.w3id.arsenal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Files bundled on the classpath (queries, lexicons, the ontology): a missing one is a packaging bug. */
public final class Resources {

    private Resources() {}

    public static InputStream open(String name) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing bundled resource " + name);
        return in;
    }

    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    /** The lines of an index file, without blank lines and {@code #} comments. */
    public static List<String> index(String name) {
        return text(name).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
