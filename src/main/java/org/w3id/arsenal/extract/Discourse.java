package org.w3id.arsenal.extract;

import org.w3id.arsenal.claim.Iris;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.w3id.arsenal.vocab.ARS;

/**
 * What one report has talked about so far: its entities by IRI, the short names it has introduced ("Kanggye"
 * for the Kanggye General Tractor Plant, "Kim" for Kim Jong Un), and which person, facility and set of
 * facilities are in focus for "he", "the factory" and "the other".
 */
final class Discourse {

    final String reportSlug;
    final Map<String, Ent> entities = new LinkedHashMap<>();
    /** Short names introduced by this report: token text joined by spaces → entity. */
    final Map<String, Ent> shortNames = new HashMap<>();
    Ent focusPerson;
    Ent focusLeader;
    Ent focusFacility;
    Ent focusSet;
    private int sets;

    Discourse(String reportSlug) {
        this.reportSlug = reportSlug;
    }

    /** The entity a name candidate denotes, created on first sight. */
    Ent named(Cand c) {
        String iri = c.iri() != null ? c.iri() : Iris.entity(segment(c.kind()), c.label());
        Ent e = entities.get(iri);
        if (e == null) {
            e = new Ent(c.kind(), iri, c.type(), c.label(), c.iri() != null);
            entities.put(iri, e);
            introduce(e);
        }
        return e;
    }

    /** A product kind: one IRI per label across all reports ("tank" is the same kind everywhere). */
    Ent product(ProductPhrase p) {
        String iri = Iris.entity("product", p.label());
        Ent e = entities.get(iri);
        if (e == null) {
            e = new Ent(Ent.Kind.PRODUCT, iri, p.type(), p.label(), false);
            e.head = p.head();
            for (String w : p.words()) if (!w.equals("of") && !w.equals("for")) e.words.add(ProductFinder.singular(w));
            e.generic = p.generic();
            entities.put(iri, e);
        }
        e.aliases.addAll(p.aliases());
        return e;
    }

    /** A described facility: its own IRI within this report, as another report's may be another plant. */
    Ent described(FacilityPhrase f) {
        String iri = Iris.describedFacility(reportSlug, f.label());
        Ent e = entities.get(iri);
        if (e == null) {
            e = new Ent(Ent.Kind.FACILITY, iri, f.type(), f.label(), false);
            e.described = true;
            e.planned = f.planned();
            entities.put(iri, e);
        }
        return e;
    }

    /** A numbered set of facilities ("two production sites"); never output itself. */
    Ent newSet(FacilityPhrase f) {
        Ent e = new Ent(Ent.Kind.FACILITY, Iris.describedFacility(reportSlug, "set-" + (++sets)), f.type(), "", false);
        e.isSet = true;
        e.setSize = f.setSize();
        focusSet = e;
        return e;
    }

    /** Registers the short names a newly named entity can be referred to by later in the report. */
    private void introduce(Ent e) {
        if (e.kind == Ent.Kind.PERSON) {
            String[] parts = e.label.split(" ");
            if (parts.length > 1) {
                e.surname = isKorean(parts[0]) ? parts[0] : parts[parts.length - 1];
                shortNames.putIfAbsent(e.surname, e);
            }
        } else if (e.kind == Ent.Kind.FACILITY && !e.known) {
            String shortName = facilityShortName(e.label);
            if (shortName != null) shortNames.put(shortName, e);
        } else if (e.kind == Ent.Kind.FACILITY) {
            String shortName = facilityShortName(e.label);
            if (shortName != null) shortNames.putIfAbsent(shortName, e);
        }
    }

    private static boolean isKorean(String surname) {
        return Vocabulary.INSTANCE.koreanSurnames.contains(surname);
    }

    /** The proper part of a facility name: the words before the first common descriptor. */
    static String facilityShortName(String label) {
        String[] words = label.split(" ");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (Vocabulary.INSTANCE.facilityDescriptors.contains(w.toLowerCase(java.util.Locale.ROOT))) break;
            kept.add(w);
        }
        if (kept.isEmpty() || kept.size() == words.length) return null;
        return String.join(" ", kept);
    }

    /** Keeps "he" and "Kim" pointing at the person most recently named, preferring leaders. */
    void saw(Ent e) {
        if (e.kind == Ent.Kind.PERSON) {
            focusPerson = e;
            if (e.type.equals(ARS.Leader)) focusLeader = e;
            if (!e.surname.isEmpty()) shortNames.put(e.surname, preferLeader(shortNames.get(e.surname), e));
        } else if (e.kind == Ent.Kind.FACILITY && !e.isSet) {
            focusFacility = e;
        }
    }

    private static Ent preferLeader(Ent current, Ent candidate) {
        if (current == null || current == candidate) return candidate;
        boolean currentLeader = current.type.equals(ARS.Leader);
        return currentLeader && !candidate.type.equals(ARS.Leader) ? current : candidate;
    }

    /** "he", "his": the leader in focus if any (state-media prose is about him), else the last person. */
    Ent pronounTarget() {
        return focusLeader != null ? focusLeader : focusPerson;
    }

    private static String segment(Ent.Kind kind) {
        return switch (kind) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case COUNTRY -> "country";
            case PLACE -> "place";
            case FACILITY -> "facility";
            case PRODUCT -> "product";
        };
    }

    static Ent.Kind kindOf(Resource type) {
        String n = type.getLocalName();
        return switch (n) {
            case "Person", "Leader", "Official" -> Ent.Kind.PERSON;
            case "Country" -> Ent.Kind.COUNTRY;
            case "Place", "Province", "City", "County", "Location" -> Ent.Kind.PLACE;
            case "Facility", "Factory", "ProductionSite", "Shipyard", "Port", "Depot", "ResearchSite" ->
                    Ent.Kind.FACILITY;
            default -> Taxonomy.INSTANCE.isA(type, ARS.Product) ? Ent.Kind.PRODUCT : Ent.Kind.ORGANIZATION;
        };
    }
}
