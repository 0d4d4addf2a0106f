package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.arsenal.claim.Evidence;
import org.w3id.arsenal.vocab.ARS;

/**
 * Finds what one sentence mentions and settles it against the discourse: known names, new names, products,
 * described facilities and references back ("he", "Kim", "the factory"). Longer names win over shorter ones;
 * at equal length a name this report introduced wins over the reference vocabulary (in a report about the
 * Kanggye General Tractor Plant, "Kanggye" is the plant, not the city), except after "in"/"near".
 */
final class SentenceReader {

    /** A sentence's mentions, in order, with its products and facility phrases. */
    record Reading(View view, Evidence evidence, List<Mention> mentions, List<ProductPhrase> products,
            Map<ProductPhrase, Ent> productEnts, List<FacilityPhrase> facilities, Map<FacilityPhrase, Mention> facilityMentions) {}

    private final Gazetteer gazetteer;
    private final NameFinder names = new NameFinder();
    private final ProductFinder productFinder = new ProductFinder();
    private final FacilityFinder facilityFinder = new FacilityFinder();

    SentenceReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Reading read(View v, Evidence ev, Discourse d) {
        List<Cand> cands = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(v.sentence, v.tx)) {
            if (v.time[m.from()]) continue;
            Cand.Form form = m.demonym() ? Cand.Form.DEMONYM : m.shortForm() ? Cand.Form.SHORT : Cand.Form.NAME;
            int priority = m.shortForm() ? -1 : 3;
            cands.add(new Cand(m.from(), m.to(), priority, Discourse.kindOf(m.entry().type()), m.entry().type(),
                    m.entry().label(), m.entry().iri(), form));
        }
        shortNames(v, d, cands);
        names.find(v, cands);
        List<Cand> chosen = choose(cands);

        List<Mention> mentions = new ArrayList<>();
        boolean[] named = new boolean[v.size()];
        Map<Integer, Ent> knownProducts = new HashMap<>();
        Map<Integer, Integer> places = new HashMap<>();
        for (Cand c : chosen) {
            Ent e = d.named(c);
            e.mention(span(v, c.from(), c.to()), c.form() == Cand.Form.NAME ? v.text(c.from(), c.to()) : e.label);
            Mention.Form form = switch (c.form()) {
                case NAME -> Mention.Form.NAME;
                case DEMONYM -> Mention.Form.DEMONYM;
                case SHORT -> Mention.Form.REFERENCE;
            };
            mentions.add(new Mention(c.from(), c.to(), e, form));
            if (e.kind == Ent.Kind.PRODUCT) {
                // a known model ("Hwasong-17") stays inside a product phrase ("Hwasong-17 ICBMs") and names it
                e.onlyModifier = false;
                knownProducts.put(c.from(), e);
                continue;
            }
            for (int i = c.from(); i < c.to(); i++) named[i] = true;
            if (e.kind == Ent.Kind.PLACE || e.kind == Ent.Kind.COUNTRY) places.put(c.from(), c.to());
        }
        pronouns(v, d, mentions);

