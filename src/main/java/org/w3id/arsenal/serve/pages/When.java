package org.w3id.arsenal.serve.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * When an event happened, at the precision the report gives (an xsd:date, xsd:gYearMonth or xsd:gYear, or an
 * interval of those): a day, a month, a year or a span. {@code first}..{@code last} are the days it may cover.
 */
record When(LocalDate first, LocalDate last, Precision startPrecision, Precision endPrecision, boolean interval,
        boolean openStart, boolean openEnd) {

    enum Precision { DAY, MONTH, YEAR }

    private static final Pattern LEXICAL = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /** One reported time point: the days it may mean, or null when the literal is not a date at all. */
    record Point(LocalDate first, LocalDate last, Precision precision) {}

    static Point point(Node lit) {
        if (lit == null || !lit.isLiteral()) return null;
        Matcher m = LEXICAL.matcher(lit.getLiteralLexicalForm());
        if (!m.find()) return null;
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return new Point(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
            LocalDate month = LocalDate.of(y, Integer.parseInt(m.group(2)), 1);
            if (m.group(3) == null) return new Point(month, month.plusMonths(1).minusDays(1), Precision.MONTH);
            LocalDate day = month.withDayOfMonth(Integer.parseInt(m.group(3)));
            return new Point(day, day, Precision.DAY);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** From ars:date, or ars:startDate/ars:endDate; null when no usable date is given. */
    static When of(Node date, Node start, Node end) {
        Point d = point(date);
        if (d != null) return new When(d.first(), d.last(), d.precision(), d.precision(), false, false, false);
        Point s = point(start);
        Point e = point(end);
        if (s == null && e == null) return null;
        if (s == null) return new When(e.first(), e.last(), e.precision(), e.precision(), true, true, false);
        if (e == null) return new When(s.first(), s.last(), s.precision(), s.precision(), true, false, true);
        LocalDate last = e.last().isBefore(s.first()) ? s.last() : e.last();
        return new When(s.first(), last, s.precision(), e.precision(), true, false, false);
    }

    /** True when the date is known to the day (a dot on a timeline), false for a month, year or span. */
    boolean exactDay() {
        return !interval && startPrecision == Precision.DAY;
    }

    /** The date as a sentence ending: "on 9 November 2022", "in August 2023", "from 3 to 5 August 2023". */
    String phrase() {
        if (!interval) return (startPrecision == Precision.DAY ? "on " : "in ") + full(first, startPrecision);
        if (openEnd) return "from " + full(first, startPrecision);
        if (openStart) return "until " + full(last, endPrecision);
        return "from " + rangeText(false);
    }

    /** Compact: "9 Nov 2022", "Aug 2023", "2024", "3–5 Aug 2023". */
    String compact() {
        if (!interval) return brief(first, startPrecision);
        if (openEnd) return "from " + brief(first, startPrecision);
        if (openStart) return "until " + brief(last, endPrecision);
        return rangeText(true);
    }

    /** The start as an ISO date, for sorting and for data attributes. */
    String iso() {
        return first.toString();
    }

    private String rangeText(boolean brief) {
        LocalDate a = first;
        LocalDate b = last;
        String sep = brief ? "–" : " to ";
        if (startPrecision == Precision.DAY && endPrecision == Precision.DAY && a.getYear() == b.getYear()) {
            if (a.getMonth() == b.getMonth()) return a.getDayOfMonth() + sep + b.getDayOfMonth() + " " + month(b, brief)
                    + " " + b.getYear();
            return a.getDayOfMonth() + " " + month(a, brief) + sep + b.getDayOfMonth() + " " + month(b, brief) + " "
                    + b.getYear();
        }
        return brief ? brief(a, startPrecision) + sep + brief(b, endPrecision)
                : full(a, startPrecision) + sep + full(b, endPrecision);
    }

    private static String full(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> d.getDayOfMonth() + " " + month(d, false) + " " + d.getYear();
            case MONTH -> month(d, false) + " " + d.getYear();
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    private static String brief(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> d.getDayOfMonth() + " " + month(d, true) + " " + d.getYear();
            case MONTH -> month(d, true) + " " + d.getYear();
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    private static String month(LocalDate d, boolean brief) {
        return d.getMonth().getDisplayName(brief ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
    }
}
