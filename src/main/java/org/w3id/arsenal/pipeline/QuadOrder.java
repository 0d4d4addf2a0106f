package org.w3id.arsenal.pipeline;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/** A total order of quads and triples (graph, subject, predicate, object), so written files are stable. */
final class QuadOrder {

    static final Comparator<Node> NODES = QuadOrder::compare;
    static final Comparator<Quad> QUADS = Comparator.comparing(Quad::getGraph, NODES)
            .thenComparing(Quad::getSubject, NODES).thenComparing(Quad::getPredicate, NODES)
            .thenComparing(Quad::getObject, NODES);
    static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, NODES).thenComparing(Triple::getObject, NODES);

    private QuadOrder() {}

    private static int compare(Node a, Node b) {
        int ka = a.isURI() ? 0 : a.isBlank() ? 1 : 2;
        int kb = b.isURI() ? 0 : b.isBlank() ? 1 : 2;
        if (ka != kb) return Integer.compare(ka, kb);
        if (a.isURI()) return a.getURI().compareTo(b.getURI());
        if (a.isBlank()) return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (c != 0) return c;
        c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        return c != 0 ? c : a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
    }
}
