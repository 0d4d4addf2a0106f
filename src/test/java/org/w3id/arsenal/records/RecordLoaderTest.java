package org.w3id.arsenal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.claim.Certainty;
import org.w3id.arsenal.claim.Claim;
import org.w3id.arsenal.claim.Evidence;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.claim.Thing;
import org.w3id.arsenal.facts.FactsTsv;
import org.w3id.arsenal.facts.FactsView;
import org.w3id.arsenal.pipeline.Reports;
import org.w3id.arsenal.rdf.ReportGraph;
import org.w3id.arsenal.store.LoadOptions;
import org.w3id.arsenal.store.Store;
import org.w3id.arsenal.store.Validation;
import org.w3id.arsenal.vocab.ARS;

class RecordLoaderTest {

    private static final Path DIR = Path.of("src/test/resources/records");
    private static final Path CSV = DIR.resolve("example.csv");
    private static final String KCNA = Iris.report("kcna-2023-08-04");

    @TempDir
    Path tmp;

    private static List<ExtractedReport> read(Path file) {
        return RecordLoader.read(file, LoadOptions.DEFAULT).reports();
    }

    private static ExtractedReport report(List<ExtractedReport> reports, String iri) {
        return reports.stream().filter(x -> x.iri().equals(iri)).findFirst().orElseThrow(() -> new AssertionError(iri));
    }

    @Test
    void oneReportPerSourceNamedByTheSlugOfTheSource() {
        List<String> iris = read(CSV).stream().map(ExtractedReport::iri).toList();
        assertEquals(List.of(KCNA, Iris.report("https-example-org-news-shells"), Iris.report("analyst-notes")), iris);
    }

    @Test
    void theFactsViewOfTheRecordsIsTheRecords() {
        List<ExtractedReport> reports = read(CSV);
        String facts = reports.stream().map(x -> FactsTsv.write(FactsView.of(Reports.dataset(reports), x.iri())))
                .collect(Collectors.joining());
        for (String expected : List.of(
                "leader\tKim Jong Un", "official\tKim Chol", "facility\tKanggye General Tractor Plant",
                "visited\tKim Jong Un\tKanggye General Tractor Plant\t2023-08",
                "accompanied\tKim Chol\tKim Jong Un\t2023-08",
                "produces\tKanggye General Tractor Plant\tmultiple-launch rocket system shell",
                "located_in\tKanggye General Tractor Plant\tJagang Province",
                "holds_role\tKim Jong Un\tgeneral secretary of the Workers' Party of Korea",
                "affiliated_with\tKim Chol\tKanggye General Tractor Plant",
                "exports\tNorth Korea\tRussia\t2023-09/2024-02\tartillery shell",
                // an alias of the reference vocabulary becomes the canonical entity
                "produces\tHuichon Ryonha General Machine Plant\tCNC machine")) {
            assertTrue(facts.contains(expected + "\n") || facts.contains(expected + "\t"), expected + " in\n" + facts);
        }
    }

    @Test
    void csvJsonAndYamlGiveTheSameGraph() {
        Set<String> csv = quads(read(CSV));
        assertFalse(csv.isEmpty());
        assertEquals(csv, quads(read(DIR.resolve("example.json"))));
        assertEquals(csv, quads(read(DIR.resolve("example.yaml"))));
    }

    /** Quads as text, without the one that names the records file itself. */
    private static Set<String> quads(List<ExtractedReport> reports) {
        Set<String> out = new TreeSet<>();
        for (ExtractedReport x : reports) {
            for (Quad q : ReportGraph.quads(x)) {
                if (!q.getPredicate().getURI().equals(ARS.sourceFile.getURI())) out.add(q.toString());
            }
        }
        return out;
    }

    @Test
    void theSameThingsGetTheIrisTheTextExtractionGivesThem() {
        ExtractedReport text = Reports.withDefaults().extract(Path.of("src/main/resources/reports/seed-000-artillery-plants.txt"));
        Set<String> fromText = text.things().stream().map(Thing::iri).collect(Collectors.toSet());
        Set<String> fromRecords = report(read(CSV), KCNA).things().stream().map(Thing::iri).collect(Collectors.toSet());
        for (String iri : List.of(Iris.ID + "person/kim-jong-un", Iris.ID + "facility/kanggye-general-tractor-plant",
                Iris.ID + "person/kim-chol", Iris.ID + "place/jagang-province",
                Iris.ID + "product/multiple-launch-rocket-system-shell")) {
            assertTrue(fromText.contains(iri), iri + " from the text: " + fromText);
            assertTrue(fromRecords.contains(iri), iri + " from the records: " + fromRecords);
        }
    }

    @Test
    void eventsHaveTheShapesTheTextExtractionGivesThem() {
        ExtractedReport x = report(read(CSV), KCNA);
        Thing visit = x.things().stream().filter(t -> t.type().equals(ARS.Inspection)).findFirst().orElseThrow();
        assertTrue(visit.iri().startsWith(Iris.ID + "inspection/kcna-2023-08-04/"), visit.iri());
        Set<String> onVisit = x.claims().stream().filter(c -> c.subject().equals(visit.iri()))
                .map(c -> c.predicate().getLocalName()).collect(Collectors.toSet());
        assertEquals(Set.of("visitor", "site", "accompaniedBy", "date", "datePrecision"), onVisit);
        Claim date = x.claims().stream().filter(c -> c.predicate().equals(ARS.date)).findFirst().orElseThrow();
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", date.object().getLiteralDatatypeURI());
        assertTrue(x.things().stream().anyMatch(t -> t.type().equals(ARS.Post)
                && t.iri().equals(Iris.post("Kim Jong Un", "general secretary of the Workers' Party of Korea"))));
        assertTrue(x.things().stream().anyMatch(t -> t.type().equals(ARS.Affiliation)
                && t.iri().equals(Iris.affiliation("Kim Chol", "Kanggye General Tractor Plant"))));
        ExtractedReport wire = report(read(CSV), Iris.report("https-example-org-news-shells"));
        assertTrue(wire.things().stream().anyMatch(t -> t.type().equals(ARS.ArmsTransfer)));
        assertEquals("https://example.org/news/shells", wire.report().url().orElseThrow());
    }

