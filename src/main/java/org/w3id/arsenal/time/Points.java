package org.w3id.arsenal.time;

import org.w3id.arsenal.time.Tokens.Tok;

/** Calendar points over tokens: "2023-08-03", "3 August 2023", "Aug. 3, 2023", "August 2023", "August", "2023", "3". */
final class Points {

    private final Tok[] t;
    private final int n;
    /** Side result of {@link #month}: the token after the month name (and its abbreviation dot). */
    private int monthEnd;

    Points(Tok[] tokens) {
        this.t = tokens;
        this.n = tokens.length;
    }

    /** The longest point at {@code i}, or null; a bare day or bare year is returned for the caller to judge. */
    Point point(int i) {
        if (i >= n) return null;
        Tok a = t[i];
        if (a.kind() == Tokens.NUM) {
            if (isYear(a)) {
                Point iso = iso(i);
                return iso != null ? iso : new Point(a.num(), 0, 0, Point.NO_SHIFT, i + 1);
            }
            if (!isDay(a)) return null;
            int k = i + 1 < n && t[i + 1].is("of") ? i + 2 : i + 1; // "3rd of August"
            int m = month(k);
            if (m != 0) return finish(m, a.num(), monthEnd);
            // A bare day ends a range and may carry its year: "August 3-5, 2023".
            int y = i + 1 < n && t[i + 1].is(',') ? i + 2 : i + 1;
            return y < n && isYear(t[y]) ? new Point(t[y].num(), 0, a.num(), Point.NO_SHIFT, y + 1)
                    : new Point(0, 0, a.num(), Point.NO_SHIFT, i + 1);
        }
        int m = month(i);
        if (m == 0) return null;
        int k = monthEnd;
        if (k < n && isDay(t[k])) return finish(m, t[k].num(), k + 1);
        return finish(m, 0, k);
    }

    /** Completes a month (and day) at {@code k} with a year ("August 3, 2023", "August of 2023") or "last year". */
    private Point finish(int m, int d, int k) {
        int y = k < n && (t[k].is(',') || d == 0 && t[k].is("of")) ? k + 1 : k;
        // "in August, 2000 troops": after a comma the number may be a quantity.
        if (y < n && isYear(t[y]) && (y == k || !quantityAfter(y + 1))) {
            return new Point(t[y].num(), m, d, Point.NO_SHIFT, y + 1);
        }
        if (nameFollows(k) || d == 0 && m == 5 && k < n && t[k].is("day")) return null; // "at May Day Stadium"
        Point p = new Point(0, m, d, Point.NO_SHIFT, k);
        int s = k < n && t[k].is("of") ? k + 1 : k;
        if (s + 1 < n && t[s + 1].is("year")) {
            Tok w = t[s];
            if (w.is("last")) return p.withShift(-1, s + 2);
            if (w.is("this")) return p.withShift(0, s + 2);
            if (w.is("next")) return p.withShift(1, s + 2);
        }
        return p;
    }

    /**
     * A year-less date followed by capitalised words ending in a name head is a name: "the February 8 Vinalon
     * Complex", "April 25 Hotel", "January 18 General Machine Plant", "at March 16 Factory".
     */
    private boolean nameFollows(int k) {
        for (int j = k; j < n && j < k + 5 && t[j].kind() == Tokens.WORD && t[j].cap(); j++) {
            if (Lexicon.NAME_HEADS.contains(t[j].lower())) return true;
        }
        return false;
    }

    /** "2023-08-03" (an ISO time may follow: "2023-08-03T10:00"). */
    private Point iso(int i) {
        if (i + 4 >= n) return null;
        Tok m = t[i + 2];
        Tok d = t[i + 4];
        if (!(t[i + 1].dash() && t[i + 3].dash() && m.kind() == Tokens.NUM && d.kind() == Tokens.NUM
                && m.digits() == 2 && d.digits() == 2 && m.suffix().isEmpty()
                && (d.suffix().isEmpty() || d.suffix().equals("t"))
                && !t[i + 1].space() && !m.space() && !t[i + 3].space() && !d.space())) {
            return null;
        }
        try {
            java.time.LocalDate.of(t[i].num(), m.num(), d.num());
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return new Point(t[i].num(), m.num(), d.num(), Point.NO_SHIFT, i + 5);
    }

    /** "2022-23": the second year written with two digits, after the first. */
    Point shortYear(int k, int first) {
        if (k >= n) return null;
        Tok b = t[k];
        if (b.kind() != Tokens.NUM || b.digits() != 2 || b.space() || !b.suffix().isEmpty() || t[k - 1].space()) {
            return null;
        }
        int y = first - first % 100 + b.num();
        return y > first ? new Point(y, 0, 0, Point.NO_SHIFT, k + 1) : null;
    }

    /**
     * Whether a bare 4-digit number at {@code j}..{@code end} is a year rather than a quantity: not before a
     * plural noun or unit ("2000 shells"), not after "some"/"over"/"$" and not one end of a range of numbers.
     */
    boolean yearContext(int j, int end, boolean afterPrep) {
        if (quantityAfter(end)) return false;
        if (end < n) {
            Tok x = t[end];
            if ((x.dash() || x.is("to") || x.is("and")) && end + 1 < n && t[end + 1].kind() == Tokens.NUM
                    && !isYear(t[end + 1])) return false;
        }
        if (afterPrep) return true;
        if (t[j].num() < 1900) return false;
        if (j == 0) return true;
        Tok prev = t[j - 1];
        if (prev.kind() == Tokens.NUM) return false;
        // "$2000", "#2000", and "/2024/08/" in a path are not years.
        if (prev.kind() == Tokens.PUNCT) return "$£€#~+/".indexOf(prev.lower().charAt(0)) < 0;
        return !Lexicon.NOT_YEAR_BEFORE.contains(prev.lower());
    }

    private boolean quantityAfter(int k) {
        if (k >= n) return false;
        Tok x = t[k];
        return x.kind() == Tokens.WORD && Lexicon.quantityWord(x.lower()) || x.is('%');
    }

    /** Month number at {@code i} (0 if none); sets {@link #monthEnd}. */
    int month(int i) {
        if (i >= n || t[i].kind() != Tokens.WORD) return 0;
        Tok a = t[i];
        Integer m = Lexicon.MONTHS.get(a.lower());
        if (m == null || !a.cap() && Lexicon.NEEDS_CAPITAL.contains(a.lower())) return 0;
        boolean dot = Lexicon.MONTH_ABBREVIATIONS.contains(a.lower()) && i + 1 < n && t[i + 1].is('.')
                && !t[i + 1].space();
        monthEnd = dot ? i + 2 : i + 1;
        return m;
    }

    static boolean isYear(Tok a) {
        return a.kind() == Tokens.NUM && a.digits() == 4 && a.num() >= 1800 && a.num() <= 2099
                && a.suffix().isEmpty() && !a.glued();
    }

    static boolean isDay(Tok a) {
        if (a.kind() != Tokens.NUM || a.glued() || a.digits() > 2 || a.num() < 1 || a.num() > 31) return false;
        String s = a.suffix();
        return s.isEmpty() || s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }
}
