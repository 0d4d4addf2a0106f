package org.w3id.arsenal.records;

import org.apache.jena.rdf.model.Resource;
import org.w3id.arsenal.facts.FactKind;
import org.w3id.arsenal.vocab.ARS;

/** The ontology class of each entity kind, and how a record without a quote is written as its own evidence. */
final class RecordTypes {

    private RecordTypes() {}

    static Resource of(FactKind kind) {
        return switch (kind) {
            case LEADER -> ARS.Leader;
            case OFFICIAL -> ARS.Official;
            case PERSON -> ARS.Person;
            case ORGANIZATION -> ARS.Organization;
            case COUNTRY -> ARS.Country;
            case PLACE -> ARS.Place;
            case FACILITY -> ARS.Facility;
            case PRODUCT -> ARS.Product;
            default -> throw new IllegalArgumentException("not an entity kind: " + kind);
        };
    }

    /**
     * The text that stands in for the quote of a record that has none: the record itself, plainly marked as a
     * record rather than a sentence of the source, e.g. {@code [record] visited: Kim Jong Un; Kanggye …; 2023-08}.
     */
    static String asText(RecordCheck.Row r) {
        StringBuilder b = new StringBuilder("[record] ").append(r.kind().id()).append(": ").append(r.subject());
        if (!r.object().isEmpty()) b.append("; ").append(r.object());
        r.date().ifPresent(d -> b.append("; ").append(d.iso()));
        if (!r.item().isEmpty()) b.append("; ").append(r.item());
        return b.toString();
    }
}