    @Test
    void quotesAreTheEvidenceVerbatimAtExactOffsetsWithTheirCertainty() {
        ExtractedReport x = report(read(CSV), KCNA);
        for (Claim c : x.claims()) {
            Evidence e = c.evidence();
            assertEquals(e.quote(), x.bodyText().substring(e.begin(), e.end()), c.toString());
        }
        for (Thing t : x.things()) {
            for (Evidence m : t.mentions()) assertEquals(m.quote(), x.bodyText().substring(m.begin(), m.end()));
        }
        Claim produces = x.claims().stream().filter(c -> c.predicate().equals(ARS.produces)).findFirst().orElseThrow();
        assertEquals(Certainty.PROBABLE, produces.certainty());
        assertTrue(produces.evidence().quote().endsWith("said: \"We overfulfilled the plan.\""));
        assertTrue(x.bodyText().contains("Jagang Province,\nlies"), "a line break inside a quoted CSV field is kept");
        ExtractedReport notes = report(read(CSV), Iris.report("analyst-notes"));
        assertTrue(notes.claims().get(0).evidence().quote().startsWith("[record] produces: "),
                "a record without a quote is its own, marked, evidence");
    }

    @Test
    void theRecordsConformToTheShapes() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (ExtractedReport x : read(CSV)) ReportGraph.quads(x).forEach(dsg::add);
        Validation.Report r = Validation.validate(dsg.getUnionGraph());
        assertTrue(r.conforms(), r.text());
    }

    @Test
    void loadingReplacesEachSourcesGraphAndMergesWithExtractedReports() {
        try (Store store = Store.inMemory()) {
            RecordLoader.Loaded first = RecordLoader.load(store, CSV, LoadOptions.DEFAULT.withShapeCheck(true));
            long once = count(store);
            RecordLoader.load(store, CSV, LoadOptions.DEFAULT);
            assertEquals(once, count(store));
            assertEquals(3, first.graphs().size());
            assertEquals(11, first.rows());
            assertTrue(first.statements() > 100);
        }
    }

    @Test
    void aBadRowRejectsTheWholeFileListingEveryBadRow() throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, """
                kind,subject,object,date
                visited,Kim Jong Un,Kanggye General Tractor Plant,2023-08
                visited,Kim Jong Un,,2023
                rumoured,Kim Jong Un,Kanggye,
                """);
        try (Store store = Store.inMemory()) {
            InputException e = assertThrows(InputException.class, () -> RecordLoader.load(store, f, LoadOptions.DEFAULT));
            assertTrue(e.getMessage().startsWith(f + ":3: relation without object"), e.getMessage());
            assertTrue(e.getMessage().contains(f + ":4: unknown kind 'rumoured'"), e.getMessage());
            assertEquals(0, count(store));
            RecordLoader.Loaded l = RecordLoader.load(store, f, LoadOptions.DEFAULT.withLenient(true));
            assertEquals(List.of(f + ":3: relation without object: visited needs an object", f + ":4: unknown kind "
                    + "'rumoured' (expected one of leader, official, person, organization, country, place, facility, "
                    + "product, visited, accompanied, produces, located_in, exports, holds_role, affiliated_with)"),
                    l.skipped());
            assertEquals(1, l.rows());
        }
    }

    @Test
    void aCompanionNeedsAVisitToJoin() throws IOException {
        Path f = tmp.resolve("companion.csv");
        Files.writeString(f, "kind,subject,object,date,item\naccompanied,Kim Chol,Kim Jong Un,2023-08,\n"
                + "accompanied,Jo Chun Ryong,Kim Jong Un,2023-09,Kanggye General Tractor Plant\n");
        InputException e = assertThrows(InputException.class, () -> RecordLoader.read(f, LoadOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith(f + ":2: accompanied: no visited row by Kim Jong Un"), e.getMessage());
        // with the site in item, the row makes the visit itself
        ExtractedReport x = RecordLoader.read(f, LoadOptions.DEFAULT.withLenient(true)).reports().get(0);
        assertTrue(x.claims().stream().anyMatch(c -> c.predicate().equals(ARS.accompaniedBy)));
        assertTrue(x.claims().stream().anyMatch(c -> c.predicate().equals(ARS.site)));
    }

    @Test
    void theShapeCheckRefusesRecordsOnlyWhenTheyBreakTheShapes() {
        // records are built to conform: the check passes and the store holds them
        try (Store store = Store.inMemory()) {
            RecordLoader.load(store, DIR.resolve("example.yaml"), LoadOptions.DEFAULT.withShapeCheck(true));
            assertTrue(count(store) > 0);
            assertTrue(Validation.validate(store).conforms(), Validation.validate(store).text());
        }
    }

    private static long count(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            long n = 0;
            for (var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
            return n;
        });
    }
}
