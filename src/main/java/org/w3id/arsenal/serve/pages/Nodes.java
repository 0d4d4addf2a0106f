package org.w3id.arsenal.serve.pages;

import java.util.Comparator;
import org.apache.jena.graph.Node;

/** Small helpers over RDF nodes: a total order (pages must come out the same every time) and plain values. */
final class Nodes {

    /** IRIs, then blank nodes, then literals; within each by their text. */
    static final Comparator<Node> ORDER = Comparator.comparingInt(Nodes::rank).thenComparing(Nodes::key);

    private Nodes() {}

    private static int rank(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : 2;
    }

    private static String key(Node n) {
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm() + "\u0000" + n.getLiteralLanguage() + "\u0000"
                + n.getLiteralDatatypeURI();
        return n.toString();
    }

    /** The lexical form of a literal, the IRI of an IRI; null for null. */
    static String str(Node n) {
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** An integer literal's value, or null when it is absent or not a number. */
    static Integer integer(Node n) {
        if (n == null || !n.isLiteral()) return null;
        try {
            return Integer.valueOf(n.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
