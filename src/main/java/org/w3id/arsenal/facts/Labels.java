package org.w3id.arsenal.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Label normalization for matching (FACTS.md: case, punctuation, a leading "the" and plural "s" are ignored).
 *
 * <p>A label becomes a list of words:
 * <ol>
 *   <li>Unicode compatibility decomposition, diacritics dropped, lower case ("Pyŏngyang" = "pyongyang").</li>
 *   <li>Apostrophes (straight, curly, the modifier letter ʼ, backtick, acute) and periods are deleted without
 *       splitting, so "U.S." = "US", "People's" = "peoples", "Workers’" = "workers", "Ch'ongjin" = "chongjin".</li>
 *   <li>Every other character that is not a letter or digit separates words: spaces, hyphens ("large-caliber" =
 *       "large caliber", "Jong-un" = "Jong Un"), slashes, commas, brackets, quotes.</li>
 *   <li>A leading "the" is dropped, unless it is the only word.</li>
 *   <li>Each word longer than 3 letters loses a plural ending: "-ies" becomes "-y" (words longer than 4:
 *       "factories" = "factory"), otherwise a final "s" is dropped unless the word ends in "ss" ("class" stays).
 *       Short words keep their "s" ("US", "gas"), so "arms" = "arm", "shells" = "shell", "ICBMs" = "ICBM",
 *       "UAVs" = "UAV", "Korea's" = "Korea". Both sides go through the same rule, so a word that merely ends
 *       in "s" ("MLRS" → "mlr") still matches itself.</li>
 * </ol>
 */
public final class Labels {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Deleted inside a word rather than splitting it: abbreviations and possessives. */
    private static final String JOINERS = "'\u2018\u2019\u201B\u02BC\u0060\u00B4.";

    private Labels() {
    }

    /** The normalized words of a label, in order. */
    public static List<String> words(String label) {
        String s = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (JOINERS.indexOf(c) >= 0) continue;
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) words.add(word.toString());
        if (words.size() > 1 && words.get(0).equals("the")) words.remove(0);
        words.replaceAll(Labels::singular);
        return words;
    }

    /** The normalized label: its words joined by single spaces. Two labels match exactly when these are equal. */
    public static String normalize(String label) {
        return String.join(" ", words(label));
    }

    static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) return word.substring(0, n - 3) + "y";
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.substring(0, n - 1);
        return word;
    }
}
