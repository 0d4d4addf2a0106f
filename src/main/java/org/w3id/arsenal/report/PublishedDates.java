package org.w3id.arsenal.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.arsenal.time.DateValue;

/**
 * Publication dates as reports write them. Only unambiguous forms: a numeric day-month order such as
 * {@code 04/08/2023} is refused rather than guessed.
 */
final class PublishedDates {

    private static final String MONTH = "([a-z]{3,9})\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String CLOCK = "(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?";
    private static final String TIME = "(?:,?\\s+" + CLOCK + "(?:\\s*(?:[a-z]{1,5}|[+-]\\d{2}:?\\d{2}))?)?";

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    // A time of day is dropped: the date as written is the one the publisher meant, not its UTC equivalent.
    private static final Pattern ISO_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ]" + CLOCK + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + "(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private static final String[] FULL_NAMES = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private PublishedDates() {
    }

    /** True for the values that mean "not known" and deserve no warning. */
    static boolean isUnknown(String value) {
        String v = value.strip();
        return v.isEmpty() || v.equalsIgnoreCase("unknown");
    }

    /** The date, month or year written in {@code text}; empty when it is not one of the accepted forms. */
    static Optional<DateValue> parse(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) return Optional.of(DateValue.of(Year.of(year)));
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) == null) return Optional.of(DateValue.of(YearMonth.of(year, month)));
                return Optional.of(DateValue.of(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
            }
            m = ISO_TIME.matcher(s);
            if (m.matches()) return day(m.group(1), month(m.group(2)), m.group(3));
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) return day(m.group(3), namedMonth(m.group(1)), m.group(2));
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) return day(m.group(3), namedMonth(m.group(2)), m.group(1));
            m = MONTH_YEAR.matcher(s);
            if (m.matches()) {
                int month = namedMonth(m.group(1));
                return month == 0 ? Optional.empty()
                        : Optional.of(DateValue.of(YearMonth.of(Integer.parseInt(m.group(2)), month)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();  // 2023-02-30 and the like: refused, not rolled over
        }
        return Optional.empty();
    }

    private static Optional<DateValue> day(String year, int month, String day) {
        if (month == 0) return Optional.empty();
        return Optional.of(DateValue.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))));
    }

    private static int month(String digits) {
        return Integer.parseInt(digits);
    }

    /** 1-12 for a full English month name or its abbreviation, else 0 ("Augustus" and "Mayday" are not months). */
    private static int namedMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < FULL_NAMES.length; i++) {
            if (FULL_NAMES[i].equals(w) || FULL_NAMES[i].substring(0, 3).equals(w)) return i + 1;
        }
        return w.equals("sept") ? 9 : 0;
    }
}
