package org.w3id.arsenal.extract;

import java.util.List;
import java.util.Locale;
import org.w3id.arsenal.text.Sentence;
import org.w3id.arsenal.text.Token;

/** One sentence as the rules see it: token texts (quotes straightened), lowercase forms, and helpers. */
final class View {

    final Sentence sentence;
    final String[] tx;
    final String[] lw;
    /** Lowercase singular forms ("factories" → "factory"), computed once: the head finders ask for every token. */
    final String[] sg;
    /** Tokens inside a time expression: never part of a name. */
    final boolean[] time;

    View(Sentence sentence) {
        this.sentence = sentence;
        List<Token> tokens = sentence.tokens();
        tx = new String[tokens.size()];
        lw = new String[tokens.size()];
        sg = new String[tokens.size()];
        for (int i = 0; i < tx.length; i++) {
            tx[i] = Texts.normalizeQuotes(tokens.get(i).text());
            lw[i] = tx[i].toLowerCase(Locale.ROOT);
            sg[i] = Texts.singular(lw[i]);
        }
        time = new boolean[tx.length];
    }

    int size() {
        return tx.length;
    }

    boolean cap(int i) {
        return i >= 0 && i < tx.length && !tx[i].isEmpty() && Character.isUpperCase(tx[i].charAt(0));
    }

    boolean word(int i) {
        return i >= 0 && i < tx.length && Character.isLetterOrDigit(tx[i].charAt(0));
    }

    boolean is(int i, String... lower) {
        if (i < 0 || i >= lw.length) return false;
        for (String w : lower) if (lw[i].equals(w)) return true;
        return false;
    }

    /** Does the phrase (lowercase tokens, "…" = a gap of up to four tokens) start at i? Returns its end or -1. */
    int match(int i, String[] phrase) {
        int at = i;
        for (int k = 0; k < phrase.length; k++) {
            if (phrase[k].equals("…")) {
                String next = phrase[k + 1];
                int limit = Math.min(lw.length, at + 5);
                int found = -1;
                for (int j = at; j < limit; j++) {
                    if (lw[j].equals(next)) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) return -1;
                at = found;
                continue;
            }
            if (at >= lw.length || !lw[at].equals(phrase[k])) return -1;
            at++;
        }
        return at;
    }

    /** The exact text of tokens [from, to). */
    String text(int from, int to) {
        return sentence.text(from, to);
    }

    /** A clause boundary: a semicolon, or a comma followed by a subordinating word. */
    boolean clauseBreak(int i) {
        return is(i, ";", "while", "whereas", "but", "although", "though") || (is(i, ",") && is(i + 1, "while",
                "whereas", "but", "although", "though", "saying", "indicating", "adding", "highlighting"));
    }
}
