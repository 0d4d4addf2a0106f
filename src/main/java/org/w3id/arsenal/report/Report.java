package org.w3id.arsenal.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.arsenal.time.DateValue;

/**
 * One report as the rest of the pipeline sees it: metadata, the main text, and the spans of that text that
 * assert nothing about the world (so extraction can skip them). Later stages never look at the file again.
 *
 * @param source    the path as the user gave it, for messages and provenance
 * @param published a date, month or year; empty when missing, unknown or unparseable (never guessed)
 * @param body      the main text; every later offset indexes into this string
 * @param margins   sorted, non-overlapping spans of {@code body}: bylines, author biographies, teasers, captions
 * @param warnings  human-readable, each naming the file (and line where it applies)
 */
public record Report(
        String source,
        ReportFormat format,
        Optional<String> title,
        Optional<String> publisher,
        Optional<String> author,
        Optional<String> url,
        Optional<DateValue> published,
        String body,
        List<TextRange> margins,
        List<String> warnings) {

    public Report {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(body, "body");
        margins = List.copyOf(margins);
        warnings = List.copyOf(warnings);
        for (TextRange m : margins) {
            if (m.end() > body.length()) {
                throw new IllegalArgumentException("margin " + m + " outside the body of " + source);
            }
        }
    }

    /** True when the whole span {@code [begin, end)} lies inside one margin. */
    public boolean inMargin(int begin, int end) {
        for (TextRange m : margins) {
            if (begin >= m.begin() && end <= m.end()) return true;
        }
        return false;
    }
}
