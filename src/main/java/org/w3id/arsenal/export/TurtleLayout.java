package org.w3id.arsenal.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.datatypes.XMLDatatypeUtil;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * How pretty Rio's Turtle and TriG may be without changing the data, decided in one pass before writing.
 * Both refinements need the whole document in view, so content over {@link #LIMIT} statements gets neither.
 *
 * @param inlineBlankNodes {@code [ … ]} and {@code ( … )}: not when blank nodes form a cycle (_:a :p _:b .
 *     _:b :p _:a sends Rio into endless recursion), nor, with graphs, when a blank node is in two graphs
 *     (TriG inlining would cut the link between them)
 * @param abbreviateNumbers {@code 42} for {@code "42"^^xsd:integer}: Rio writes the canonical form, so only when
 *     every number and boolean already is canonical ({@code "007"} would become {@code 7})
 */
record TurtleLayout(boolean inlineBlankNodes, boolean abbreviateNumbers) {

    /** Rio buffers the whole document to inline blank nodes: above this, stream with _:labels. */
    static final long LIMIT = 20_000;

    private static final Set<String> ABBREVIATED = Set.of(Vocab.XSD + "integer", Vocab.XSD + "decimal",
            Vocab.XSD + "double", Vocab.XSD + "boolean");

    static final TurtleLayout PLAIN = new TurtleLayout(false, false);

    static TurtleLayout of(Content content, boolean quads) {
        Map<Node, List<Node>> edges = new HashMap<>();
        Map<Node, Node> graphOf = new HashMap<>();
        boolean inline = true, canonical = true;
        Iterator<Quad> it = content.quads();
        try {
            for (long n = 0; it.hasNext(); ) {
                Quad q = it.next();
                if (++n > LIMIT) return PLAIN;
                Node s = q.getSubject(), o = q.getObject();
                if (quads && (inTwoGraphs(graphOf, s, q.getGraph()) || inTwoGraphs(graphOf, o, q.getGraph()))) {
                    inline = false;
                }
                if (s.isBlank() && o.isBlank()) edges.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
                if (canonical && o.isLiteral() && ABBREVIATED.contains(o.getLiteralDatatypeURI())) {
                    canonical = isCanonical(o);
                }
            }
        } finally {
            Iter.close(it);
        }
        return new TurtleLayout(inline && !BlankNodeCycles.any(edges), canonical);
    }

    private static boolean inTwoGraphs(Map<Node, Node> graphOf, Node n, Node g) {
        return n.isBlank() && !graphOf.computeIfAbsent(n, k -> g).equals(g);
    }

    private static boolean isCanonical(Node literal) {
        String lex = literal.getLiteralLexicalForm();
        try {
            return lex.equals(XMLDatatypeUtil.normalize(lex,
                    SimpleValueFactory.getInstance().createIRI(literal.getLiteralDatatypeURI())));
        } catch (IllegalArgumentException e) {
            return false; // ill-typed: Rio would write it quoted, but do not rely on that
        }
    }
}
