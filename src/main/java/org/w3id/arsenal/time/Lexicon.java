package org.w3id.arsenal.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** English words the time grammar looks at; built once, read-only afterwards (safe across threads). */
final class Lexicon {

    /** Month by lower-cased name or abbreviation. */
    static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Abbreviations: never accepted as a bare month ("in Jan" is too rare to be worth the "Mar"/"Dec" noise). */
    static final Set<String> MONTH_ABBREVIATIONS = new HashSet<>();
    /** Words that are also ordinary English ("may", "march", "mar"): a month only when capitalised. */
    static final Set<String> NEEDS_CAPITAL = Set.of("may", "march", "mar");
    /** ISO day of week (1 = Monday) by lower-cased name. */
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    /** Heads of proper names that start with a date: "the February 8 Vinalon Complex", "April 25 Hotel". */
    static final Set<String> NAME_HEADS = Set.of("complex", "factory", "plant", "works", "hotel", "street",
            "stadium", "house", "enterprise", "mine", "shipyard", "bridge", "square", "station", "hall", "school",
            "university", "farm", "institute", "academy", "park", "company", "corporation", "mill", "combine",
            "restaurant", "theatre", "theater", "palace", "tower", "building", "avenue", "road", "club", "team",
            "prize", "medal", "order", "cooperative", "centre", "center", "movement");
    /** Words before a number that make it a quantity or a label ("some 2000", "Resolution 2094", "No. 2023"). */
    static final Set<String> NOT_YEAR_BEFORE = Set.of("resolution", "resolutions", "no", "nos", "number", "model",
            "type", "project", "article", "paragraph", "unit", "flight", "route", "code", "page", "section", "item",
            "figure", "batch", "serial", "block", "pier", "dock", "gate", "volume", "vol", "issue", "about", "around",
            "some", "over", "nearly", "almost", "approximately", "roughly", "than", "least", "most", "under", "only",
            "just", "total", "exceeding", "exceeds", "exceeded", "estimated", "additional", "another", "extra", "up");
    /** Singular nouns and units after a number that make it a quantity ("2000 km", "2000 personnel"). */
    static final Set<String> QUANTITY_AFTER = Set.of("people", "personnel", "men", "women", "children", "staff",
            "km", "kg", "mm", "cm", "m", "t", "ton", "tonne", "hp", "mw", "kw", "feet", "foot", "percent", "per",
            "strong", "times", "x", "gmt", "utc", "kst", "hrs", "h");
    /** Words ending in "s" that are not plural nouns ("2023 was", "in 2023 across ..."). */
    static final Set<String> NOT_PLURAL = Set.of("was", "has", "is", "as", "this", "its", "always", "across",
            "plus", "versus", "thus", "perhaps", "his", "us", "whereas", "besides", "unless", "less", "onwards",
            "afterwards", "towards", "backwards", "forwards", "does", "goes", "sees");
    /** Words that open a new clause: a relation cue before them does not reach a later time expression. */
    static final Set<String> CLAUSE_WORDS = Set.of("he", "she", "they", "we", "i", "it", "who", "which", "that",
            "while", "when", "where", "whereas", "but", "because", "although", "though", "then");
    /** Every word that can start an expression: lets the grammar skip other tokens at once. */
    static final Set<String> STARTERS = new HashSet<>();

    private Lexicon() {
    }

    static {
        String[][] months = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
                {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < 12; m++) {
            for (int k = 0; k < months[m].length; k++) {
                MONTHS.put(months[m][k], m + 1);
                if (k > 0) MONTH_ABBREVIATIONS.add(months[m][k]);
            }
        }
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; d++) WEEKDAYS.put(days[d], d + 1);
        String[] numbers = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"};
        for (int k = 0; k < numbers.length; k++) NUMBER_WORDS.put(numbers[k], k + 1);
        NUMBER_WORDS.put("a", 1);
        NUMBER_WORDS.put("an", 1);

        STARTERS.addAll(MONTHS.keySet());
        STARTERS.addAll(WEEKDAYS.keySet());
        STARTERS.addAll(NUMBER_WORDS.keySet());
        STARTERS.addAll(Set.of("in", "on", "at", "during", "throughout", "since", "until", "till", "through",
                "by", "before", "after", "following", "prior", "ahead", "as", "from", "between", "the", "early",
                "mid", "late", "earlier", "later", "end", "beginning", "start", "middle", "first", "second", "third",
                "fourth", "spring", "summer", "autumn", "fall", "winter", "yesterday", "today", "tonight", "last",
                "this", "next"));
    }

    /** Whether a word is a plural noun or a unit, i.e. makes a preceding number a quantity. */
    static boolean quantityWord(String lower) {
        if (QUANTITY_AFTER.contains(lower)) return true;
        int n = lower.length();
        return n > 3 && lower.charAt(n - 1) == 's' && !lower.endsWith("ss") && !lower.endsWith("us")
                && !NOT_PLURAL.contains(lower);
    }
}
