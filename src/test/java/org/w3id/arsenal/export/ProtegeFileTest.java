package org.w3id.arsenal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.UseOfDefinedDatatypeInLiteral;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredDatatype;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.arsenal.store.Store;

/**
 * The Protégé-ready file opens as Protégé would open it (OWL API, offline, each syntax with its own parser only),
 * with zero errors, as OWL 2 DL, and HermiT finds it consistent; the sample reports' individuals are in it with
 * their types. HermiT runs with {@code ignoreUnsupportedDatatypes = true} because report dates are xsd:date,
 * xsd:gYear and xsd:gYearMonth literals, which are outside the OWL 2 datatype map (see ProtegeFile).
 */
class ProtegeFileTest {

    private static final String ERROR_ENTITY_PREFIX = "http://org.semanticweb.owlapi/error#";
    /** The only datatypes the file may use outside the OWL 2 datatype map: report and event dates. */
    private static final Set<String> DATE_TYPES = Set.of(Vocab.XSD + "date", Vocab.XSD + "gYear",
            Vocab.XSD + "gYearMonth");
    /** What the OWL API reports for such a literal: an undeclared datatype, and a "defined" one used in a literal. */
    private static final Set<Class<?>> DATATYPE_VIOLATIONS = Set.of(UseOfUndeclaredDatatype.class,
            UseOfDefinedDatatypeInLiteral.class);

