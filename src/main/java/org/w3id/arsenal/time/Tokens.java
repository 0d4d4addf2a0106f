package org.w3id.arsenal.time;

import java.util.Arrays;
import java.util.Locale;

/** A cheap word / number / punctuation tokenizer keeping character offsets; no regex, one pass. */
final class Tokens {

    static final byte WORD = 0, NUM = 1, PUNCT = 2;

    /**
     * One token.
     *
     * @param lower  lower-cased text (for NUM: the digits; for PUNCT: the character)
     * @param num    numeric value of a plain number; -1 for "2,000", "3.5" and numbers too long to be dates
     * @param digits how many digits a plain number has ("08" has 2)
     * @param suffix letters glued after the digits, lower-cased ("3rd" → "rd", "240mm" → "mm", "1990s" → "s")
     * @param space  whether whitespace (or the text start) precedes the token
     * @param glued  a number that is part of a name or code ("Hwasong-17", "KN23", "2S19"): never a date part
     * @param cap    a word starting with an upper-case letter
     */
    record Tok(byte kind, String lower, int begin, int end, int num, int digits, String suffix, boolean space,
               boolean glued, boolean cap) {

        boolean is(String word) {
            return kind == WORD && lower.equals(word);
        }

        boolean is(char c) {
            return kind == PUNCT && lower.charAt(0) == c;
        }

        boolean dash() {
            return kind == PUNCT && "-–—‐‑".indexOf(lower.charAt(0)) >= 0;
        }
    }

    private Tokens() {
    }

    static Tok[] tokenize(String s) {
        Tok[] out = new Tok[Math.max(8, s.length() / 4)];
        int n = 0;
        int i = 0;
        int len = s.length();
        boolean space = true;
        while (i < len) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // no-break spaces from HTML too
                space = true;
                i++;
                continue;
            }
            Tok t;
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < len && Character.isLetter(s.charAt(j))) j++;
                String w = s.substring(i, j);
                t = new Tok(WORD, w.toLowerCase(Locale.ROOT), i, j, -1, 0, "", space, false,
                        Character.isUpperCase(c));
                i = j;
            } else if (c >= '0' && c <= '9') {
                t = number(s, i, space, n > 0 ? out[n - 1] : null, n > 1 ? out[n - 2] : null);
                i = t.end();
            } else {
                t = new Tok(PUNCT, String.valueOf(c), i, i + 1, -1, 0, "", space, false, false);
                i++;
            }
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = t;
            space = false;
        }
        return Arrays.copyOf(out, n);
    }

    private static Tok number(String s, int i, boolean space, Tok prev, Tok prev2) {
        int len = s.length();
        int j = i;
        while (j < len && isDigit(s.charAt(j))) j++;
        int digits = j - i;
        boolean plain = digits <= 4;
        // "2,000" and "3.5" are quantities, never dates.
        while (j + 1 < len) {
            char c = s.charAt(j);
            if (!(c == '.' && isDigit(s.charAt(j + 1)) || c == ',' && threeDigits(s, j + 1))) break;
            j++;
            while (j < len && isDigit(s.charAt(j))) j++;
            plain = false;
        }
        int num = plain ? Integer.parseInt(s, i, j, 10) : -1;
        int k = j;
        while (k < len && Character.isLetter(s.charAt(k))) k++;
        String suffix = s.substring(j, k).toLowerCase(Locale.ROOT);
        boolean glued = !space && prev != null && (prev.kind() == WORD || prev.kind() == NUM
                || prev.dash() && !prev.space() && prev2 != null && prev2.kind() == WORD
                && !(prev2.is("mid") || prev2.is("early") || prev2.is("late")));
        return new Tok(NUM, s.substring(i, j), i, k, num, digits, suffix, space, glued, false);
    }

    /** Exactly three digits at {@code i}, not followed by a fourth: a thousands group. */
    private static boolean threeDigits(String s, int i) {
        int len = s.length();
        return i + 3 <= len && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                && (i + 3 == len || !isDigit(s.charAt(i + 3)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
