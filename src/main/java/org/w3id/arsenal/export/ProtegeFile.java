package org.w3id.arsenal.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology and every individual of the store as one OWL 2 DL file that Protégé (and the OWL API) opens
 * offline. The ontology modules are inlined under one header (no owl:imports to resolve); every individual is
 * declared (owl:NamedIndividual), and so is any class or annotation property the data uses but the ontology does
 * not declare. A statement that would break OWL 2 DL is left out of this file only, and listed in its header.
 *
 * <p>Literals of xsd:date, xsd:gYear and xsd:gYearMonth (report and event dates) are kept although they are
 * outside the OWL 2 datatype map: the ontology gives the date properties the range rdfs:Literal, so they are
 * consistent, and HermiT accepts them with {@code Configuration.ignoreUnsupportedDatatypes = true}.
 */
public final class ProtegeFile {

    public static final String IRI = Prefixes.DUMP + "arsenal-protege";

    private static final Set<String> RESERVED = Set.of(RDF.getURI(), RDFS.getURI(), OWL2.getURI(), Vocab.XSD);
    private static final Set<Node> BUILT_IN_ANNOTATIONS = Set.of(RDFS.label.asNode(), RDFS.comment.asNode(),
            RDFS.seeAlso.asNode(), RDFS.isDefinedBy.asNode(), OWL2.versionInfo.asNode(), OWL2.deprecated.asNode(),
            OWL2.priorVersion.asNode(), OWL2.backwardCompatibleWith.asNode(), OWL2.incompatibleWith.asNode());

    /** The file's triples (header first, then sorted), its header comment, and what was left out by reason. */
    public record Result(List<Triple> triples, List<String> header, Map<String, Integer> leftOut) {}

    private final Vocab vocab;
    private final Set<Node> individuals = new TreeSet<>(TermOrder.NODES);
    private final Set<Node> newClasses = new TreeSet<>(TermOrder.NODES);
    private final Set<Node> newAnnotationProperties = new TreeSet<>(TermOrder.NODES);
    private final Set<Node> newDatatypes = new TreeSet<>(TermOrder.NODES);
    private final Map<String, Integer> unsupportedLiterals = new TreeMap<>();
    private final Map<String, List<Triple>> leftOut = new LinkedHashMap<>();

    private ProtegeFile(Vocab vocab) {
        this.vocab = vocab;
    }

