package org.w3id.arsenal.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The entities an ontology graph declares, by kind: what the Protégé file checks instance data against. */
final class Vocab {

    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** The OWL 2 datatype map (OWL 2 Structural Specification, section 4), plus rdf:langString. */
    static final Set<String> OWL2_DATATYPES = datatypeMap();

    final Set<Node> ontologies = new HashSet<>();
    final Set<Node> classes = new HashSet<>();
    final Set<Node> objectProperties = new HashSet<>();
    final Set<Node> dataProperties = new HashSet<>();
    final Set<Node> annotationProperties = new HashSet<>();
    final Set<Node> datatypes = new HashSet<>();
    final Set<Node> individuals = new HashSet<>();
    final List<Node> versionInfo = new ArrayList<>();

    Vocab(Graph schema) {
        collect(schema, OWL2.Ontology.asNode(), ontologies);
        collect(schema, OWL2.Class.asNode(), classes);
        collect(schema, OWL2.ObjectProperty.asNode(), objectProperties);
        collect(schema, OWL2.DatatypeProperty.asNode(), dataProperties);
        collect(schema, OWL2.AnnotationProperty.asNode(), annotationProperties);
        collect(schema, RDFS.Datatype.asNode(), datatypes);
        collect(schema, OWL2.NamedIndividual.asNode(), individuals);
        ontologies.forEach(o -> schema.find(o, OWL2.versionInfo.asNode(), Node.ANY)
                .forEachRemaining(t -> { if (!versionInfo.contains(t.getObject())) versionInfo.add(t.getObject()); }));
    }

    /** A class, property, datatype or ontology: not something instance data may describe or type. */
    boolean isTerm(Node n) {
        return ontologies.contains(n) || classes.contains(n) || objectProperties.contains(n)
                || dataProperties.contains(n) || annotationProperties.contains(n) || datatypes.contains(n);
    }

    private static void collect(Graph g, Node type, Set<Node> into) {
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) into.add(t.getSubject());
        });
    }

    private static Set<String> datatypeMap() {
        Set<String> s = new HashSet<>();
        for (String x : List.of("decimal", "integer", "nonNegativeInteger", "nonPositiveInteger", "positiveInteger",
                "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort",
                "unsignedByte", "double", "float", "string", "normalizedString", "token", "language", "Name", "NCName",
                "NMTOKEN", "boolean", "hexBinary", "base64Binary", "anyURI", "dateTime", "dateTimeStamp")) {
            s.add(XSD + x);
        }
        s.addAll(List.of(RDF.getURI() + "PlainLiteral", RDF.getURI() + "XMLLiteral", RDF.getURI() + "langString",
                RDFS.Literal.getURI(), OWL2.getURI() + "real", OWL2.getURI() + "rational"));
        return Set.copyOf(s);
    }
}
