package org.w3id.arsenal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.rdf.ReportGraph;

/** The RDF the loaders write: valid against the shapes, deterministic, and the committed triples/ up to date. */
class ExtractedGraphTest {

    @Test
    void everyExtractedReportConformsToTheShapes() throws Exception {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Reports reports = Reports.withDefaults();
        List<Path> all = new java.util.ArrayList<>(SampleQualityTest.files(SampleQualityTest.SAMPLES));
        all.addAll(SampleQualityTest.files(SampleQualityTest.CORPUS));
        for (Path file : all) {
            ExtractedReport x = reports.extract(file);
            Graph g = GraphFactory.createDefaultGraph();
            for (Quad q : ReportGraph.quads(x)) g.add(q.asTriple());
            ValidationReport report = ShaclValidator.get().validate(shapes, g);
            assertTrue(report.conforms(), file + ": " + report.getEntries());
        }
    }

    @Test
    void sameReportSameTriples() {
        Reports reports = Reports.withDefaults();
        Path file = SampleQualityTest.SAMPLES.resolve("seed-002-three-day-tour.txt");
        List<Quad> first = ReportGraph.quads(reports.extract(file));
        List<Quad> second = ReportGraph.quads(Reports.withDefaults().extract(file));
        assertEquals(first, second);
    }

    @Test
    void theCommittedTriplesAreUpToDate() {
        var files = TriplesDirectory.generate(Reports.withDefaults(), Extractor.withBundledReference());
        assertEquals(List.of(), TriplesDirectory.stale(files, Path.of("triples")),
                "triples/ is out of date: run './arsenal triples' and commit the result");
    }

    @Test
    void theSampleReportsAreLinkedAsIdentityCandidates() {
        var files = TriplesDirectory.generate(Reports.withDefaults(), Extractor.withBundledReference());
        String trig = new String(files.get("reports.trig"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(trig.contains("ars:IdentityCandidate") && trig.contains("may be Kanggye General Tractor Plant"),
                "the MLRS-shell factory of one sample and Kanggye of the other");
    }
}
