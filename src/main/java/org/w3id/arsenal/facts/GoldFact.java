package org.w3id.arsenal.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.w3id.arsenal.time.DateValue;

/**
 * One line of a gold facts file: alternative labels for subject and object ({@code object} empty for entity kinds).
 * The gold {@code item} is not scored, so it is not kept.
 */
public record GoldFact(FactKind kind, List<LabelPattern> subject, List<LabelPattern> object, Optional<DateValue> when) {

    public GoldFact {
        Objects.requireNonNull(kind, "kind");
        subject = List.copyOf(subject);
        object = List.copyOf(object);
        Objects.requireNonNull(when, "when");
        if (subject.isEmpty()) throw new IllegalArgumentException(kind.id() + ": missing subject");
        if (kind.isEntity() && (!object.isEmpty() || when.isPresent())) {
            throw new IllegalArgumentException(kind.id() + " is an entity kind: subject only");
        }
        if (!kind.isEntity() && object.isEmpty()) throw new IllegalArgumentException(kind.id() + ": missing object");
    }

    /** Kind and subject match, and for a relation the object too; {@code when} and {@code item} are ignored. */
    public boolean matches(Fact produced) {
        return produced.kind() == kind && anyMatches(subject, produced.subject())
                && (kind.isEntity() || anyMatches(object, produced.object()));
    }

    /** {@link #matches} and {@link #whenMatches}: the rule of the "dated" score. */
    public boolean matchesDated(Fact produced) {
        return matches(produced) && whenMatches(produced.when());
    }

    /**
     * A produced {@code when} matches when both are empty, or when both are dates whose intervals overlap and the
     * produced one is at least as precise (an interval of days is day precision). An empty gold {@code when} is
     * matched only by an empty one, and a gold date never by an empty one.
     */
    public boolean whenMatches(Optional<DateValue> produced) {
        if (when.isEmpty() || produced.isEmpty()) return when.isEmpty() && produced.isEmpty();
        DateValue p = produced.get(), g = when.get();
        return p.overlaps(g) && p.precision().atLeastAsPreciseAs(g.precision());
    }

    /** Identity after normalization, without {@code when}: gold lines with the same key are one entity or relation. */
    String key() {
        return kind.id() + "\t" + keys(subject) + "\t" + keys(object);
    }

    private static boolean anyMatches(List<LabelPattern> alternatives, String label) {
        for (LabelPattern p : alternatives) {
            if (p.matches(label)) return true;
        }
        return false;
    }

    private static String keys(List<LabelPattern> alternatives) {
        TreeSet<String> keys = new TreeSet<>();
        for (LabelPattern p : alternatives) keys.add(p.key());
        return String.join("|", keys);
    }

    @Override
    public String toString() {
        return GoldFacts.format(this);
    }
}
