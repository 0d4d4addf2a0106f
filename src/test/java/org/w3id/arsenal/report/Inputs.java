package org.w3id.arsenal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs on the classpath: report-inputs/{good,bad}/ and the bundled corpus in reports/. */
final class Inputs {

    private Inputs() {
    }

    static Path resource(String name) {
        URL url = Inputs.class.getResource("/" + name);
        if (url == null) throw new IllegalStateException("missing test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path good(String name) {
        return resource("report-inputs/good/" + name);
    }

    static Path bad(String name) {
        return resource("report-inputs/bad/" + name);
    }

    static Report read(Path file) {
        return ReportReaders.defaults().read(file);
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every margin, for readable assertions. */
    static java.util.List<String> marginTexts(Report r) {
        return r.margins().stream().map(m -> m.of(r.body())).toList();
    }
}
