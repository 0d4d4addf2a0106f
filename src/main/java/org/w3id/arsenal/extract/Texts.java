package org.w3id.arsenal.extract;

import java.util.Locale;

/** Small text helpers shared by the extraction rules. */
final class Texts {

    private Texts() {}

    /** Curly quotes and apostrophes to straight ones; same length, so offsets are unchanged. */
    static String normalizeQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    /** A plural English noun to its singular, for product and facility heads. */
    static String singular(String word) {
        String w = word;
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.equals("arms") || lw.endsWith("ss") || lw.equals("works") || lw.equals("series")) return w;
        if (lw.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (lw.endsWith("ches") || lw.endsWith("shes") || lw.endsWith("xes")) return w.substring(0, w.length() - 2);
        if (lw.endsWith("s") && !lw.endsWith("us") && w.length() > 2) return w.substring(0, w.length() - 1);
        return w;
    }

    static boolean isPlural(String word) {
        return !singular(word).equals(word);
    }
}
