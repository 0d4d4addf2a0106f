package org.w3id.arsenal.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of fact in FACTS.md: eight entity kinds (subject only), then seven relation kinds. */
public enum FactKind {
    LEADER, OFFICIAL, PERSON, ORGANIZATION, COUNTRY, PLACE, FACILITY, PRODUCT,
    VISITED, ACCOMPANIED, PRODUCES, LOCATED_IN, EXPORTS, HOLDS_ROLE, AFFILIATED_WITH;

    /** The id used in facts files: {@code leader}, {@code located_in}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isEntity() {
        return ordinal() <= PRODUCT.ordinal();
    }

    /** The kind with this id (case-insensitive, surrounding blanks ignored). */
    public static FactKind fromId(String id) {
        String wanted = id.strip();
        for (FactKind k : values()) {
            if (k.id().equalsIgnoreCase(wanted)) return k;
        }
        throw new IllegalArgumentException("unknown fact kind '" + id + "' (expected one of "
                + Arrays.stream(values()).map(FactKind::id).collect(Collectors.joining(", ")) + ")");
    }
}