        List<ProductPhrase> products = productFinder.find(v, named);
        Map<ProductPhrase, Ent> productEnts = new HashMap<>();
        for (ProductPhrase p : products) {
            Ent e = null;
            for (var k : knownProducts.entrySet()) if (k.getKey() >= p.from() && k.getKey() < p.to()) e = k.getValue();
            if (e == null) e = d.product(p);
            e.mention(span(v, p.from(), p.to()), p.label());
            productEnts.put(p, e);
        }
        List<FacilityPhrase> facilities = facilityFinder.find(v, named, products, places);
        Map<FacilityPhrase, Mention> facilityMentions = new HashMap<>();
        for (FacilityPhrase f : facilities) {
            Mention m = facilityMention(f, v, ev, d);
            if (m != null) {
                mentions.add(m);
                facilityMentions.put(f, m);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::from));
        return new Reading(v, ev, mentions, products, productEnts, facilities, facilityMentions);
    }

    /** Names this report introduced earlier: "Kanggye", "Huichon Ryonha", "Kim", "Dempsey". */
    private static void shortNames(View v, Discourse d, List<Cand> out) {
        for (int i = 0; i < v.size(); i++) {
            if (!v.cap(i) || v.time[i]) continue;
            for (int len = 3; len >= 1; len--) {
                if (i + len > v.size()) continue;
                String key = String.join(" ", java.util.Arrays.asList(v.tx).subList(i, i + len));
                Ent e = d.shortNames.get(key);
                if (e == null) continue;
                // a longer proper name continues: "Kim Chol" is not "Kim"
                if (e.kind == Ent.Kind.PERSON && v.cap(i + len) && !v.is(i + len, "'s")) continue;
                boolean locative = v.is(i - 1, "in", "near", "outside", "around", "from");
                int priority = locative ? 2 : 4;
                out.add(new Cand(i, i + len, priority, e.kind, e.type, e.label, e.iri, Cand.Form.SHORT));
                break;
            }
        }
    }

    /** Longest first, then by priority; ties keep the earlier candidate. */
    private static List<Cand> choose(List<Cand> cands) {
        List<Cand> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt(Cand::length).reversed()
                .thenComparing(Comparator.comparingInt(Cand::priority).reversed())
                .thenComparingInt(Cand::from));
        List<Cand> out = new ArrayList<>();
        for (Cand c : sorted) {
            boolean overlaps = false;
            for (Cand o : out) overlaps |= c.from() < o.to() && o.from() < c.to();
            if (!overlaps) out.add(c);
        }
        out.sort(Comparator.comparingInt(Cand::from));
        return out;
    }

    private static void pronouns(View v, Discourse d, List<Mention> mentions) {
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "he", "him", "his", "himself", "she", "her", "herself")) {
                Ent target = d.pronounTarget();
                if (target != null) mentions.add(new Mention(i, i + 1, target, Mention.Form.PRONOUN));
            }
        }
    }

    private static Mention facilityMention(FacilityPhrase f, View v, Evidence ev, Discourse d) {
        switch (f.shape()) {
            case DESCRIBED -> {
                Ent e = d.described(f);
                e.mention(span(v, f.from(), f.to()), e.label);
                return new Mention(f.from(), f.to(), e, Mention.Form.NAME);
            }
            case SET -> {
                Ent set = d.focusSet != null && v.is(f.from(), "both", "the") ? d.focusSet : d.newSet(f);
                return new Mention(f.from(), f.to(), set, Mention.Form.SET);
            }
            case ORDINAL -> {
                Ent set = d.focusSet;
                if (set != null && set.members.size() >= f.ordinal()) {
                    return new Mention(f.from(), f.to(), set.members.get(f.ordinal() - 1), Mention.Form.REFERENCE);
                }
                return d.focusFacility == null ? null
                        : new Mention(f.from(), f.to(), d.focusFacility, Mention.Form.REFERENCE);
            }
            default -> {
                return d.focusFacility == null ? null
                        : new Mention(f.from(), f.to(), d.focusFacility, Mention.Form.REFERENCE);
            }
        }
    }

    /** The exact span of tokens [from, to) in the body, as a mention's evidence. */
    static Evidence span(View v, int from, int to) {
        int begin = v.sentence.tokens().get(from).begin();
        int end = v.sentence.tokens().get(to - 1).end();
        return new Evidence(v.sentence.index(), begin, end, v.text(from, to));
    }

    static boolean isPerson(Ent e) {
        return e.kind == Ent.Kind.PERSON;
    }

    static boolean isLeaderOrOfficial(Ent e) {
        return e.kind == Ent.Kind.PERSON && (e.type.equals(ARS.Leader) || e.type.equals(ARS.Official) || e.official);
    }
}
