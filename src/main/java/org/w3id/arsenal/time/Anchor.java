package org.w3id.arsenal.time;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;

/**
 * The report's published date at the precisions relative expressions need: a field is null when the anchor is
 * unknown or too coarse for it, and a resolver that needs it then yields nothing (a date is never guessed).
 */
final class Anchor {

    static final Anchor NONE = new Anchor(null, null, null, null);

    final Integer year;
    final YearMonth month;
    final LocalDate day;
    /** The last day the anchor can denote: a partial date after it belongs to the previous year. */
    final LocalDate last;

    private Anchor(Integer year, YearMonth month, LocalDate day, LocalDate last) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.last = last;
    }

    /** For an interval anchor the end counts: the report cannot predate what it reports. */
    static Anchor of(DateValue v) {
        if (v == null) return NONE;
        Temporal e = v.end();
        Precision p = v.precision();
        return new Anchor(Year.from(e).getValue(),
                p.atLeastAsPreciseAs(Precision.MONTH) ? YearMonth.from(e) : null,
                p == Precision.DAY ? (LocalDate) e : null,
                v.lastDay());
    }

    /** Test anchor for validating a year-less interval: a leap year, so "February 29" is not rejected. */
    static final Anchor PROBE = new Anchor(2000, null, null, LocalDate.of(2000, 12, 31));
}
