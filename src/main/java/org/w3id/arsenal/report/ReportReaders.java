package org.w3id.arsenal.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The report formats by file extension, and the entry point for reading a report file. Immutable: the
 * configuring methods return a new registry.
 */
public final class ReportReaders {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final String NO_EXTENSION = "";

    private final Map<String, FormatReader> byExtension;
    private final long maxBytes;

    private ReportReaders(Map<String, FormatReader> byExtension, long maxBytes) {
        this.byExtension = Collections.unmodifiableMap(new LinkedHashMap<>(byExtension));
        this.maxBytes = maxBytes;
    }

    /** .txt and extensionless files as TEXT, .md/.markdown as MARKDOWN, .html/.htm as HTML; 10 MiB limit. */
    public static ReportReaders defaults() {
        Map<String, FormatReader> m = new LinkedHashMap<>();
        FormatReader text = new TextReader();
        FormatReader markdown = new MarkdownReader();
        FormatReader html = new HtmlReader();
        m.put("txt", text);
        m.put(NO_EXTENSION, text);
        m.put("md", markdown);
        m.put("markdown", markdown);
        m.put("html", html);
        m.put("htm", html);
        return new ReportReaders(m, DEFAULT_MAX_BYTES);
    }

    /** A registry refusing files larger than {@code n} bytes. */
    public ReportReaders maxBytes(long n) {
        if (n < 1) throw new IllegalArgumentException("size limit must be positive: " + n);
        return new ReportReaders(byExtension, n);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** True when the file's extension (case-insensitive) is a report format; the file need not exist. */
    public boolean accepts(Path file) {
        return byExtension.containsKey(extension(file));
    }

    /** The format a file would be read as. */
    public Optional<ReportFormat> formatOf(Path file) {
        return Optional.ofNullable(byExtension.get(extension(file))).map(FormatReader::format);
    }

    /** The known extensions, with a leading dot, sorted; files with no extension are read as text too. */
    public String knownExtensions() {
        TreeSet<String> names = new TreeSet<>();
        for (String e : byExtension.keySet()) {
            if (!e.isEmpty()) names.add("." + e);
        }
        String list = String.join(", ", names);
        return byExtension.containsKey(NO_EXTENSION) ? list + " (or no extension)" : list;
    }

    /**
     * Reads a report. The size is checked before reading, so a huge file is refused without being loaded.
     *
     * @throws ReportException with a message starting with the path, for any file that gives no report
     */
    public Report read(Path file) {
        String source = file.toString();
        FormatReader reader = readerFor(file, source);
        if (Files.isDirectory(file)) throw ReportException.at(source, 0, "is a directory, not a report file");
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(source, size);
            try (InputStream in = Files.newInputStream(file)) {
                return reader.read(new SourceFile(source, readAtMost(source, in)));
            }
        } catch (NoSuchFileException e) {
            throw ReportException.at(source, 0, "no such file");
        } catch (IOException e) {
            throw new ReportException(ReportException.located(source, 0, "cannot read: " + e.getMessage()), e);
        }
    }

    /**
     * Reads a report from a stream, e.g. a bundled resource; {@code source} names it in messages and chooses
     * the format by its extension.
     */
    public Report read(String source, InputStream in) {
        FormatReader reader = readerFor(Path.of(source.replace('\\', '/').replaceAll("^.*/", "")), source);
        try {
            return reader.read(new SourceFile(source, readAtMost(source, in)));
        } catch (IOException e) {
            throw new ReportException(ReportException.located(source, 0, "cannot read: " + e.getMessage()), e);
        }
    }

    private FormatReader readerFor(Path file, String source) {
        FormatReader reader = byExtension.get(extension(file));
        if (reader == null) {
            throw ReportException.at(source, 0, "not a report file: unknown extension '." + extension(file)
                    + "' (known: " + knownExtensions() + ")");
        }
        return reader;
    }

    /** The file may grow after its size was checked: never hold more than the limit. */
    private byte[] readAtMost(String source, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) throw tooLarge(source, -1);
        return bytes;
    }

    private ReportException tooLarge(String source, long size) {
        String what = size >= 0 ? size + " bytes" : "more than " + maxBytes + " bytes";
        return ReportException.at(source, 0, "too large: " + what + ", over the limit of " + maxBytes + " bytes");
    }

    /** Lower-cased text after the last dot of the file name; empty for "report" and for ".profile". */
    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) return NO_EXTENSION;
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? NO_EXTENSION : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
