package org.w3id.arsenal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** Resolvers for expressions relative to the anchor; each checks that the anchor is precise enough. */
final class Relative {

    private Relative() {
    }

    /** "today" (0), "yesterday" (-1). */
    static Resolver day(int shift) {
        return a -> a.day == null ? null : DateValue.of(a.day.plusDays(shift));
    }

    /**
     * A bare weekday ("on Wednesday"): the anchor date itself when it is that weekday (wire reports say
     * "on Wednesday" for the day they are filed), otherwise the latest such day before it.
     */
    static Resolver weekdayOnOrBefore(int dow) {
        return a -> a.day == null ? null
                : DateValue.of(a.day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow))));
    }

    /** "Tuesday and Wednesday" (first < last): the last placed as a bare weekday, the first days before it. */
    static Resolver weekdays(int first, int last) {
        return a -> {
            if (a.day == null) return null;
            LocalDate end = a.day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(last)));
            return DateValue.of(end.minusDays(last - first), end);
        };
    }

    /** "last Wednesday": strictly before the anchor date. */
    static Resolver weekdayBefore(int dow) {
        return a -> a.day == null ? null : DateValue.of(a.day.with(TemporalAdjusters.previous(DayOfWeek.of(dow))));
    }

    /** "next Wednesday": strictly after the anchor date. */
    static Resolver weekdayAfter(int dow) {
        return a -> a.day == null ? null : DateValue.of(a.day.with(TemporalAdjusters.next(DayOfWeek.of(dow))));
    }

    /** "on Monday last week" (weeks = -1): that weekday of the Monday-based week {@code weeks} from the anchor's. */
    static Resolver weekdayOfWeek(int dow, int weeks) {
        return a -> a.day == null ? null : DateValue.of(monday(a.day).plusWeeks(weeks).plusDays(dow - 1L));
    }

    /** "last week" (-1), "this week" (0), "next week" (+1): Monday to Sunday. */
    static Resolver week(int weeks) {
        return a -> {
            if (a.day == null) return null;
            LocalDate mon = monday(a.day).plusWeeks(weeks);
            return DateValue.of(mon, mon.plusDays(6));
        };
    }

    /**
     * "earlier this week": the week's Monday to the day before the anchor ("earlier" excludes the filing day);
     * just the Monday when the anchor is a Monday.
     */
    static Resolver earlierThisWeek() {
        return a -> {
            if (a.day == null) return null;
            LocalDate mon = monday(a.day);
            LocalDate end = a.day.minusDays(1);
            return DateValue.of(mon, end.isBefore(mon) ? mon : end);
        };
    }

    /** "later this week": the day after the anchor to Sunday; just the Sunday when the anchor is a Sunday. */
    static Resolver laterThisWeek() {
        return a -> {
            if (a.day == null) return null;
            LocalDate sun = monday(a.day).plusDays(6);
            LocalDate start = a.day.plusDays(1);
            return DateValue.of(start.isAfter(sun) ? sun : start, sun);
        };
    }

    /** "three days ago". */
    static Resolver daysAgo(int n) {
        return day(-n);
    }

    /** "two weeks ago": the Monday-to-Sunday week containing the day {@code 7n} days before the anchor. */
    static Resolver weeksAgo(int n) {
        return week(-n);
    }

    /** "last month" (-1), "this month"/"earlier this month" (0). */
    static Resolver month(int shift) {
        return a -> a.month == null ? null : DateValue.of(a.month.plusMonths(shift));
    }

    /** "last year" (-1), "this year" (0), "next year" (+1). */
    static Resolver year(int shift) {
        return a -> a.year == null ? null : DateValue.of(Year.of(a.year + shift));
    }

    /** "last March": the latest March before the anchor's month (needs month precision). */
    static Resolver monthBefore(int m) {
        return a -> {
            if (a.month == null) return null;
            YearMonth ym = YearMonth.of(a.month.getYear(), m);
            return DateValue.of(ym.isBefore(a.month) ? ym : ym.minusYears(1));
        };
    }

    /** "next March": the first March after the anchor's month (needs month precision). */
    static Resolver monthAfter(int m) {
        return a -> {
            if (a.month == null) return null;
            YearMonth ym = YearMonth.of(a.month.getYear(), m);
            return DateValue.of(ym.isAfter(a.month) ? ym : ym.plusYears(1));
        };
    }

    /** "this March": that month of the anchor's year. */
    static Resolver monthThisYear(int m) {
        return a -> a.year == null ? null : DateValue.of(YearMonth.of(a.year, m));
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
