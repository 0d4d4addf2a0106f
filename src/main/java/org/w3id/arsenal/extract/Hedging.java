package org.w3id.arsenal.extract;

import java.util.Optional;
import org.w3id.arsenal.claim.Certainty;

/**
 * How hedged a sentence's claims are, and who they are attributed to: the weakest hedge cue in the sentence
 * ("appears to be", "likely", "reportedly") sets the certainty; "according to X", "X said" and named sources
 * (state media, satellite imagery) give the attribution.
 */
final class Hedging {

    record Stance(Certainty certainty, Optional<String> attribution) {}

    private final Vocabulary voc = Vocabulary.INSTANCE;

    Stance of(View v) {
        Certainty c = Certainty.CONFIRMED;
        for (int i = 0; i < v.size(); i++) {
            for (Vocabulary.Trigger h : voc.hedges) {
                if (v.match(i, h.tokens()) > 0) {
                    c = c.weakest(Vocabulary.certainty(h.tag()));
                    break;
                }
            }
        }
        Optional<String> attribution = Optional.empty();
        for (int i = 0; i < v.size() && attribution.isEmpty(); i++) {
            if (v.is(i, "according") && v.is(i + 1, "to")) {
                attribution = Optional.of(sourcePhrase(v, i + 2));
            }
        }
        for (int i = 0; i < v.size() && attribution.isEmpty(); i++) {
            for (Vocabulary.Trigger a : voc.attributions) {
                int end = v.match(i, a.tokens());
                if (end > 0) {
                    attribution = Optional.of(v.text(i, end));
                    c = c.weakest(Vocabulary.certainty(a.tag()));
                    break;
                }
            }
        }
        return new Stance(c, attribution);
    }

    /** The source after "according to": up to the next comma or the end. */
    private static String sourcePhrase(View v, int from) {
        int to = from;
        while (to < v.size() && !v.is(to, ",", ".", ";", ")")) to++;
        return to > from ? v.text(from, to) : "";
    }
}
