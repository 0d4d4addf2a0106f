package org.w3id.arsenal.time;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * A calendar date known to a day, a month or a year ({@code 2023-08-04}, {@code 2023-08}, {@code 2023}), or an
 * interval between two such dates ({@code 2023-08-03/2023-08-05}). Only ISO 8601 forms; never a guess.
 *
 * @param start a {@link LocalDate}, {@link YearMonth} or {@link Year}
 * @param end   the same kind as {@code start}, not before it; equal to {@code start} for a single date
 */
public record DateValue(Temporal start, Temporal end) implements Comparable<DateValue> {

    public DateValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (precisionOf(start) != precisionOf(end)) {
            throw new IllegalArgumentException("an interval's ends must have the same precision: " + start + "/" + end);
        }
        if (firstDay(end).isBefore(firstDay(start))) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + "/" + end);
        }
    }

    public static DateValue of(Temporal single) {
        return new DateValue(single, single);
    }

    public static DateValue of(Temporal start, Temporal end) {
        return new DateValue(start, end);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code A/B} of those. */
    public static DateValue parse(String iso) {
        String s = iso.strip();
        int slash = s.indexOf('/');
        try {
            if (slash >= 0) return new DateValue(parseSingle(s.substring(0, slash)), parseSingle(s.substring(slash + 1)));
            return of(parseSingle(s));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO 8601 date, month, year or interval: '" + iso + "'", e);
        }
    }

    private static Temporal parseSingle(String s) {
        if (s.matches("\\d{4}")) return Year.parse(s);
        if (s.matches("\\d{4}-\\d{2}")) return YearMonth.parse(s);
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
        throw new IllegalArgumentException("not a date: " + s);
    }

    public Precision precision() {
        return precisionOf(start);
    }

    public boolean isInterval() {
        return !start.equals(end);
    }

    /** The first day the value can denote. */
    public LocalDate firstDay() {
        return firstDay(start);
    }

    /** The last day the value can denote. */
    public LocalDate lastDay() {
        if (end instanceof LocalDate d) return d;
        if (end instanceof YearMonth m) return m.atEndOfMonth();
        return ((Year) end).atMonth(12).atEndOfMonth();
    }

    public boolean overlaps(DateValue other) {
        return !lastDay().isBefore(other.firstDay()) && !other.lastDay().isBefore(firstDay());
    }

    /** The year alone, for a value whose exact day or month is not asserted (e.g. "after a meeting in July"). */
    public DateValue toYear() {
        return new DateValue(Year.from(start), Year.from(end));
    }

    /** ISO 8601 text: a single date, or {@code start/end}. */
    public String iso() {
        return isInterval() ? start + "/" + end : start.toString();
    }

    @Override
    public String toString() {
        return iso();
    }

    @Override
    public int compareTo(DateValue o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : lastDay().compareTo(o.lastDay());
    }

    private static Precision precisionOf(Temporal t) {
        if (t instanceof LocalDate) return Precision.DAY;
        if (t instanceof YearMonth) return Precision.MONTH;
        if (t instanceof Year) return Precision.YEAR;
        throw new IllegalArgumentException("not a date, month or year: " + t);
    }

    private static LocalDate firstDay(Temporal t) {
        if (t instanceof LocalDate d) return d;
        if (t instanceof YearMonth m) return m.atDay(1);
        if (t instanceof Year y) return y.atDay(1);
        throw new IllegalArgumentException("not a date, month or year: " + t);
    }
}
