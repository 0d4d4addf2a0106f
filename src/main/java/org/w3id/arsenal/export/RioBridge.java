package org.w3id.arsenal.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Converts between Jena terms and RDF4J values, so the store (Jena) can be written by Rio and Rio's parse read
 * back as Jena quads. One instance per document: a blank node keeps one label for the whole write (a node shared
 * by two graphs stays one node in N-Quads and TriG), and labels are minted in order of first use, so the same
 * input always gives the same labels. Literals keep their exact lexical form, datatype and language tag.
 */
public final class RioBridge {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final Map<Node, BNode> toRio = new HashMap<>();
    private final Map<String, Node> toJena = new HashMap<>();

    public Statement statement(Triple t) {
        return VF.createStatement(resource(t.getSubject()), iri(t.getPredicate()), value(t.getObject()));
    }

    /** A quad as a statement in its graph; {@code keepGraph = false} drops the graph (for triple formats). */
    public Statement statement(Quad q, boolean keepGraph) {
        Resource s = resource(q.getSubject());
        IRI p = iri(q.getPredicate());
        Value o = value(q.getObject());
        return keepGraph && !q.isDefaultGraph()
                ? VF.createStatement(s, p, o, resource(q.getGraph()))
                : VF.createStatement(s, p, o);
    }

    public Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return toRio.computeIfAbsent(n, k -> VF.createBNode("b" + toRio.size()));
        if (n.isLiteral()) return literal(n);
        if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            return VF.createTriple(resource(t.getSubject()), iri(t.getPredicate()), value(t.getObject()));
        }
        throw new IllegalArgumentException("not an RDF term: " + n);
    }

    private Literal literal(Node n) {
        String lex = n.getLiteralLexicalForm();
        if (n.getLiteralBaseDirection() != Node.noTextDirection) {
            // RDF 1.2 directional strings have no RDF4J 5 counterpart: refusing beats silently dropping the direction.
            throw new IllegalArgumentException("directional language strings are not supported by RDF4J: " + n);
        }
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return VF.createLiteral(lex, lang);
        return VF.createLiteral(lex, VF.createIRI(n.getLiteralDatatypeURI()));
    }

    private Resource resource(Node n) {
        Value v = value(n);
        if (v instanceof Resource) return (Resource) v;
        throw new IllegalArgumentException("a literal cannot be a subject or graph name: " + n);
    }

    private IRI iri(Node n) {
        if (!n.isURI()) throw new IllegalArgumentException("a predicate must be an IRI: " + n);
        return VF.createIRI(n.getURI());
    }

    // ---- RDF4J -> Jena (reading dumps back) ----

    public Quad quad(Statement st) {
        Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
        return Quad.create(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    public Node node(Value v) {
        if (v.isIRI()) return NodeFactory.createURI(v.stringValue());
        if (v.isBNode()) return toJena.computeIfAbsent(((BNode) v).getID(), id -> NodeFactory.createBlankNode());
        if (v.isLiteral()) {
            Literal l = (Literal) v;
            if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            return NodeFactory.createLiteralDT(l.getLabel(),
                    TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        if (v.isTriple()) {
            var t = (org.eclipse.rdf4j.model.Triple) v;
            return NodeFactory.createTripleTerm(node(t.getSubject()), node(t.getPredicate()), node(t.getObject()));
        }
        throw new IllegalArgumentException("not an RDF term: " + v);
    }
}
