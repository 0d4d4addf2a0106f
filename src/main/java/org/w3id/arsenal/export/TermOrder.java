package org.w3id.arsenal.export;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** A total order of triples for files people read: by subject, rdf:type first, then predicate and object. */
final class TermOrder {

    static final Comparator<Node> NODES = TermOrder::compare;
    static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(t -> !t.getPredicate().equals(RDF.type.asNode()))
            .thenComparing(Triple::getPredicate, NODES).thenComparing(Triple::getObject, NODES);

    private TermOrder() {}

    private static int compare(Node a, Node b) {
        int c = Integer.compare(rank(a), rank(b));
        if (c != 0) return c;
        if (a.isURI()) return a.getURI().compareTo(b.getURI());
        if (a.isBlank()) return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        if (a.isLiteral()) {
            c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
            if (c == 0) c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
            return c != 0 ? c : a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        }
        return a.toString().compareTo(b.toString());
    }

    private static int rank(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : n.isLiteral() ? 2 : 3;
    }
}
