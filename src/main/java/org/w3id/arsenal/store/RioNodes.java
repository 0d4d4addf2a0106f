package org.w3id.arsenal.store;

import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Triple;
import org.eclipse.rdf4j.model.Value;

/**
 * Turns Rio values into Jena nodes. One instance per file load: its blank nodes are scoped to that load, so
 * {@code _:b1} of one file (or of one load of the same file) never meets {@code _:b1} of another.
 */
final class RioNodes {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    /** BCP 47 shape as the Turtle grammar has it; anything else is a language tag no store should keep. */
    private static final Pattern LANG_TAG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    private final String scope = UUID.randomUUID().toString();
    private final TypeMapper types = TypeMapper.getInstance();
    // A one-entry cache: consecutive statements very often share a datatype.
    private String lastDatatypeIri;
    private RDFDatatype lastDatatype;

    Node node(Value v) {
        if (v instanceof IRI) return NodeFactory.createURI(v.stringValue());
        if (v instanceof Literal l) return literal(l);
        if (v instanceof BNode b) return NodeFactory.createBlankNode(scope + "-" + b.getID());
        if (v instanceof Triple t) return NodeFactory.createTripleNode(node(t.getSubject()), node(t.getPredicate()), node(t.getObject()));
        throw new IllegalArgumentException("unsupported RDF term: " + v);
    }

    private Node literal(Literal l) {
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        String dt = l.getDatatype().stringValue();
        if (dt.equals(XSD_STRING)) return NodeFactory.createLiteralString(l.getLabel());
        if (!dt.equals(lastDatatypeIri)) {
            lastDatatypeIri = dt;
            lastDatatype = types.getSafeTypeByName(dt);
        }
        return NodeFactory.createLiteralDT(l.getLabel(), lastDatatype);
    }

    /** An integer or decimal with no digits at all: never valid, and what Rio makes of a missing object. */
    static boolean isEmptyNumber(Value v) {
        if (!(v instanceof Literal l) || !l.getLabel().isEmpty()) return false;
        String dt = l.getDatatype().stringValue();
        return dt.equals(XSDDatatype.XSDinteger.getURI()) || dt.equals(XSDDatatype.XSDdecimal.getURI());
    }

    /** Why a value must not be stored even though the parser let it through (lenient mode), or null. */
    static String problem(Value v) {
        if (v instanceof Literal l && l.getLanguage().isPresent() && !LANG_TAG.matcher(l.getLanguage().get()).matches()) {
            return "invalid language tag '" + l.getLanguage().get() + "'";
        }
        return null;
    }
}
