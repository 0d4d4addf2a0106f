package org.w3id.arsenal.time;

import org.w3id.arsenal.time.Tokens.Tok;

/**
 * Recursive-descent time grammar over the tokens of one text. At each token it returns the longest
 * expression starting there: [preposition] [modifier] (interval | calendar point | relative | decade).
 * One instance per call (it keeps small side results in fields).
 */
final class Grammar {

    /** What the grammar found: tokens up to {@code end} (exclusive), with a null relation when neutral. */
    record Parse(int end, Resolver value, TimeRelation relation, boolean relative) {
    }

    private static final byte OTHER = 0, FROM = 1, BETWEEN = 2;

    /** Leading preposition; {@code strong} ones make a following bare number a year ("in 2000"). */
    private record Prep(int end, TimeRelation rel, boolean strong, byte kind) {
    }

    /** Modifier kinds (shared with {@link RelativeGrammar}, where -1 means none). */
    static final byte PART = 0, SEASON = 1, EARLIER = 2, LATER = 3;

    /** "early", "mid-", "the end of", "the summer of", "earlier", ...: absorbed, the value keeps the core's. */
    private record Mod(int end, byte kind) {
    }

    private final Tok[] t;
    private final int n;
    private final Points points;

    Grammar(Tok[] tokens) {
        this.t = tokens;
        this.n = tokens.length;
        this.points = new Points(tokens);
    }

    Parse at(int i) {
        Tok a = t[i];
        if (a.kind() == Tokens.WORD ? !Lexicon.STARTERS.contains(a.lower()) : a.kind() != Tokens.NUM) return null;
        Parse best = afterPrep(i, null);
        Prep p = prep(i);
        return p == null ? best : longer(best, afterPrep(p.end, p));
    }

    private Parse afterPrep(int j, Prep p) {
        if (j >= n) return null;
        Parse best = core(j, p, null);
        Mod m = mod(j);
        return m == null || m.end >= n ? best : longer(best, core(m.end, p, m));
    }

    private Parse core(int j, Prep p, Mod m) {
        TimeRelation rel = p == null ? null : p.rel;
        Parse best = RelativeGrammar.parse(t, j, m == null ? -1 : m.kind, rel);
        if (m == null || m.kind == PART) best = longer(best, decade(j, rel));
        Point a = points.point(j);
        if (a != null) {
            if (m == null) best = longer(best, interval(j, a, p));
            if (standalone(j, a, p, m)) best = longer(best, onward(a.end(), a.resolver(), rel, a.year() == 0));
        }
        if (m == null && t[j].kind() == Tokens.WORD && Lexicon.WEEKDAYS.containsKey(t[j].lower())) {
            // "Wednesday, August 2, 2023": the weekday adds nothing to the date.
            int k = j + 1 < n && t[j + 1].is(',') ? j + 2 : j + 1;
            Point q = points.point(k);
            if (q != null && q.day() > 0 && q.month() > 0) {
                best = longer(best, new Parse(q.end(), q.resolver(), rel, q.year() == 0));
            }
        }
        return best;
    }

    /** "from August 3 to 5", "August 3-5", "January 8 and 9", "between March and May 2024", "2022-23". */
    private Parse interval(int j, Point a, Prep p) {
        int s = a.end();
        if (s + 1 >= n) return null;
        Tok sep = t[s];
        byte kind = p == null ? OTHER : p.kind;
        boolean and = sep.is("and");
        boolean ok = sep.dash() || sep.is("to") || sep.is("through") || sep.is("thru") || and
                || kind == FROM && (sep.is("until") || sep.is("till"));
        if (!ok) return null;
        Point b = a.bareYear() && sep.dash() ? points.shortYear(s + 1, a.year()) : null;
        if (b == null) b = points.point(s + 1);
        if (b == null) return null;
        // "and" joins a range after "between", or two days of one month: "on January 8 and 9", "8 and 9 January".
        if (and && kind != BETWEEN && !a.bareDay() && !b.bareDay()) return null;
        if (a.bareDay() && (b.day() == 0 || b.month() == 0)) return null;
        // A bare day continues a year-less date: "August 3-5, 2023", but not "August 3, 2023 and 3".
        if (b.bareDay() && (a.day() == 0 || a.month() == 0 || a.year() > 0)) return null;
        if (a.bareMonth() && b.bareMonth() && kind == OTHER) return null; // "March to May" alone is too loose
        if (a.bareYear() && b.bareYear() && !(p != null && p.strong) && !points.yearContext(j, b.end(), p != null))
            return null;
        Resolver r = Point.interval(a, b);
        if (r == null) return null;
        TimeRelation rel = p == null || kind != OTHER ? null : p.rel;
        return onward(b.end(), r, rel, a.year() == 0 && b.year() == 0);
    }

