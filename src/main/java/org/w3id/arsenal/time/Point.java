package org.w3id.arsenal.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;

/**
 * A calendar point as written: year, month and day may each be missing (0). {@code shift} is set (not
 * {@link #NO_SHIFT}) when the year is given relative to the anchor ("November 9 last year" → -1).
 *
 * @param end token index just past the point
 */
record Point(int year, int month, int day, int shift, int end) {

    static final int NO_SHIFT = Integer.MIN_VALUE;

    boolean bareDay() {
        return month == 0 && day > 0;
    }

    boolean bareYear() {
        return year > 0 && month == 0;
    }

    /** A month with neither day nor any kind of year: "in August". */
    boolean bareMonth() {
        return month > 0 && day == 0 && !hasYear();
    }

    boolean hasYear() {
        return year > 0 || shift != NO_SHIFT;
    }

    Point withShift(int s, int newEnd) {
        return new Point(year, month, day, s, newEnd);
    }

    /** Value of a single point. */
    Resolver resolver() {
        return span(this, this);
    }

    /**
     * The interval {@code a}–{@code b} after filling each end's missing parts from the other ("August 3 to 5",
     * "3 to 5 August", "March to May 2024", "December 28 to January 2, 2024"); null when the two cannot form
     * an interval.
     */
    static Resolver interval(Point a, Point b) {
        if (a.month == 0 && a.day > 0) a = new Point(a.year, b.month, a.day, a.shift, a.end);
        if (b.month == 0 && b.day > 0) b = new Point(b.year, a.month, b.day, b.shift, b.end);
        if (a.month == 0 && a.day > 0 || b.month == 0 && b.day > 0) return null;
        // A missing year comes from the other end; an end month before the start month crosses a new year.
        int cross = a.month > 0 && b.month > 0 && b.month < a.month ? 1 : 0;
        if (!a.hasYear() && b.hasYear()) {
            a = b.year > 0 ? new Point(b.year - cross, a.month, a.day, NO_SHIFT, a.end)
                    : new Point(0, a.month, a.day, b.shift - cross, a.end);
        } else if (a.hasYear() && !b.hasYear()) {
            b = a.year > 0 ? new Point(a.year + cross, b.month, b.day, NO_SHIFT, b.end)
                    : new Point(0, b.month, b.day, a.shift + cross, b.end);
        }
        if ((a.year > 0) != (b.year > 0)) return null;
        Resolver r = span(a, b);
        // Year-less intervals are checked for order in a probe year.
        Anchor probe = a.year > 0 ? Anchor.NONE : Anchor.PROBE;
        DateValue v = r.resolve(probe);
        return v == null || !v.isInterval() ? null : r;
    }

    /** Both ends have explicit years, or both are year-less (partial or shifted alike). */
    private static Resolver span(Point a, Point b) {
        boolean day = a.day > 0 && b.day > 0;
        boolean month = a.month > 0 && b.month > 0;
        return anchor -> {
            int ya;
            int yb;
            boolean roll = false;
            if (a.year > 0) {
                ya = a.year;
                yb = b.year;
            } else {
                if (anchor.year == null) return null;
                roll = a.shift == NO_SHIFT; // "on November 9" in a report of February: last year's November
                ya = anchor.year + (roll ? 0 : a.shift);
                yb = anchor.year + (b.shift == NO_SHIFT ? (b.month < a.month ? 1 : 0) : b.shift);
            }
            DateValue v = build(ya, a, yb, b, day, month);
            if (v != null && roll && anchor.last != null && v.firstDay().isAfter(anchor.last)) {
                v = build(ya - 1, a, yb - 1, b, day, month);
            }
            return v;
        };
    }

    private static DateValue build(int ya, Point a, int yb, Point b, boolean day, boolean month) {
        try {
            return DateValue.of(temporal(ya, a, day, month), temporal(yb, b, day, month));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // "February 30", or an interval ending before it starts
        }
    }

    private static Temporal temporal(int y, Point p, boolean day, boolean month) {
        if (day) return LocalDate.of(y, p.month, p.day);
        if (month) return YearMonth.of(y, p.month);
        return Year.of(y);
    }
}
