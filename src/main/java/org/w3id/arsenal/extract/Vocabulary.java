package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.arsenal.claim.Certainty;
import org.w3id.arsenal.vocab.ARS;

/** The lexicon files, read once into the shapes the rules use. */
final class Vocabulary {

    static final Vocabulary INSTANCE = new Vocabulary();

    /** @param canonical the label of a bare mention, or null to keep the words used */
    record ProductKind(String[] head, Resource type, boolean generic, String canonical) {}

    record Refinement(Resource from, List<String> cues, Resource to) {}

    record FacilityHead(String[] head, Resource type, boolean produces) {}

    record Trigger(String[] tokens, String tag) {}

    final List<ProductKind> productKinds = new ArrayList<>();
    final List<Refinement> refinements = new ArrayList<>();
    final Set<String> productModifiers;
    final Set<String> productSkip;
    final List<FacilityHead> facilityHeads = new ArrayList<>();
    final Map<String, Resource> facilityNameHeads = new HashMap<>();
    final List<Trigger> visitTriggers;
    final List<Trigger> visitNouns;
    final List<Trigger> produceTriggers;
    final List<Trigger> exportTriggers;
    final List<Trigger> accompanyTriggers;
    final List<Trigger> hedges;
    final List<Trigger> attributions;
    final List<Trigger> roles;
    final Set<String> officialTitles;
    final Set<String> koreanSurnames;
    final Map<String, Resource> orgHeads = new HashMap<>();
    final Set<String> facilityDescriptors;
    final Set<String> nameStopwords;

    private Vocabulary() {
        for (String[] r : Lexicon.table("product-kinds.tsv")) {
            productKinds.add(new ProductKind(r[0].split(" "), cls(r[1]), r.length > 2 && r[2].equals("yes"),
                    r.length > 3 ? r[3] : null));
        }
        // Longest heads first: "machine gun" before "gun", "cnc machine" before "machine".
        productKinds.sort((a, b) -> b.head.length - a.head.length);
        for (String[] r : Lexicon.table("product-refinements.tsv")) {
            refinements.add(new Refinement(cls(r[0]), List.of(r[1].split(" ")), cls(r[2])));
        }
        productModifiers = Lexicon.words("product-modifiers.txt");
        productSkip = Lexicon.words("product-skip.txt");
        for (String[] r : Lexicon.table("facility-heads.tsv")) {
            facilityHeads.add(new FacilityHead(r[0].split(" "), cls(r[1]), r[2].equals("yes")));
        }
        facilityHeads.sort((a, b) -> b.head.length - a.head.length);
        for (String[] r : Lexicon.table("facility-name-heads.tsv")) facilityNameHeads.put(r[0], cls(r[1]));
        visitTriggers = triggers(Lexicon.phrases("visit-triggers.txt"));
        visitNouns = triggers(Lexicon.phrases("visit-nouns.txt"));
        produceTriggers = triggers(Lexicon.phrases("produce-triggers.txt"));
        exportTriggers = tagged(Lexicon.table("export-triggers.tsv"), 1);
        accompanyTriggers = tagged(Lexicon.table("accompany-triggers.tsv"), -1);
        hedges = tagged(Lexicon.table("hedges.tsv"), 1);
        attributions = tagged(Lexicon.table("attributions.tsv"), 1);
        roles = triggers(Lexicon.phrases("roles.txt"));
        officialTitles = Lexicon.words("official-titles.txt");
        koreanSurnames = Lexicon.words("korean-surnames.txt");
        for (String[] r : Lexicon.table("org-heads.tsv")) orgHeads.put(r[0], cls(r[1]));
        facilityDescriptors = Lexicon.words("facility-descriptors.txt");
        nameStopwords = Lexicon.words("name-stopwords.txt");
    }

    private static Resource cls(String localName) {
        return ResourceFactory.createResource(ARS.NS + localName);
    }

    private static List<Trigger> triggers(List<String> phrases) {
        List<Trigger> out = new ArrayList<>();
        for (String p : phrases) out.add(new Trigger(p.toLowerCase(Locale.ROOT).split(" "), ""));
        out.sort((a, b) -> b.tokens.length - a.tokens.length);
        return out;
    }

    /** Rows of phrase + tag; tag column -1 joins the remaining columns ("companion\tafter"). */
    private static List<Trigger> tagged(List<String[]> rows, int tagColumn) {
        List<Trigger> out = new ArrayList<>();
        for (String[] r : rows) {
            String tag = tagColumn < 0 ? String.join("\t", List.of(r).subList(1, r.length)) : r[tagColumn];
            out.add(new Trigger(r[0].toLowerCase(Locale.ROOT).split(" "), tag));
        }
        out.sort((a, b) -> b.tokens.length - a.tokens.length);
        return out;
    }

    static Certainty certainty(String tag) {
        return tag.equals("NONE") ? Certainty.CONFIRMED : Certainty.valueOf(tag);
    }

    /** Words of the lexicon that make a word a known product head, for quick rejection. */
    Set<String> productHeadWords() {
        Set<String> out = new HashSet<>();
        for (ProductKind k : productKinds) out.add(k.head[k.head.length - 1]);
        return out;
    }
}
