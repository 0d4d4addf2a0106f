package org.w3id.arsenal.serve.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Fuseki UI's files as jena-fuseki-ui ships them: the classpath folder {@code webapp/} (index.html, favicon,
 * hashed Vite bundles in static/). A jar cannot be listed, so the scripts are found the way the browser finds
 * them: index.html names the entry bundle, the entry bundle names the lazily loaded page chunks.
 */
public final class UiWebapp {

    static final String DIR = "webapp/";
    private static final Pattern ENTRY = Pattern.compile("<script[^>]*\\ssrc=\"\\./(static/[\\w.-]+\\.js)\"");
    private static final Pattern CHUNK = Pattern.compile("\"\\./([\\w.-]+\\.js)\"");

    private final ClassLoader loader;
    private final String base;

    private UiWebapp(ClassLoader loader, String base) {
        this.loader = loader;
        this.base = base;
    }

    /** The UI on this class loader's classpath, if jena-fuseki-ui (or a shaded copy) is there. */
    public static Optional<UiWebapp> find(ClassLoader loader) {
        URL index = loader.getResource(DIR + "index.html");
        if (index == null) return Optional.empty();
        String s = index.toExternalForm();
        return Optional.of(new UiWebapp(loader, s.substring(0, s.length() - "index.html".length())));
    }

    /** The folder's URI ({@code jar:file:…!/webapp/} or {@code file:…/webapp/}), as Fuseki's static file base. */
    public String baseUri() {
        return base;
    }

    /** A file by its path under webapp/ (e.g. {@code static/index-X.js}). */
    public byte[] read(String path) {
        try (InputStream in = loader.getResourceAsStream(DIR + path)) {
            if (in == null) throw new IllegalStateException("the Fuseki UI has no file " + DIR + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String path) {
        return new String(read(path), StandardCharsets.UTF_8);
    }

    /** The entry script named by index.html, then every script chunk it names, as paths under webapp/. */
    public List<String> scripts() {
        Matcher m = ENTRY.matcher(text("index.html"));
        if (!m.find()) throw new IllegalStateException("the Fuseki UI's index.html names no ./static/*.js script");
        String entry = m.group(1);
        Set<String> out = new LinkedHashSet<>(List.of(entry));
        Matcher c = CHUNK.matcher(text(entry));
        while (c.find()) out.add("static/" + c.group(1));
        return new ArrayList<>(out);
    }
}
