package org.w3id.arsenal.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL shapes accept a complete, realistic example graph (src/test/resources/shapes/valid.ttl), and for
 * each rule a variant of it broken by one SPARQL Update is rejected with a violation on the expected focus
 * node and path.
 */
class ShapesTest {

    private static final String ID = "https://w3id.org/arsenal/id/";
    private static final String ARS = OntologyFiles.NS;
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final Path VALID = Path.of("src/test/resources/shapes/valid.ttl");

    private static final String PREFIXES = """
            PREFIX ars:  <https://w3id.org/arsenal/ontology#>
            PREFIX id:   <https://w3id.org/arsenal/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(OntologyFiles.SHAPES.toString()));
    }

    private static Model valid() {
        return RDFDataMgr.loadModel(VALID.toString());
    }

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> "  " + e.focusNode() + " " + e.resultPath() + " [" + e.sourceConstraintComponent().getLocalName()
                        + "] " + e.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void validExampleConforms() {
        ValidationReport report = validate(valid().getGraph());
        assertTrue(report.conforms(), "the valid example must conform:\n" + describe(report));
    }

    @Test
    void validExampleAlsoConformsWithTheOntologyInTheDataGraph() {
        Model data = valid();
        data.add(RDFDataMgr.loadModel(OntologyFiles.CORE.toString()));
        data.add(RDFDataMgr.loadModel(OntologyFiles.ALIGN.toString()));
        ValidationReport report = validate(data.getGraph());
        assertTrue(report.conforms(), "valid example + ontology must conform:\n" + describe(report));
    }

    @Test
    void everyShapeHasANameAndEveryPropertyShapeAMessage() {
        Model m = RDFDataMgr.loadModel(OntologyFiles.SHAPES.toString());
        String q = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                SELECT ?shape WHERE {
                  { ?shape a sh:NodeShape FILTER NOT EXISTS { ?shape sh:name ?n } }
                  UNION { ?x sh:property ?shape FILTER NOT EXISTS { ?shape sh:message ?m } }
                  UNION { ?x sh:sparql ?shape FILTER NOT EXISTS { ?shape sh:message ?m } }
                }""";
        try (var qe = org.apache.jena.query.QueryExecution.model(m).query(q).build()) {
            var rs = qe.execSelect();
            StringBuilder missing = new StringBuilder();
            rs.forEachRemaining(s -> missing.append("\n  ").append(s.get("shape")));
            assertTrue(missing.isEmpty(), "shapes without sh:name / sh:message:" + missing);
        }
    }

    /** A rule, the update that breaks the valid example against it, and where the violation must be reported. */
    record Broken(String rule, String update, String focus, String path) {
        @Override public String toString() { return rule; }
    }

    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                new Broken("inspection without visitor",
                        "DELETE WHERE { id:event-inspection-0001 ars:visitor ?v }",
                        ID + "event-inspection-0001", ARS + "visitor"),
                new Broken("inspection without site",
                        "DELETE WHERE { id:event-inspection-0001 ars:site ?v }",
                        ID + "event-inspection-0001", ARS + "site"),
                new Broken("arms transfer without supplier",
                        "DELETE WHERE { id:event-transfer-0001 ars:supplier ?v }",
                        ID + "event-transfer-0001", ARS + "supplier"),
                new Broken("arms transfer without recipient",
                        "DELETE WHERE { id:event-transfer-0001 ars:recipient ?v }",
                        ID + "event-transfer-0001", ARS + "recipient"),
                new Broken("claim without evidence",
                        "DELETE WHERE { id:claim-0001-produces ars:hasEvidence ?v }",
                        ID + "claim-0001-produces", ARS + "hasEvidence"),
                new Broken("claim whose evidence is not an ars:Evidence",
                        "DELETE WHERE { id:evidence-0001-s2 a ars:Evidence } ; INSERT DATA { id:evidence-0001-s2 a ars:TextSpan }",
                        ID + "claim-0001-produces", ARS + "hasEvidence"),
                new Broken("claim without certainty",
                        "DELETE WHERE { id:claim-0001-visit ars:certainty ?v }",
                        ID + "claim-0001-visit", ARS + "certainty"),
                new Broken("claim with two certainty levels",
                        "INSERT DATA { id:claim-0001-visit ars:certainty ars:Probable }",
                        ID + "claim-0001-visit", ARS + "certainty"),
                new Broken("claim with an unknown certainty level",
                        "DELETE WHERE { id:claim-0001-visit ars:certainty ?v } ; INSERT DATA { id:claim-0001-visit ars:certainty ars:Certain }",
                        ID + "claim-0001-visit", ARS + "certainty"),
                new Broken("evidence without quote",
                        "DELETE WHERE { id:evidence-0001-s2 ars:quote ?v }",
                        ID + "evidence-0001-s2", ARS + "quote"),
                new Broken("evidence without report",
                        "DELETE WHERE { id:evidence-0001-s2 ars:inReport ?v }",
                        ID + "evidence-0001-s2", ARS + "inReport"),
                new Broken("evidence start offset after end offset",
                        "DELETE WHERE { id:evidence-0001-s2 ars:startOffset ?v } ; INSERT DATA { id:evidence-0001-s2 ars:startOffset 400 }",
                        ID + "evidence-0001-s2", ARS + "startOffset"),
                new Broken("negative start offset",
                        "DELETE WHERE { id:mention-0001-ryongsong ars:startOffset ?v } ; INSERT DATA { id:mention-0001-ryongsong ars:startOffset -1 }",
                        ID + "mention-0001-ryongsong", ARS + "startOffset"),
                new Broken("negative end offset",
                        "DELETE WHERE { id:evidence-0001-s0 ars:startOffset ?s . id:evidence-0001-s0 ars:endOffset ?e } ;"
                                + " INSERT DATA { id:evidence-0001-s0 ars:endOffset -5 }",
                        ID + "evidence-0001-s0", ARS + "endOffset"),
                new Broken("offset that is not an integer",
                        "DELETE WHERE { id:evidence-0001-s4 ars:endOffset ?v } ; INSERT DATA { id:evidence-0001-s4 ars:endOffset \"549\" }",
                        ID + "evidence-0001-s4", ARS + "endOffset"),
                new Broken("quote that does not match the report text at its offsets",
                        "DELETE WHERE { id:evidence-0001-s2 ars:quote ?v } ;"
                                + " INSERT DATA { id:evidence-0001-s2 ars:quote \"The complex produces cruise missiles.\" }",
                        ID + "evidence-0001-s2", ARS + "quote"),
                new Broken("ill-formed xsd:date",
                        "DELETE WHERE { id:event-inspection-0001 ars:date ?v } ; INSERT DATA { id:event-inspection-0001 ars:date \"2023-13-45\"^^xsd:date }",
                        ID + "event-inspection-0001", ARS + "date"),
                new Broken("date given as a plain string",
                        "DELETE WHERE { id:event-inspection-0001 ars:date ?v } ; INSERT DATA { id:event-inspection-0001 ars:date \"12 January 2024\" }",
                        ID + "event-inspection-0001", ARS + "date"),
                new Broken("ill-formed xsd:gYearMonth start date",
                        "DELETE WHERE { id:event-transfer-0001 ars:startDate ?v } ; INSERT DATA { id:event-transfer-0001 ars:startDate \"2023-8\"^^xsd:gYearMonth }",
                        ID + "event-transfer-0001", ARS + "startDate"),
                new Broken("end date as xsd:dateTime",
                        "DELETE WHERE { id:event-transfer-0001 ars:endDate ?v } ; INSERT DATA { id:event-transfer-0001 ars:endDate \"2024-01-13T00:00:00\"^^xsd:dateTime }",
                        ID + "event-transfer-0001", ARS + "endDate"),
                new Broken("ill-formed xsd:gYear publication date",
                        "DELETE WHERE { id:report-0001 ars:publishedDate ?v } ; INSERT DATA { id:report-0001 ars:publishedDate \"24\"^^xsd:gYear }",
                        ID + "report-0001", ARS + "publishedDate"),
                new Broken("start date after end date",
                        "DELETE WHERE { id:event-transfer-0001 ars:startDate ?v } ; INSERT DATA { id:event-transfer-0001 ars:startDate \"2024-02\"^^xsd:gYearMonth }",
                        ID + "event-transfer-0001", ARS + "startDate"),
                new Broken("start date after end date on a post (same precision)",
                        "INSERT DATA { id:post-wpk-general-secretary ars:endDate \"2020-12\"^^xsd:gYearMonth }",
                        ID + "post-wpk-general-secretary", ARS + "startDate"),
                new Broken("leader without label",
                        "DELETE WHERE { id:person-kim-jong-un rdfs:label ?v }",
                        ID + "person-kim-jong-un", RDFS_LABEL),
                new Broken("political party without label",
                        "DELETE WHERE { id:org-wpk rdfs:label ?v }",
                        ID + "org-wpk", RDFS_LABEL),
                new Broken("city without label",
                        "DELETE WHERE { id:place-hamhung rdfs:label ?v }",
                        ID + "place-hamhung", RDFS_LABEL),
                new Broken("country without label",
                        "DELETE WHERE { id:country-ru rdfs:label ?v }",
                        ID + "country-ru", RDFS_LABEL),
                new Broken("factory without label",
                        "DELETE WHERE { id:facility-ryongsong rdfs:label ?v }",
                        ID + "facility-ryongsong", RDFS_LABEL),
                new Broken("product without label",
                        "DELETE WHERE { id:product-artillery-shell rdfs:label ?v }",
                        ID + "product-artillery-shell", RDFS_LABEL),
                new Broken("report without label",
                        "DELETE WHERE { id:report-0001 rdfs:label ?v }",
                        ID + "report-0001", RDFS_LABEL),
                new Broken("report without title",
                        "DELETE WHERE { id:report-0001 ars:title ?v }",
                        ID + "report-0001", ARS + "title"),
                new Broken("report URL that is not an xsd:anyURI",
                        "DELETE WHERE { id:report-0001 ars:url ?v } ; INSERT DATA { id:report-0001 ars:url \"https://example.org/x\" }",
                        ID + "report-0001", ARS + "url")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantIsRejected(Broken broken) {
        Model data = valid();
        UpdateAction.parseExecute(PREFIXES + broken.update(), data);
        ValidationReport report = validate(data.getGraph());

        assertFalse(report.conforms(), broken.rule() + ": expected a violation, but the graph conforms");
        Node focus = NodeFactory.createURI(broken.focus());
        Node path = NodeFactory.createURI(broken.path());
        List<ReportEntry> matching = report.getEntries().stream()
                .filter(e -> e.focusNode().equals(focus))
                .filter(e -> e.resultPath() instanceof P_Link link && link.getNode().equals(path))
                .filter(e -> e.severity() == Severity.Violation)
                .toList();
        assertFalse(matching.isEmpty(), broken.rule() + ": no violation on focus <" + broken.focus() + "> path <"
                + broken.path() + ">; the report has:\n" + describe(report));
        assertTrue(matching.stream().allMatch(e -> e.message() != null && !e.message().isBlank()),
                broken.rule() + ": violation without an analyst-readable message");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedVariants")
    void acceptedVariantConforms(String name, String update) {
        Model data = valid();
        UpdateAction.parseExecute(PREFIXES + update, data);
        ValidationReport report = validate(data.getGraph());
        assertTrue(report.conforms(), name + " must conform:\n" + describe(report));
    }

    static Stream<Arguments> acceptedVariants() {
        return Stream.of(
                Arguments.of("year start date before a day end date in the same year",
                        "DELETE WHERE { id:event-transfer-0001 ars:startDate ?v } ; INSERT DATA { id:event-transfer-0001 ars:startDate \"2024\"^^xsd:gYear }"),
                Arguments.of("day start date inside a year end date",
                        "DELETE WHERE { id:event-transfer-0001 ars:startDate ?s . id:event-transfer-0001 ars:endDate ?e } ;"
                                + " INSERT DATA { id:event-transfer-0001 ars:startDate \"2023-08-15\"^^xsd:date ; ars:endDate \"2023\"^^xsd:gYear }"),
                Arguments.of("start date equal to end date",
                        "DELETE WHERE { id:event-transfer-0001 ars:startDate ?s . id:event-transfer-0001 ars:endDate ?e } ;"
                                + " INSERT DATA { id:event-transfer-0001 ars:startDate \"2024-01-13\"^^xsd:date ; ars:endDate \"2024-01-13\"^^xsd:date }"),
                Arguments.of("empty span (start offset equal to end offset) with an empty quote",
                        "INSERT DATA { id:mention-empty a ars:Mention ; ars:inReport id:report-0001 ; ars:quote \"\" ;"
                                + " ars:startOffset 10 ; ars:endOffset 10 }"),
                Arguments.of("entity with an additional non-English label",
                        "INSERT DATA { id:person-kim-jong-un rdfs:label \"김정은\"@ko }"));
    }

    @Test
    void examplesStayValidWhenCombinedWithUnrelatedData() {
        // Shapes must not reject nodes they do not target: an untyped resource with arbitrary properties.
        Model data = valid();
        data.add(ModelFactory.createDefaultModel().read(new java.io.StringReader(
                "<https://w3id.org/arsenal/id/misc> <http://example.org/p> \"x\" ."), null, "N-TRIPLES"));
        assertTrue(validate(data.getGraph()).conforms());
    }
}
