package org.w3id.arsenal.extract;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.arsenal.Resources;

/**
 * The word lists and tables the extraction rules read ({@code lexicon/*.txt|tsv} on the classpath): the
 * vocabulary of kinds lives in data, so rules stay about language, not about particular reports.
 */
final class Lexicon {

    private Lexicon() {}

    /** Every whitespace-separated word of a list file, comments and blank lines skipped, in order. */
    static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(name)) out.addAll(Arrays.asList(line.split("\\s+")));
        return out;
    }

    /** One entry a line (entries may contain spaces). */
    static List<String> phrases(String name) {
        return lines(name);
    }

    /** TAB-separated rows. */
    static List<String[]> table(String name) {
        return lines(name).stream().map(l -> l.split("\t")).toList();
    }

    private static List<String> lines(String name) {
        return Resources.index("lexicon/" + name);
    }
}
