package org.w3id.arsenal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidationTest {

    private static final String BROKEN = """
            @prefix ars:  <https://w3id.org/arsenal/ontology#> .
            @prefix id:   <https://w3id.org/arsenal/id/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/arsenal/id/transfer/r/1> a ars:ArmsTransfer ;
                ars:supplier <https://w3id.org/arsenal/id/country/north-korea> .
            <https://w3id.org/arsenal/id/inspection/r/1> a ars:Inspection ;
                ars:visitor <https://w3id.org/arsenal/id/person/kim-jong-un> ;
                ars:site <https://w3id.org/arsenal/id/facility/f> ;
                ars:date "2023-13-45"^^xsd:date .
            """;

    @TempDir
    Path dir;

    private static Graph graph(String ttl) {
        return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
    }

    @Test
    void eachViolationIsOneReadableSortedLine() {
        Validation.Report r = Validation.validate(graph(BROKEN));
        assertFalse(r.conforms());
        List<String> lines = r.violations().stream().map(Validation.Violation::line).toList();
        assertEquals(List.of(
                "id:inspection/r/1 — ars:date — Date (ars:date) must be a valid xsd:date (YYYY-MM-DD), xsd:gYearMonth "
                        + "(YYYY-MM) or xsd:gYear (YYYY) literal. (arsh:DateShape)",
                "id:transfer/r/1 — ars:recipient — Arms transfer has no recipient: record the country or agent "
                        + "(ars:recipient) that received the items. (arsh:ArmsTransferShape)"), lines);
        assertTrue(r.text().endsWith("\n2 violations"), r.text());
    }

    @Test
    void theValidExampleAndTheBundledOntologyConform() {
        Validation.Report r = Validation.validate(RDFDataMgr.loadGraph("src/test/resources/shapes/valid.ttl"));
        assertTrue(r.conforms(), r.text());
        assertEquals("conforms: no violations", r.text());
        try (Store store = Store.inMemory()) {
            OntologyGraphs.install(store);
            assertTrue(Validation.validate(store).conforms());
        }
    }

    @Test
    void theValidateCommandChecksFilesAndTheStoreAndExitsOneOnViolations() throws IOException {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, BROKEN);
        Path good = Path.of("src/test/resources/records/example.csv");
        java.io.StringWriter out = new java.io.StringWriter();
        CommandLine cl = new CommandLine(new org.w3id.arsenal.cli.ValidateCommand());
        cl.setOut(new java.io.PrintWriter(out));
        assertEquals(0, cl.execute(good.toString()));
        assertTrue(out.toString().contains(good + ": conforms: no violations"), out.toString());
        assertEquals(1, cl.execute(bad.toString()));
        assertTrue(out.toString().contains(bad + ": 2 violations"), out.toString());
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            RdfFileLoader.load(store, bad);
        }
        assertEquals(1, cl.execute("--store", storeDir.toString()));
        assertTrue(out.toString().contains("id:transfer/r/1 — ars:recipient"), out.toString());
    }
}
