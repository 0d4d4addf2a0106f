package org.w3id.arsenal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: {@code key: value} header lines, one blank line, then the body exactly as in the file, so an
 * offset into the body is an offset into the file's text after the header.
 */
final class TextReader implements FormatReader {

    private static final Pattern ENTRY = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z][A-Za-z0-9_-]*){0,2})\\s*:(.*)");
    // A line this long without a colon is prose: the writer forgot the blank line, the body has begun.
    private static final int PROSE_WORDS = 12;

    @Override
    public ReportFormat format() {
        return ReportFormat.TEXT;
    }

    @Override
    public Report read(SourceFile file) {
        String text = file.text();
        List<String> warnings = new ArrayList<>();
        Metadata meta = new Metadata(file.source(), warnings);
        String body = hasHeader(text) ? readHeader(file.source(), text, meta) : noHeader(meta, text);
        if (body.isBlank()) {
            throw ReportException.at(file.source(), 0, "no body (nothing after the header)");
        }
        return meta.toReport(ReportFormat.TEXT, body);
    }

    private static String noHeader(Metadata meta, String text) {
        meta.warn(1, "no header (first line is not 'key: value'); the whole file is the body");
        return text;
    }

    /**
     * The first paragraph names at least one known key, and its first line is an entry or at least starts with
     * a known key ("title Kim inspects" lost its colon). A dateline such as "Pyongyang: ..." is not a header.
     */
    private static boolean hasHeader(String text) {
        String[] lines = text.split("\n", -1);
        String firstWord = lines[0].strip().split("[\\s:]", 2)[0];
        if (!ENTRY.matcher(lines[0]).matches() && !Metadata.isKnown(firstWord)) return false;
        for (String line : lines) {
            if (line.isBlank()) break;
            Matcher m = ENTRY.matcher(line);
            if (m.matches() && Metadata.isKnown(m.group(1))) return true;
        }
        return false;
    }

    /** Reads entries up to the first blank line and returns everything after it. */
    private static String readHeader(String source, String text, Metadata meta) {
        int pos = 0;
        int lineNo = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            lineNo++;
            if (line.isBlank()) return nl < 0 ? "" : text.substring(nl + 1);
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                meta.put(m.group(1), m.group(2), lineNo);
            } else if (BodyLayout.words(line) >= PROSE_WORDS) {
                meta.warn(lineNo, "no blank line after the header; the body starts here");
                return text.substring(pos);
            } else {
                meta.warn(lineNo, "malformed header line '" + line.strip() + "' (expected 'key: value')");
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        throw ReportException.at(source, lineNo, "no body (the header is not followed by a blank line and text)");
    }
}
