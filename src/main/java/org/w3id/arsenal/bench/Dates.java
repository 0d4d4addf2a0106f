package org.w3id.arsenal.bench;

import java.time.LocalDate;
import java.util.Random;

/**
 * Date slots: absolute dates, intervals and relative expressions in the forms reports use, placed in the year of
 * the report's date (or the year before) so the time tagger has something to resolve.
 */
final class Dates {

    private Dates() {}

    static String slot(String name, Random rnd, LocalDate date) {
        String month = month(rnd);
        int day = 1 + rnd.nextInt(26);
        int year = date.getYear() - rnd.nextInt(2);
        switch (name) {
            case "dateline": return "Pyongyang, " + Vocab.MONTHS.get(date.getMonthValue() - 1) + " "
                    + date.getDayOfMonth() + " (KCNA) --";
            case "date": return date(rnd, month, day, year);
            case "reldate": return Vocab.RELATIVE_DATES.get(rnd.nextInt(Vocab.RELATIVE_DATES.size()));
            case "interval": return rnd.nextBoolean() ? "from " + day + " to " + (day + 2) + " " + month + " this year"
                    : "between " + month + " " + day + " and " + (day + 3);
            case "day_month": return day + " " + month;
            case "imagery_date": return imagery(rnd, month, day, year);
            case "season": return season(rnd, month, year);
            case "year": return String.valueOf(year);
            default: throw new IllegalArgumentException("unknown template slot {" + name + "}");
        }
    }

    private static String date(Random rnd, String month, int day, int year) {
        switch (rnd.nextInt(5)) {
            case 0: return "on " + month + " " + day;
            case 1: return "on " + day + " " + month;
            case 2: return "in " + month + " " + year;
            case 3: return "on " + month + " " + day + " and " + (day + 1);
            default: return "on " + month + " " + day + ", " + year;
        }
    }

    private static String imagery(Random rnd, String month, int day, int year) {
        switch (rnd.nextInt(3)) {
            case 0: return "from " + month;
            case 1: return "taken on " + day + " " + month;
            default: return "collected in " + month + " " + year;
        }
    }

    private static String season(Random rnd, String month, int year) {
        switch (rnd.nextInt(4)) {
            case 0: return "last autumn";
            case 1: return "early " + (year - 1);
            case 2: return "the spring of " + (year - 1);
            default: return month + " last year";
        }
    }

    private static String month(Random rnd) {
        return Vocab.MONTHS.get(rnd.nextInt(Vocab.MONTHS.size()));
    }
}
