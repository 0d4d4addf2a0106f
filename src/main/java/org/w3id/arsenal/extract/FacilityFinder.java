package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Facilities described rather than named. A singular description is a facility of its own; a plural with a
 * number is a set whose members later sentences name ("one of them appears to be …"); a bare plural ("weapons
 * factories") names no particular facility; "the factory" and "the second facility" point back.
 */
final class FacilityFinder {

    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "both", 2, "2", 2, "3", 3, "4", 4);
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "other", 2, "latter", 2, "former", 1);

    private final Vocabulary voc = Vocabulary.INSTANCE;

    /**
     * @param named tokens already inside a proper name
     * @param places token start → end of place/country names in the sentence
     */
    List<FacilityPhrase> find(View v, boolean[] named, List<ProductPhrase> products, Map<Integer, Integer> places) {
        List<FacilityPhrase> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (named[i]) continue;
            for (Vocabulary.FacilityHead h : voc.facilityHeads) {
                int end = headEnd(v, i, h.head());
                if (end < 0) continue;
                FacilityPhrase f = phrase(v, i, end, h, products, places);
                if (f != null) out.add(f);
                i = end - 1;
                break;
            }
        }
        return out;
    }

    private static int headEnd(View v, int i, String[] head) {
        for (int k = 0; k < head.length; k++) {
            int j = i + k;
            if (j >= v.size()) return -1;
            String w = k == head.length - 1 ? v.sg[j] : v.lw[j];
            if (!w.equals(head[k]) && !(k == head.length - 1 && v.lw[j].equals(head[k]))) return -1;
        }
        return i + head.length;
    }

    private FacilityPhrase phrase(View v, int headFrom, int headEnd, Vocabulary.FacilityHead h,
            List<ProductPhrase> products, Map<Integer, Integer> places) {
        boolean plural = !v.sg[headEnd - 1].equals(v.lw[headEnd - 1]) && !v.lw[headEnd - 1].equals("works");
        List<ProductPhrase> made = new ArrayList<>();
        int from = headFrom;
        ProductPhrase compound = endingAt(products, headFrom);
        if (compound != null) from = compound.from();
        if (compound != null && h.produces()) made.add(compound);
        // "production site" after a product: "tank production site" (the head already says production).
        int j = from - 1;
        List<String> adjectives = new ArrayList<>();
        while (j >= 0 && (voc.productSkip.contains(v.lw[j]) || v.is(j, "unspecified", "unidentified", "unnamed",
                "vast", "large", "small", "key", "main", "military", "munitions", "secret", "underground", "model",
                "same", "latest", "local", "nearby", "suspected", "second", "first", "third", "other"))) {
            adjectives.add(v.lw[j]);
            j--;
        }
        String det = j >= 0 ? v.lw[j] : "";
        int start = j + 1;
        int to = headEnd;
        // "… producing/manufacturing PRODUCT", "… that makes PRODUCT", "… engaged in producing PRODUCT"
        int after = clauseProducts(v, headEnd, products, made);
        if (after > headEnd) to = after;
        int placeFrom = -1;
        if (v.is(to, "in", "near", "at", "outside") && places.containsKey(to + 1)) {
            placeFrom = to + 1;
            to = places.get(to + 1);
        }
        boolean planned = planned(v, start);
        Integer ordinal = null;
        for (String a : adjectives) if (ORDINALS.containsKey(a)) ordinal = ORDINALS.get(a);
        Integer number = NUMBERS.get(det);
        if (number == null && adjectives.contains("two")) number = 2;
        if (plural) {
            if (number == null) return null;
            return new FacilityPhrase(start - 1, to, FacilityPhrase.Shape.SET, h.type(), "", made, placeFrom,
                    planned, number, 0);
        }
        if (det.equals("the") || det.equals("this") || det.equals("that") || det.equals("its")
                || det.equals("'s")) {
            if (ordinal != null) {
                return new FacilityPhrase(start - 1, to, FacilityPhrase.Shape.ORDINAL, h.type(), "", made,
                        placeFrom, planned, 0, ordinal);
            }
            if (made.isEmpty() && placeFrom < 0 && compound == null) {
                return new FacilityPhrase(start - 1, to, FacilityPhrase.Shape.ANAPHOR, h.type(), "", made, -1,
                        planned, 0, 0);
            }
        }
        // "a new facility": nothing to tell it apart; "an anti-aircraft missile complex" is told apart by its words
        if (made.isEmpty() && placeFrom < 0 && compound == null) return null;
        return new FacilityPhrase(start, to, FacilityPhrase.Shape.DESCRIBED, h.type(), label(v, from, to, headFrom),
                made, placeFrom, planned, 0, 0);
    }

    private int clauseProducts(View v, int at, List<ProductPhrase> products, List<ProductPhrase> made) {
        int k = at;
        if (v.is(k, ",")) k++;
        if (v.is(k, "that", "which")) k++;
        int end = -1;
        for (Vocabulary.Trigger t : voc.produceTriggers) {
            end = v.match(k, t.tokens());
            if (end > 0) break;
        }
        if (end < 0) return at;
        if (v.is(end, "the")) end++;
        int last = at;
        int p = end;
        while (true) {
            ProductPhrase ph = startingAt(products, p);
            if (ph == null) break;
            made.add(ph);
            last = ph.to();
            // coordinated complements share the same span: take them all
            for (ProductPhrase other : products) {
                if (other != ph && other.from() == ph.from() && other.to() == ph.to()) made.add(other);
            }
            if (v.is(last, "and", ",") && startingAt(products, last + 1) != null) {
                p = last + 1;
            } else {
                break;
            }
        }
        return last;
    }

    private static String label(View v, int from, int to, int headFrom) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (v.is(j, "the", "a", "an", "that", "which") && j > headFrom) continue;
            if (v.is(j, "(") && v.is(j + 2, ")")) {
                j += 2;
                continue;
            }
            if (!b.isEmpty() && !v.is(j, ",")) b.append(' ');
            b.append(v.cap(j) && j > from ? v.tx[j] : v.lw[j]);
        }
        return b.toString().replaceAll(" ,", ",");
    }

    private static boolean planned(View v, int start) {
        for (int j = Math.max(0, start - 5); j < start; j++) {
            if (v.is(j, "building", "build", "construction", "construct", "constructing", "erecting", "planned",
                    "proposed")) {
                return true;
            }
        }
        return false;
    }

    static ProductPhrase endingAt(List<ProductPhrase> products, int end) {
        ProductPhrase best = null;
        for (ProductPhrase p : products) {
            if (p.to() == end && (best == null || p.from() < best.from())) best = p;
        }
        return best;
    }

    /** The longest product phrase starting at a token. */
    static ProductPhrase startingAt(List<ProductPhrase> products, int from) {
        ProductPhrase best = null;
        for (ProductPhrase p : products) if (p.from() == from && (best == null || p.to() > best.to())) best = p;
        return best;
    }
}
