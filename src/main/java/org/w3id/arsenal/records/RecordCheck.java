package org.w3id.arsenal.records;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.arsenal.claim.Certainty;
import org.w3id.arsenal.facts.FactKind;
import org.w3id.arsenal.time.DateValue;

/** Checks one raw record against the layout: a known kind, the fields that kind needs and no others, a valid date and certainty. */
final class RecordCheck {

    /** A record that passed: typed fields, empty strings for what is absent. */
    record Row(int line, FactKind kind, String subject, String object, Optional<DateValue> date, String item,
            String source, String quote, Certainty certainty) {}

    /** Thrown for a bad record; carries the message without the file and line. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message);
        }
    }

    private static final Set<FactKind> DATED = Set.of(FactKind.VISITED, FactKind.ACCOMPANIED, FactKind.EXPORTS);
    private static final Set<FactKind> WITH_ITEM = Set.of(FactKind.ACCOMPANIED, FactKind.EXPORTS, FactKind.HOLDS_ROLE);

    private RecordCheck() {}

    static Row check(Record r) throws Bad {
        FactKind kind = kind(r.kind());
        if (r.subject().isEmpty()) throw new Bad("missing subject");
        if (kind.isEntity()) {
            if (!r.object().isEmpty()) {
                throw new Bad("an entity row (" + kind.id() + ") has no object, but got '" + r.object()
                        + "': a relation needs a relation kind such as visited or produces");
            }
            if (!r.date().isEmpty()) throw new Bad("an entity row (" + kind.id() + ") has no date");
            if (!r.item().isEmpty()) throw new Bad("an entity row (" + kind.id() + ") has no item");
        } else {
            if (r.object().isEmpty()) throw new Bad("relation without object: " + kind.id() + " needs an object");
            if (!r.date().isEmpty() && !DATED.contains(kind)) {
                throw new Bad(kind.id() + " takes no date (only visited, accompanied and exports are dated)");
            }
            if (!r.item().isEmpty() && !WITH_ITEM.contains(kind)) {
                throw new Bad(kind.id() + " takes no item (only exports: what is supplied; holds_role: the "
                        + "organization; accompanied: the site visited)");
            }
        }
        return new Row(r.line(), kind, r.subject(), r.object(), date(r.date()), r.item(), r.source(), r.quote(),
                certainty(r.certainty()));
    }

    private static FactKind kind(String id) throws Bad {
        if (id.isEmpty()) throw new Bad("missing kind");
        try {
            return FactKind.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new Bad("unknown kind '" + id + "' (expected one of " + Arrays.stream(FactKind.values())
                    .map(FactKind::id).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static Optional<DateValue> date(String text) throws Bad {
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(DateValue.parse(text));
        } catch (IllegalArgumentException e) {
            throw new Bad("bad date '" + text + "': expected YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B of one "
                    + "precision, not ending before it starts");
        }
    }

    private static Certainty certainty(String text) throws Bad {
        if (text.isEmpty()) return Certainty.CONFIRMED;
        try {
            return Certainty.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Bad("bad certainty '" + text + "' (expected confirmed, probable, possible or alleged)");
        }
    }
}