    /** Whether a point stands as an expression by itself in this context. */
    private boolean standalone(int j, Point a, Prep p, Mod m) {
        if (a.bareDay()) return false;
        if (p != null && p.kind == BETWEEN) return false;
        if (m != null && (a.day() > 0 || m.kind == EARLIER || m.kind == LATER)) return false;
        if (m != null && m.kind == SEASON && !a.bareYear()) return false;
        if (a.bareYear()) {
            return m != null || p != null && p.strong || points.yearContext(j, a.end(), p != null);
        }
        // A bare month needs a cue ("in August", "early August") and its full name.
        if (a.bareMonth()) return (p != null || m != null) && !Lexicon.MONTH_ABBREVIATIONS.contains(t[j].lower());
        return true;
    }

    /** "from 2022 onwards": SINCE. */
    private Parse onward(int end, Resolver r, TimeRelation rel, boolean relative) {
        boolean since = end < n && (t[end].is("onward") || t[end].is("onwards"));
        return since ? new Parse(end + 1, r, TimeRelation.SINCE, relative) : new Parse(end, r, rel, relative);
    }

    /** "the 1990s", "1990s", "the 1990's", "the '90s": found, but no single year to give. */
    private Parse decade(int j, TimeRelation rel) {
        boolean the = t[j].is("the");
        int k = the ? j + 1 : j;
        if (k >= n) return null;
        Tok a = t[k];
        if (a.kind() == Tokens.NUM && !a.glued() && a.num() % 10 == 0) {
            if (a.digits() == 4 && a.num() >= 1800 && a.suffix().equals("s")) {
                return new Parse(k + 1, Resolver.NOTHING, rel, false);
            }
            if (the && a.digits() == 4 && a.suffix().isEmpty() && k + 2 < n && apostrophe(t[k + 1])
                    && !t[k + 1].space() && t[k + 2].is("s") && !t[k + 2].space()) {
                return new Parse(k + 3, Resolver.NOTHING, rel, false);
            }
        }
        if (the && apostrophe(a) && k + 1 < n && t[k + 1].kind() == Tokens.NUM && t[k + 1].digits() == 2
                && t[k + 1].num() % 10 == 0 && t[k + 1].suffix().equals("s")) {
            return new Parse(k + 2, Resolver.NOTHING, rel, false);
        }
        return null;
    }

    private static boolean apostrophe(Tok x) {
        return x.is('\'') || x.is('’');
    }

    private Prep prep(int i) {
        Tok a = t[i];
        if (a.kind() != Tokens.WORD) return null;
        boolean next = i + 1 < n;
        switch (a.lower()) {
            case "in": case "during": case "throughout": return new Prep(i + 1, null, true, OTHER);
            case "on": case "at": return new Prep(i + 1, null, false, OTHER);
            case "as": return next && t[i + 1].is("of") ? new Prep(i + 2, null, true, OTHER) : null;
            case "since": return new Prep(i + 1, TimeRelation.SINCE, true, OTHER);
            case "until": case "till": return new Prep(i + 1, TimeRelation.UNTIL, true, OTHER);
            case "through": case "by": return new Prep(i + 1, TimeRelation.UNTIL, false, OTHER);
            case "before": return new Prep(i + 1, TimeRelation.BEFORE, true, OTHER);
            case "prior": return next && t[i + 1].is("to") ? new Prep(i + 2, TimeRelation.BEFORE, true, OTHER) : null;
            case "ahead": return next && t[i + 1].is("of") ? new Prep(i + 2, TimeRelation.BEFORE, true, OTHER) : null;
            case "after": case "following": return new Prep(i + 1, TimeRelation.AFTER, true, OTHER);
            case "from": return new Prep(i + 1, null, false, FROM);
            case "between": return new Prep(i + 1, null, false, BETWEEN);
            default: return null;
        }
    }

    private Mod mod(int j) {
        int k = t[j].is("the") ? j + 1 : j;
        if (k >= n || t[k].kind() != Tokens.WORD) return null;
        Tok a = t[k];
        String w = a.lower();
        if (w.equals("early") || w.equals("mid") || w.equals("late")) {
            return new Mod(k + 1 < n && t[k + 1].dash() && !t[k + 1].space() ? k + 2 : k + 1, PART);
        }
        if (k == j && w.equals("earlier")) return new Mod(k + 1, EARLIER);
        if (k == j && w.equals("later")) return new Mod(k + 1, LATER);
        if ((w.equals("end") || w.equals("beginning") || w.equals("start") || w.equals("middle")) && is(k + 1, "of")) {
            return new Mod(k + 2, PART);
        }
        if ((w.equals("first") || w.equals("second") || w.equals("third") || w.equals("fourth") || w.equals("last"))
                && (is(k + 1, "half") || is(k + 1, "quarter")) && is(k + 2, "of")) {
            return new Mod(k + 3, PART);
        }
        if (w.equals("spring") || w.equals("summer") || w.equals("autumn") || w.equals("fall") || w.equals("winter")) {
            return new Mod(is(k + 1, "of") ? k + 2 : k + 1, SEASON);
        }
        return null;
    }

    private boolean is(int k, String w) {
        return k < n && t[k].is(w);
    }

    static Parse longer(Parse a, Parse b) {
        if (a == null) return b;
        return b != null && b.end() > a.end() ? b : a;
    }
}