    static OWLOntology load(Path file) throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        m.getIRIMappers().clear();
        m.getIRIMappers().add(iri -> {
            throw new IllegalStateException("the Protégé file must not import anything, but asks for " + iri);
        });
        m.setOntologyLoaderConfiguration(m.getOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION)
                .setReportStackTraces(true).setStrict(false));
        OWLDocumentFormat format = file.toString().endsWith(".ttl") ? new TurtleDocumentFormat()
                : new RDFXMLDocumentFormat();
        return m.loadOntologyFromOntologyDocument(new FileDocumentSource(file.toFile(), format));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"arsenal-protege.owl", "arsenal-protege.ttl"})
    void opensWithoutErrorsAsOwl2DlAndHermitFindsItConsistent(String name) throws Exception {
        OWLOntology o = load(Fixtures.dumps(false).resolve(name));
        assertNoErrors(o, name);

        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true; // xsd:date / gYear / gYearMonth dates, see the class comment
        OWLReasoner hermit = new ReasonerFactory().createReasoner(o, config);
        boolean consistent;
        try {
            consistent = hermit.isConsistent();
        } finally {
            hermit.dispose();
        }
        System.out.printf("Protégé file %s: %d axioms, %d classes, %d individuals; HermiT: %s%n", name,
                o.getAxiomCount(), o.classesInSignature().count(), o.individualsInSignature().count(),
                consistent ? "consistent" : "INCONSISTENT");
        assertTrue(consistent, name + " is inconsistent");
    }

    /** Zero unparsed triples, no OWL API error entities, no OWL 2 DL violation except the dates' datatypes. */
    static void assertNoErrors(OWLOntology o, String name) {
        OWLOntologyLoaderMetaData meta = o.getFormat().getOntologyLoaderMetaData()
                .orElseThrow(() -> new AssertionError("no loader metadata for " + name));
        List<RDFTriple> unparsed = meta.getUnparsedTriples().collect(Collectors.toList());
        assertEquals(List.of(), unparsed, "unparsed triples in " + name);
        assertEquals(List.of(), o.signature(Imports.INCLUDED).map(e -> e.getIRI().toString())
                .filter(s -> s.startsWith(ERROR_ENTITY_PREFIX)).collect(Collectors.toList()), "error entities");
        assertEquals(0L, o.imports().count(), "imports");
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(o).getViolations();
        List<OWLProfileViolation> others = new ArrayList<>();
        for (OWLProfileViolation v : violations) {
            boolean aboutDates = DATATYPE_VIOLATIONS.contains(v.getClass())
                    && v.getAxiom() != null
                    && v.getAxiom().datatypesInSignature().anyMatch(d -> DATE_TYPES.contains(d.toStringID()))
                    && v.getAxiom().datatypesInSignature().allMatch(d -> DATE_TYPES.contains(d.toStringID())
                            || d.isBuiltIn());
            if (!aboutDates) others.add(v);
        }
        System.out.printf("Protégé file %s: %d OWL 2 DL profile violations, %d of them about"
                + " xsd:date/gYear/gYearMonth literals (allowed)%n", name, violations.size(),
                violations.size() - others.size());
        assertEquals(List.of(), others.stream().map(Object::toString).distinct().limit(20).toList(),
                "OWL 2 DL violations in " + name);
    }

    @Test
    void everyTypedIndividualOfTheSampleReportsIsThereWithItsTypes() throws Exception {
        OWLOntology o = load(Fixtures.dumps(false).resolve("arsenal-protege.owl"));
        OWLDataFactory df = o.getOWLOntologyManager().getOWLDataFactory();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        var copy = Fixtures.bundled().copy();
        for (Quad q : (Iterable<Quad>) () -> copy.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY)) {
            if (!q.getGraph().getURI().startsWith("https://w3id.org/arsenal/id/report/")) continue;
            if (!q.getSubject().isURI() || !q.getObject().isURI()) continue;
            OWLNamedIndividual i = df.getOWLNamedIndividual(IRI.create(q.getSubject().getURI()));
            checked++;
            if (!o.isDeclared(i)) missing.add("declaration of " + i);
            if (!o.containsAxiom(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(q.getObject().getURI())), i))) {
                missing.add(q.getSubject().getURI() + " a " + q.getObject().getURI());
            }
        }
        System.out.println("Protégé file: " + checked + " typed individuals of the sample reports checked");
        assertTrue(checked > 100, "too few typed individuals in the sample reports: " + checked);
        assertEquals(List.of(), missing, "sample-report individuals or types missing from the Protégé file");
    }

    @Test
    void theHeaderSaysWhatWasDeclaredAndWhatWasLeftOut() throws Exception {
        String ttl = Files.readString(Fixtures.dumps(false).resolve("arsenal-protege.ttl"), StandardCharsets.UTF_8);
        String owl = Files.readString(Fixtures.dumps(false).resolve("arsenal-protege.owl"), StandardCharsets.UTF_8);
        assertTrue(ttl.startsWith("# Arsenal: the ontology"), "Turtle header comment first");
        assertTrue(owl.contains("<!-- Arsenal: the ontology"), "RDF/XML header comment");
        assertTrue(ttl.contains("ignoreUnsupportedDatatypes"), "the datatype note");
        assertTrue(ttl.contains("Left out of this file"), "the left-out list");
    }

    /** Data that breaks OWL 2 DL is left out of the Protégé file only, and listed; the rest stays. */
    @Test
    void leavesOutWhatWouldBreakOwl2Dl() throws Exception {
        Store s = Store.inMemory();
        Node g = NodeFactory.createURI("https://example.org/g"), x = NodeFactory.createURI("https://example.org/x");
        Node y = NodeFactory.createURI("https://example.org/y");
        Node produces = NodeFactory.createURI("https://w3id.org/arsenal/ontology#produces");
        Node quote = NodeFactory.createURI("https://w3id.org/arsenal/ontology#quote");
        Txn.executeWrite(s.dataset(), () -> {
            var dsg = s.dataset().asDatasetGraph();
            Fixtures.bundled().copy().find(NodeFactory.createURI(Exporter.CORE), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(dsg::add);
            dsg.add(g, x, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/arsenal/ontology#Factory"));
            dsg.add(g, x, produces, NodeFactory.createLiteralString("shells"));      // object property, literal
            dsg.add(g, x, quote, y);                                                  // data property, IRI
            dsg.add(g, y, RDF.type.asNode(), OWL2.Class.asNode());                    // data turned into schema
            dsg.add(g, x, RDFS.subClassOf.asNode(), y);                               // reserved predicate
            dsg.add(g, produces, RDFS.range.asNode(), y);                             // schema edited by data
            dsg.add(g, x, NodeFactory.createURI("https://example.org/note"), y);      // undeclared: annotation
            dsg.add(g, x, NodeFactory.createURI("https://example.org/size"),
                    NodeFactory.createLiteralDT("9", org.apache.jena.datatypes.TypeMapper.getInstance()
                            .getSafeTypeByName("https://example.org/kt")));           // custom datatype
        });
        ProtegeFile.Result r = Txn.calculateRead(s.dataset(), () -> ProtegeFile.build(s.dataset().asDatasetGraph()));
        assertEquals(Map.of("object properties with a literal value", 1, "data properties with a non-literal value", 1,
                "rdf:type with an object that is not a class", 1, "reserved-vocabulary predicates on individuals", 1,
                "statements about ontology terms made outside the ontology modules", 1), r.leftOut());
        String header = String.join("\n", r.header());
        assertTrue(header.contains("annotation properties <https://example.org/note>"), header);
        assertTrue(header.contains("datatypes <https://example.org/kt>"), header);

        Path dir = Fixtures.tempDir("arsenal-protege-test");
        Path file = dir.resolve("p.owl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriters.write(() -> r.triples().stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).iterator(),
                org.eclipse.rdf4j.rio.RDFFormat.RDFXML, out, r.header());
        Files.write(file, out.toByteArray());
        OWLOntology o = load(file);
        assertNoErrors(o, "synthetic Protégé file");
        assertFalse(o.getAxioms().isEmpty());
        s.close();
    }
}
