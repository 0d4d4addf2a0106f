package org.w3id.arsenal.serve.pages;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.w3id.arsenal.vocab.ARS;

/**
 * The broad kind of a node, read from the ontology's top classes: it picks a node's colour in the charts and its
 * CSS class. Order matters: a node of several kinds takes the first.
 */
enum Kind {
    PERSON(ARS.Person, "person", "#1f6feb"),
    ORGANIZATION(ARS.Organization, "organization", "#8250df"),
    LOCATION(ARS.Location, "location", "#1a7f64"),
    FACILITY(ARS.Facility, "facility", "#cf222e"),
    PRODUCT(ARS.Product, "product", "#b35900"),
    EVENT(ARS.Event, "event", "#57606a"),
    POST(ARS.Post, "post", "#7d4e00"),
    AFFILIATION(ARS.Affiliation, "affiliation", "#6e7781"),
    REPORT(ARS.Report, "report", "#0550ae"),
    CLAIM(ARS.Claim, "claim", "#6e7781"),
    TEXT_SPAN(ARS.TextSpan, "text span", "#6e7781"),
    CANDIDATE(ARS.IdentityCandidate, "identity candidate", "#6e7781"),
    OTHER(null, "other", "#8c959f");

    final Resource top;
    final String label;
    final String colour;

    Kind(Resource top, String label, String colour) {
        this.top = top;
        this.label = label;
        this.colour = colour;
    }

    Node node() {
        return top == null ? null : top.asNode();
    }

    /** The CSS class of the kind. */
    String css() {
        return "k-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Events, posts and affiliations: n-ary relations told as one sentence rather than shown as things. */
    boolean hub() {
        return this == EVENT || this == POST || this == AFFILIATION;
    }

    /** Bookkeeping nodes that are not statements about the world. */
    boolean bookkeeping() {
        return this == CLAIM || this == TEXT_SPAN || this == CANDIDATE;
    }
}
