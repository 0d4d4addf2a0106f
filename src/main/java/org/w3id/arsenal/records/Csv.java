package org.w3id.arsenal.records;

import java.util.ArrayList;
import java.util.List;
import org.w3id.arsenal.InputException;

/**
 * A small RFC 4180 reader: comma-separated fields, double-quoted fields with {@code ""} for a quote and line breaks
 * inside, CRLF or LF line ends, a UTF-8 byte order mark ignored. Each row keeps the line it starts on, for error
 * messages. Malformed quoting is an error naming the line, never guessed around.
 */
final class Csv {

    /** One row: its fields and the (1-based) line it starts on. */
    record Row(int line, List<String> fields) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;

    private Csv(String source, String text) {
        this.source = source;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<Row> parse(String source, String text) {
        return new Csv(source, text).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) rows.add(row());
        return rows;
    }

    private Row row() {
        int start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            if (pos >= text.length()) break;
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                continue;
            }
            endOfLine();
            break;
        }
        return new Row(start, fields);
    }

    private String field() {
        if (pos < text.length() && text.charAt(pos) == '"') return quoted();
        int begin = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') break;
            if (c == '"') {
                throw err(line, "a quote inside an unquoted field: quote the whole field and double the quote (\"\")");
            }
            pos++;
        }
        return text.substring(begin, pos);
    }

    private String quoted() {
        int opened = line;
        pos++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw err(opened, "unbalanced quote: the quoted field opened on this line never closes");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    b.append('"');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n') line++;
            if (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n')) line++;
            b.append(c);
        }
        if (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ',' && c != '\n' && c != '\r') {
                throw err(line, "text after a closing quote: a quoted field must end at a comma or the line end");
            }
        }
        return b.toString();
    }

    private void endOfLine() {
        char c = text.charAt(pos++);
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') pos++;
        line++;
    }

    private InputException err(int at, String message) {
        return InputException.at(source, at, 0, message);
    }
}
