package org.w3id.arsenal.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.arsenal.time.DateValue;

/**
 * The metadata fields every format shares (title, publisher, author, published, url), filled from
 * {@code key: value} pairs wherever a format keeps them. Problems become warnings, never errors: a report with
 * a bad header line still has a body worth reading.
 */
final class Metadata {

    static final List<String> KEYS = List.of("title", "publisher", "author", "published", "url");

    private final String source;
    private final List<String> warnings;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private DateValue published;

    Metadata(String source, List<String> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    static boolean isKnown(String key) {
        return KEYS.contains(key.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Records one header entry. Unknown keys and repeated keys are warned about; "unknown" or an empty value
     * leaves the field empty.
     *
     * @param line where the entry is in the file, or 0 when that is not known
     */
    void put(String rawKey, String rawValue, int line) {
        String key = rawKey.strip().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key)) {
            warn(line, "unknown header key '" + rawKey.strip() + "' ignored (known: " + String.join(", ", KEYS) + ")");
            return;
        }
        if (lines.containsKey(key)) {
            warn(line, "repeated header key '" + key + "' ignored (first given on line " + lines.get(key) + ")");
            return;
        }
        lines.put(key, line);
        offer(key, rawValue, line);
    }

    /** Sets a field unless it already has a value: for formats that look in several places, best first. */
    void offer(String key, String rawValue, int line) {
        if (rawValue == null || has(key)) return;
        String value = rawValue.strip().replaceAll("\\s+", " ");
        if (PublishedDates.isUnknown(value)) return;
        if (key.equals("published")) {
            Optional<DateValue> date = PublishedDates.parse(value);
            if (date.isPresent()) {
                published = date.get();
                values.put(key, value);
            } else {
                warn(line, "unparseable published date '" + value + "'");
            }
            return;
        }
        values.put(key, value);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<String> get(String key) {
        return key.equals("published") ? Optional.empty() : Optional.ofNullable(values.get(key));
    }

    Optional<DateValue> published() {
        return Optional.ofNullable(published);
    }

    void warn(int line, String message) {
        warnings.add(ReportException.located(source, line, message));
    }

    /** Builds the report; margins are found here so every format gets the same rules. */
    Report toReport(ReportFormat format, String body) {
        List<TextRange> margins = Margins.find(body, get("title"), get("author"));
        return new Report(source, format, get("title"), get("publisher"), get("author"), get("url"), published(),
                body, margins, warnings);
    }
}
