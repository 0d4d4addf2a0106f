package org.w3id.arsenal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One alternative label of a gold fact: either an exact label (equal after {@link Labels normalization}) or, when
 * written with a leading {@code ~}, a word set that matches any label containing all of its words in any order
 * ({@code ~tank Kusong} matches "tank production site in Kusong"). Words are compared whole, after normalization,
 * so {@code ~small arm} matches "small arms" but not "small army".
 *
 * @param text    the alternative as written in the gold file, {@code ~} included
 * @param wordSet whether it is a {@code ~} word set
 * @param words   its normalized words (never empty)
 */
public record LabelPattern(String text, boolean wordSet, List<String> words) {

    public LabelPattern {
        words = List.copyOf(words);
        if (words.isEmpty()) throw new IllegalArgumentException("empty label alternative '" + text + "'");
    }

    /** Parses one alternative: {@code Kim Jong Un} or {@code ~tank Kusong}. */
    public static LabelPattern parse(String alternative) {
        String s = alternative.strip();
        boolean wordSet = s.startsWith("~");
        List<String> words = Labels.words(wordSet ? s.substring(1) : s);
        if (words.isEmpty()) throw new IllegalArgumentException("empty label alternative '" + alternative + "'");
        return new LabelPattern(s, wordSet, words);
    }

    /** Parses a {@code |}-separated list of alternatives. */
    public static List<LabelPattern> parseAll(String field) {
        List<LabelPattern> out = new ArrayList<>();
        for (String alt : field.split("\\|", -1)) out.add(parse(alt));
        return List.copyOf(out);
    }

    public boolean matches(String producedLabel) {
        List<String> produced = Labels.words(producedLabel);
        return wordSet ? Set.copyOf(produced).containsAll(words) : produced.equals(words);
    }

    /** Identity after normalization (word order ignored for word sets), used to count duplicate gold facts once. */
    String key() {
        return wordSet ? "~" + String.join(" ", new TreeSet<>(words)) : "=" + String.join(" ", words);
    }

    @Override
    public String toString() {
        return text;
    }
}
