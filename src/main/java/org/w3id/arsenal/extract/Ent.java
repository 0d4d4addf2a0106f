package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;
import org.w3id.arsenal.claim.Evidence;

/** An entity (or a set of entities) as the extraction builds it up over one report. */
final class Ent {

    enum Kind { PERSON, ORGANIZATION, COUNTRY, PLACE, FACILITY, PRODUCT }

    final Kind kind;
    final String iri;
    Resource type;
    String label;
    final boolean known;
    final TreeSet<String> aliases = new TreeSet<>();
    final List<Evidence> mentions = new ArrayList<>();

    // facilities
    boolean described;
    boolean planned;
    /** A numbered plural ("two production sites") waiting for its members ("one of them is …"). */
    boolean isSet;
    int setSize;
    final List<Ent> members = new ArrayList<>();
    final List<Runnable> onMember = new ArrayList<>();

    // products
    String head = "";
    final Set<String> words = new LinkedHashSet<>();
    boolean generic;
    /** Mentioned only as a word inside a facility's description ("anti-aircraft missile complex"). */
    boolean onlyModifier = true;
    /** Produced or transferred in a stated relation. */
    boolean related;
    /** Set when merged into another entity of the report (a bare "shells" into "MLRS shells"). */
    Ent canonical;

    /** A product's qualifying words, including those of a multi-word head ("cnc" in "CNC machines"). */
    java.util.Set<String> qualifiers() {
        java.util.Set<String> q = new java.util.TreeSet<>(words);
        q.removeAll(Vocabulary.INSTANCE.productSkip);
        String[] labelWords = label.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (int i = 0; i < labelWords.length - 1; i++) {
            if (!Vocabulary.INSTANCE.productSkip.contains(labelWords[i])) q.add(labelWords[i]);
        }
        q.remove(head);
        return q;
    }

    Ent resolve() {
        Ent e = this;
        while (e.canonical != null) e = e.canonical;
        return e;
    }

    // persons
    String surname = "";
    boolean official;

    Ent(Kind kind, String iri, Resource type, String label, boolean known) {
        this.kind = kind;
        this.iri = iri;
        this.type = type;
        this.label = label;
        this.known = known;
    }

    boolean isLeader(Resource leaderType) {
        return kind == Kind.PERSON && type.equals(leaderType);
    }

    void mention(Evidence e, String surface) {
        if (mentions.isEmpty() || !mentions.get(mentions.size() - 1).equals(e)) mentions.add(e);
        if (!surface.equals(label)) aliases.add(surface);
    }

    @Override
    public String toString() {
        return kind + ":" + label;
    }
}
