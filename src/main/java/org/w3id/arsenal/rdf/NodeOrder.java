package org.w3id.arsenal.rdf;

import java.util.Comparator;
import org.apache.jena.graph.Node;

/** A total, stable order of RDF terms (IRIs, then literals by lexical form, datatype and language). */
final class NodeOrder implements Comparator<Node> {

    static final NodeOrder INSTANCE = new NodeOrder();

    @Override
    public int compare(Node a, Node b) {
        int ka = kind(a);
        int kb = kind(b);
        if (ka != kb) return Integer.compare(ka, kb);
        if (a.isURI()) return a.getURI().compareTo(b.getURI());
        if (a.isBlank()) return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (c != 0) return c;
        c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        return c != 0 ? c : a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
    }

    private static int kind(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : 2;
    }
}
