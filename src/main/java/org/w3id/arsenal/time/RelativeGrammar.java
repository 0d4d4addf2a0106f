package org.w3id.arsenal.time;

import org.w3id.arsenal.time.Grammar.Parse;
import org.w3id.arsenal.time.Tokens.Tok;

/**
 * Expressions resolved only against the anchor: "yesterday", "on Wednesday", "on Monday last week", "last week",
 * "earlier this week", "last month", "late last year", "last March", "three days ago".
 */
final class RelativeGrammar {

    /** No modifier; the others are {@link Grammar}'s: early/mid/late/end of, season, earlier, later. */
    private static final int NONE = -1, PART = Grammar.PART, SEASON = Grammar.SEASON, EARLIER = Grammar.EARLIER,
            LATER = Grammar.LATER;

    private RelativeGrammar() {
    }

    static Parse parse(Tok[] t, int j, int mod, TimeRelation rel) {
        int n = t.length;
        Tok a = t[j];
        if (a.kind() == Tokens.NUM) return mod == NONE ? ago(t, j, rel) : null;
        if (a.kind() != Tokens.WORD) return null;
        String w = a.lower();
        String next = j + 1 < n ? t[j + 1].lower() : "";
        switch (w) {
            case "yesterday":
                return mod == NONE ? parse(j + 1, Relative.day(-1), rel) : null;
            case "today": case "tonight":
                return mod == NONE || mod == EARLIER || mod == LATER ? parse(j + 1, Relative.day(0), rel) : null;
            case "the":
                return mod == NONE && j + 3 < n && t[j + 1].is("day") && t[j + 2].is("before")
                        && t[j + 3].is("yesterday") ? parse(j + 4, Relative.day(-2), rel) : null;
            case "last": case "this": case "next":
                return shifted(t, j, w.equals("last") ? -1 : w.equals("this") ? 0 : 1, next, mod, rel);
            default:
                break;
        }
        Integer dow = Lexicon.WEEKDAYS.get(w);
        if (dow != null && (mod == NONE || mod == PART)) return weekday(t, j, dow, rel);
        return mod == NONE && Lexicon.NUMBER_WORDS.containsKey(w) ? ago(t, j, rel) : null;
    }

    /** "last/this/next" + week, month, year, a weekday or a month name; "last night", "this morning". */
    private static Parse shifted(Tok[] t, int j, int shift, String next, int mod, TimeRelation rel) {
        int e = j + 2;
        switch (next) {
            case "week":
                if (mod == EARLIER) return shift == 0 ? parse(e, Relative.earlierThisWeek(), rel) : null;
                if (mod == LATER) return shift == 0 ? parse(e, Relative.laterThisWeek(), rel) : null;
                return mod == SEASON ? null : parse(e, Relative.week(shift), rel);
            case "month":
                return mod == SEASON ? null : parse(e, Relative.month(shift), rel);
            case "year":
                return parse(e, Relative.year(shift), rel);
            case "night":
                return mod == NONE && shift == -1 ? parse(e, Relative.day(-1), rel) : null;
            case "morning": case "afternoon": case "evening":
                return mod == NONE && shift == 0 ? parse(e, Relative.day(0), rel) : null;
            default:
                break;
        }
        if (mod != NONE && mod != PART) return null;
        Integer dow = Lexicon.WEEKDAYS.get(next);
        if (dow != null) {
            return parse(e, shift < 0 ? Relative.weekdayBefore(dow) : shift > 0 ? Relative.weekdayAfter(dow)
                    : Relative.weekdayOfWeek(dow, 0), rel);
        }
        Integer m = Lexicon.MONTHS.get(next);
        boolean fullName = m != null && !Lexicon.MONTH_ABBREVIATIONS.contains(next);
        if (fullName && (t[j + 1].cap() || !Lexicon.NEEDS_CAPITAL.contains(next))) {
            return parse(e, shift < 0 ? Relative.monthBefore(m) : shift > 0 ? Relative.monthAfter(m)
                    : Relative.monthThisYear(m), rel);
        }
        return null;
    }

    /** "Wednesday", "Wednesday night", "Monday last week". */
    private static Parse weekday(Tok[] t, int j, int dow, TimeRelation rel) {
        int n = t.length;
        int k = j + 1;
        if (k < n && (t[k].is("morning") || t[k].is("afternoon") || t[k].is("evening") || t[k].is("night"))) k++;
        if (k + 1 < n && t[k + 1].is("week")) {
            int shift = t[k].is("last") ? -1 : t[k].is("this") ? 0 : t[k].is("next") ? 1 : 2;
            if (shift != 2) return parse(k + 2, Relative.weekdayOfWeek(dow, shift), rel);
        }
        // "on Tuesday and Wednesday": the two days, the later one placed as a bare weekday.
        if (k + 1 < n && (t[k].is("and") || t[k].is("to") || t[k].is("through") || t[k].dash())) {
            Integer later = Lexicon.WEEKDAYS.get(t[k + 1].lower());
            if (later != null && later > dow) return parse(k + 2, Relative.weekdays(dow, later), rel);
        }
        return parse(k, Relative.weekdayOnOrBefore(dow), rel);
    }

    /** "three days ago", "a year ago", "2 weeks ago". */
    private static Parse ago(Tok[] t, int j, TimeRelation rel) {
        if (j + 2 >= t.length || !t[j + 2].is("ago")) return null;
        Tok a = t[j];
        int count;
        if (a.kind() == Tokens.NUM) {
            if (a.glued() || a.num() < 1 || a.num() > 99 || !a.suffix().isEmpty()) return null;
            count = a.num();
        } else {
            Integer c = Lexicon.NUMBER_WORDS.get(a.lower());
            if (c == null) return null;
            count = c;
        }
        Resolver r;
        switch (t[j + 1].lower()) {
            case "day": case "days": r = Relative.daysAgo(count); break;
            case "week": case "weeks": r = Relative.weeksAgo(count); break;
            case "month": case "months": r = Relative.month(-count); break;
            case "year": case "years": r = Relative.year(-count); break;
            default: return null;
        }
        return parse(j + 3, r, rel);
    }

    private static Parse parse(int end, Resolver r, TimeRelation rel) {
        return new Parse(end, r, rel, true);
    }
}
