package org.w3id.arsenal.facts;

import java.util.Objects;
import java.util.Optional;
import org.w3id.arsenal.time.DateValue;

/**
 * One line of a facts file: what a report says. {@code object} and {@code item} are "" when absent.
 * Entity kinds carry a subject only; relation kinds need an object (FACTS.md), so a fact that could not be
 * written as a valid line cannot be built.
 */
public record Fact(FactKind kind, String subject, String object, Optional<DateValue> when, String item) {

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(item, "item");
        if (subject.isBlank()) throw new IllegalArgumentException(kind.id() + ": missing subject");
        if (kind.isEntity() && (!object.isBlank() || when.isPresent() || !item.isBlank())) {
            throw new IllegalArgumentException(kind.id() + " is an entity kind: subject only, no object, when or item");
        }
        if (!kind.isEntity() && object.isBlank()) {
            throw new IllegalArgumentException(kind.id() + " is a relation kind: missing object");
        }
    }

    public static Fact entity(FactKind kind, String subject) {
        return new Fact(kind, subject, "", Optional.empty(), "");
    }

    public static Fact relation(FactKind kind, String subject, String object) {
        return new Fact(kind, subject, object, Optional.empty(), "");
    }

    public static Fact relation(FactKind kind, String subject, String object, DateValue when) {
        return new Fact(kind, subject, object, Optional.of(when), "");
    }

    @Override
    public String toString() {
        return FactsTsv.format(this);
    }
}
