package org.w3id.arsenal.time;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in a text.
 *
 * @param begin    first character of the span in the given text
 * @param end      one past the last character
 * @param text     the span's text, including a leading preposition ("in July 2024", "on Wednesday")
 * @param value    the date it denotes; empty when it cannot be resolved without guessing
 * @param relation how the dated thing relates to the value
 * @param relative true when the value depends on the anchor (the report's published date): "last month", "on
 *                 Wednesday", and also a date without its year ("on August 3"); true even when no anchor was
 *                 available and the value is therefore empty
 */
public record TimeMention(int begin, int end, String text, Optional<DateValue> value, TimeRelation relation,
                          boolean relative) {

    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(relation, "relation");
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
}
