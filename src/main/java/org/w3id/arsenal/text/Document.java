package org.w3id.arsenal.text;

import java.util.List;

/** A report body split into sentences and tokens; sentences in margins (bios, teasers) are left out. */
public record Document(String body, List<Sentence> sentences) {

    public int wordCount() {
        int n = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) if (t.isWord()) n++;
        }
        return n;
    }
}