    /** Builds the file's content from a store (call inside a read transaction). */
    public static Result build(DatasetGraph dsg) {
        Set<Node> schemaGraphs = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode())
                .forEachRemaining(q -> schemaGraphs.add(q.getGraph()));
        Graph schema = GraphFactory.createDefaultGraph();
        Graph data = GraphFactory.createDefaultGraph();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            (schemaGraphs.contains(q.getGraph()) ? schema : data).add(q.asTriple());
        }
        return new ProtegeFile(new Vocab(schema)).assemble(schema, data);
    }

    private Result assemble(Graph schema, Graph data) {
        List<Triple> body = new ArrayList<>();
        schema.find().forEachRemaining(t -> {
            // the modules' headers give way to this file's header; their import is inlined
            if (!vocab.ontologies.contains(t.getSubject()) && !t.getPredicate().equals(OWL2.imports.asNode())) {
                body.add(t);
            }
        });
        data.find().forEachRemaining(t -> {
            if (!schema.contains(t) && admit(t)) body.add(t);
        });
        declare(body, individuals, OWL2.NamedIndividual.asNode());
        declare(body, newClasses, OWL2.Class.asNode());
        declare(body, newAnnotationProperties, OWL2.AnnotationProperty.asNode());
        declare(body, newDatatypes, RDFS.Datatype.asNode());
        body.sort(TermOrder.TRIPLES);

        List<String> header = header(body.size());
        Node self = NodeFactory.createURI(IRI);
        List<Triple> triples = new ArrayList<>();
        triples.add(Triple.create(self, RDF.type.asNode(), OWL2.Ontology.asNode()));
        triples.add(Triple.create(self, RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Arsenal: ontology and individuals", "en")));
        triples.add(Triple.create(self, RDFS.comment.asNode(),
                NodeFactory.createLiteralLang(String.join("\n", header), "en")));
        vocab.versionInfo.forEach(v -> triples.add(Triple.create(self, OWL2.versionInfo.asNode(), v)));
        triples.addAll(body);
        Map<String, Integer> counts = new LinkedHashMap<>();
        leftOut.forEach((reason, ts) -> counts.put(reason, ts.size()));
        return new Result(triples, header, counts);
    }

    /** Whether a data statement can stay, declaring what it needs; if not, records why. */
    private boolean admit(Triple t) {
        Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
        if (vocab.isTerm(s)) {
            if (!annotation(p)) return reject("statements about ontology terms made outside the ontology modules", t);
            if (o.isLiteral()) datatype(o);
            return true;
        }
        if (p.equals(RDF.type.asNode())) {
            if (!o.isURI()) return reject("rdf:type with an anonymous class", t);
            if (!vocab.classes.contains(o) && !o.equals(OWL2.NamedIndividual.asNode())) {
                if (reserved(o) || vocab.isTerm(o)) return reject("rdf:type with an object that is not a class", t);
                newClasses.add(o);
            }
            return individual(s);
        }
        if (vocab.objectProperties.contains(p)) {
            if (o.isLiteral()) return reject("object properties with a literal value", t);
            return individual(s) && individual(o);
        }
        if (vocab.dataProperties.contains(p)) {
            if (!o.isLiteral()) return reject("data properties with a non-literal value", t);
            datatype(o);
            return individual(s);
        }
        if (annotation(p)) {
            if (o.isLiteral()) datatype(o);
            return individual(s);
        }
        if (p.equals(OWL2.sameAs.asNode()) || p.equals(OWL2.differentFrom.asNode())) {
            if (o.isLiteral()) return reject("owl:sameAs/owl:differentFrom with a literal", t);
            return individual(s) && individual(o);
        }
        if (reserved(p)) return reject("reserved-vocabulary predicates on individuals", t);
        newAnnotationProperties.add(p);
        if (o.isLiteral()) datatype(o);
        return individual(s);
    }

    private boolean annotation(Node p) {
        return vocab.annotationProperties.contains(p) || BUILT_IN_ANNOTATIONS.contains(p)
                || newAnnotationProperties.contains(p);
    }

    private boolean individual(Node n) {
        if (n.isURI() && !vocab.individuals.contains(n)) individuals.add(n);
        return true;
    }

    private void datatype(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        if (Vocab.OWL2_DATATYPES.contains(dt)) return;
        unsupportedLiterals.merge(dt, 1, Integer::sum);
        if (!reserved(NodeFactory.createURI(dt))) newDatatypes.add(NodeFactory.createURI(dt));
    }

    private boolean reject(String reason, Triple t) {
        leftOut.computeIfAbsent(reason, k -> new ArrayList<>()).add(t);
        return false;
    }

    private static boolean reserved(Node n) {
        return n.isURI() && RESERVED.contains(n.getNameSpace());
    }

    private static void declare(List<Triple> body, Set<Node> entities, Node type) {
        entities.forEach(e -> body.add(Triple.create(e, RDF.type.asNode(), type)));
    }

    private List<String> header(int statements) {
        List<String> h = new ArrayList<>();
        h.add("Arsenal: the ontology (core and alignment modules) and every individual of the store, as one");
        h.add("OWL 2 DL file for Protégé and the OWL API (" + statements + " statements besides this header).");
        h.add("Written by 'arsenal export'. The modules' headers and owl:imports give way to this header:");
        h.add("nothing needs fetching.");
        h.add("Declared here so the data stays OWL 2 DL: " + individuals.size() + " owl:NamedIndividual"
                + list(", classes", newClasses) + list(", annotation properties", newAnnotationProperties)
                + list(", datatypes", newDatatypes) + ".");
        h.add("ars:claimPredicate is an annotation property: its values (property IRIs) stay annotation values,");
        h.add("so no IRI is both a property and an individual (no punning).");
        if (!unsupportedLiterals.isEmpty()) {
            StringBuilder b = new StringBuilder("Literals outside the OWL 2 datatype map, kept (the date properties"
                    + " have range rdfs:Literal): ");
            unsupportedLiterals.forEach((dt, n) -> b.append(short_(dt)).append(" ×").append(n).append(", "));
            h.add(b.substring(0, b.length() - 2) + ".");
            h.add("The OWL API's OWL 2 DL check reports these literals; HermiT rejects them unless configured with");
            h.add("ignoreUnsupportedDatatypes = true (Arsenal's tests do so), and then finds the file consistent.");
        }
        if (leftOut.isEmpty()) {
            h.add("Left out of this file: nothing (every statement of the store is here).");
        } else {
            h.add("Left out of this file only, as they would break OWL 2 DL (the other dumps keep them):");
            leftOut.forEach((reason, ts) -> h.add("  " + reason + ": " + ts.size() + ", e.g. "
                    + short_(ts.get(0).getSubject()) + " " + short_(ts.get(0).getPredicate()) + " "
                    + short_(ts.get(0).getObject())));
        }
        return h;
    }

    private static String list(String label, Set<Node> nodes) {
        if (nodes.isEmpty()) return "";
        List<String> names = nodes.stream().map(ProtegeFile::short_).toList();
        return label + " " + (names.size() <= 6 ? String.join(" ", names) : names.size() + "");
    }

    private static String short_(Node n) {
        if (n.isURI()) return short_(n.getURI());
        if (n.isBlank()) return "[]";
        String lex = n.getLiteralLexicalForm();
        return "\"" + (lex.length() > 40 ? lex.substring(0, 40) + "…" : lex).replaceAll("\\s+", " ") + "\"";
    }

    private static String short_(String iri) {
        for (Map.Entry<String, String> e : Prefixes.all().entrySet()) {
            String local = iri.startsWith(e.getValue()) ? iri.substring(e.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z][\\w-]*")) return e.getKey() + ":" + local;
        }
        return "<" + iri + ">";
    }
}
