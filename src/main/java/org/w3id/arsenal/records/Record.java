package org.w3id.arsenal.records;

import java.util.List;
import java.util.Map;

/**
 * One row of a records file as written, every field stripped and possibly empty; checked later by
 * {@link RecordCheck}. {@code line} is where the row (CSV) or the record's object (JSON, YAML) starts.
 */
record Record(int line, String kind, String subject, String object, String date, String item, String source,
        String quote, String certainty) {

    /** The columns (CSV header) and keys (JSON, YAML), in the documented order. */
    static final List<String> FIELDS = List.of("kind", "subject", "object", "date", "item", "source", "quote",
            "certainty");

    static Record of(int line, Map<String, String> fields) {
        return new Record(line, get(fields, "kind"), get(fields, "subject"), get(fields, "object"),
                get(fields, "date"), get(fields, "item"), get(fields, "source"), fields.getOrDefault("quote", "").strip(),
                get(fields, "certainty"));
    }

    private static String get(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v.strip().replaceAll("\\s+", " ");
    }
}
