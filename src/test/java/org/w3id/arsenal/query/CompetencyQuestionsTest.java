package org.w3id.arsenal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.store.Inference;
import org.w3id.arsenal.store.OntologyGraphs;
import org.w3id.arsenal.store.RdfFileLoader;
import org.w3id.arsenal.store.Store;
import org.w3id.arsenal.vocab.ARS;

/** Each competency question against the hand-made example graph, over a real TDB2 store on disk. */
class CompetencyQuestionsTest {

    private static final String ID = "https://w3id.org/arsenal/id/";

    @TempDir
    static Path dir;

    static Store store;

    @BeforeAll
    static void load() {
        store = Store.open(dir.resolve("store"));
        OntologyGraphs.install(store);
        RdfFileLoader.load(store, Path.of("src/test/resources/example/example.trig"));
        Inference.materialise(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theIndexListsExactlyTheShippedQueriesEachWithTitleAndDescription() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = CompetencyQuestions.all().stream().map(CompetencyQuestion::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, listed);
        for (CompetencyQuestion q : CompetencyQuestions.all()) {
            assertFalse(q.title().equals(q.name()), q.name() + " has no '# title:'");
            assertFalse(q.description().isBlank(), q.name() + " has no '# description:'");
            QueryRunner.parse(q.sparql(), q.name());
        }
    }

    @Test
    void visitsByLeader() {
        assertEquals(List.of(
                "Kim Jong Un | Kanggye General Tractor Plant | 2024-01-03 | Jo Chun Ryong",
                "Kim Jong Un | Huichon Ryonha General Machine Plant | 2024 | Kim Chol",
                "Kim Jong Un | tank production site in Kusong | 2023-08-03/2023-08-05 | Kim Chol",
                "Kim Jong Un | Kanggye General Tractor Plant | 2023-08 | Jo Chun Ryong; Kim Chol"),
                rows("visits-by-leader", Map.of(), "leaderLabel", "siteLabel", "when", "companions"));
        assertEquals(4, rows("visits-by-leader", Map.of("leader", ID + "person/kim-jong-un"), "site").size());
        assertEquals(0, rows("visits-by-leader", Map.of("leader", ID + "person/kim-chol"), "site").size());
    }

    @Test
    void facilityProductsGiveTheMostSpecificKind() {
        assertEquals(List.of(
                "Huichon Ryonha General Machine Plant | CNC machine | " + label(ARS.CNCMachine),
                "Kanggye General Tractor Plant | multiple-launch rocket system shell | " + label(ARS.RocketShell),
                "tank production site in Kusong | tank | " + label(ARS.Tank)),
                rows("facility-products", Map.of(), "facilityLabel", "productLabel", "kindLabel"));
    }

    @Test
    void facilitiesByProductKindFollowTheTaxonomy() {
        assertEquals(List.of("Kanggye General Tractor Plant | multiple-launch rocket system shell"),
                rows("facilities-by-product-kind", Map.of("kind", "ars:Munition"), "facilityLabel", "products"));
        assertEquals(List.of("tank production site in Kusong"),
                rows("facilities-by-product-kind", Map.of("kind", "ars:ArmouredVehicle"), "facilityLabel"));
        assertEquals(Set.of(
                "RocketShell | Kanggye General Tractor Plant", "Munition | Kanggye General Tractor Plant",
                "CNCMachine | Huichon Ryonha General Machine Plant",
                "MachineTool | Huichon Ryonha General Machine Plant",
                "Tank | tank production site in Kusong", "ArmouredVehicle | tank production site in Kusong"),
                Set.copyOf(rows("facilities-by-product-kind", Map.of(), "kind", "facilityLabel")));
    }

    @Test
    void armsTransfersWithCertaintyAndSource() {
        assertEquals(List.of(
                "Iran | Russia | Shahed drone | 2022-08/2023-02 | " + label(ARS.Alleged) + " | example-b | "
                        + "Iran has reportedly supplied Shahed drones to Russia since August 2022, U.S. officials said.",
                "North Korea | Russia | artillery shell | 2023 | " + label(ARS.Probable) + " | example-a | "
                        + "The improvements likely support North Korea's artillery supply to Russia."),
                rows("arms-transfers", Map.of(), "supplierLabel", "recipientLabel", "itemLabel", "when", "certainty",
                        "report", "quote"));
        assertEquals(1, rows("arms-transfers", Map.of("supplier", ID + "country/iran"), "itemLabel").size());
    }

    @Test
    void topCompanions() {
        assertEquals(List.of("Kim Chol | Kim Jong Un | 3", "Jo Chun Ryong | Kim Jong Un | 2"),
                rows("top-companions", Map.of(), "personLabel", "leaderLabel", "inspections"));
    }

    @Test
    void facilitiesInPlaceFollowLocationTransitively() {
        assertEquals(List.of("Huichon Ryonha General Machine Plant", "Kanggye General Tractor Plant"),
                rows("facilities-in-place", Map.of("place", ID + "place/jagang-province"), "facilityLabel"));
        assertEquals(Set.of(
                "Huichon | Huichon Ryonha General Machine Plant",
                "Jagang Province | Huichon Ryonha General Machine Plant",
                "North Korea | Huichon Ryonha General Machine Plant",
                "Jagang Province | Kanggye General Tractor Plant",
                "North Korea | Kanggye General Tractor Plant",
                "Kusong | tank production site in Kusong",
                "North Pyongan Province | tank production site in Kusong",
                "North Korea | tank production site in Kusong"),
                Set.copyOf(rows("facilities-in-place", Map.of(), "placeLabel", "facilityLabel")));
    }

    @Test
    void lastVisitPerFacility() {
        assertEquals(List.of(
                "Kanggye General Tractor Plant | 2024-01-03 | Kim Jong Un",
                "Huichon Ryonha General Machine Plant | 2024 | Kim Jong Un",
                "tank production site in Kusong | 2023-08-05 | Kim Jong Un"),
                rows("last-visit", Map.of(), "facilityLabel", "lastVisit", "visitors"));
    }

    @Test
    void claimEvidenceGivesCertaintyAttributionQuoteAndOffsets() {
        assertEquals(List.of(
                "Kanggye General Tractor Plant | " + label(ARS.produces) + " | multiple-launch rocket system shell | "
                        + label(ARS.Possible) + " |  | 120 | 205",
                ID + "transfer/a1 | " + label(ARS.supplier) + " | North Korea | " + label(ARS.Probable)
                        + " | state media | 300 | 373",
                ID + "transfer/b1 | " + label(ARS.supplier) + " | Iran | " + label(ARS.Alleged)
                        + " | U.S. officials | 0 | 95"),
                rows("claim-evidence", Map.of(), "subjectLabel", "propertyLabel", "objectLabel", "certainty",
                        "attributedTo", "start", "end"));
        assertEquals(1, rows("claim-evidence",
                Map.of("subject", ID + "facility/kanggye-general-tractor-plant"), "quote").size());
    }

    @Test
    void reportsWithClaimCounts() {
        assertEquals(List.of(
                "Kim inspects artillery plants in Jagang | Example Wire | 2024-01-10 | 2",
                "Three-day tour of munitions factories |  | 2023-08 | 1"),
                rows("reports", Map.of(), "title", "publisher", "published", "claims"));
    }

    /** Runs a question through QueryRunner's JSON output, reads it back, and renders the named columns. */
    private static List<String> rows(String name, Map<String, String> bindings, String... columns) {
        CompetencyQuestion q = CompetencyQuestions.byName(name).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), QueryRunner.parse(q.sparql(), name), bindings, OutputFormat.JSON,
                Duration.ofSeconds(30), out);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.add(Arrays.stream(columns).map(c -> render(s.get(c))).collect(Collectors.joining(" | ")));
        }
        return rows;
    }

    private static String render(RDFNode node) {
        if (node == null) return "";
        if (node.isLiteral()) {
            String text = node.asLiteral().getLexicalForm();
            // GROUP_CONCAT order is unspecified: compare its parts sorted.
            return text.contains("; ") ? new TreeSet<>(List.of(text.split("; "))).stream()
                    .collect(Collectors.joining("; ")) : text;
        }
        String iri = node.asResource().getURI();
        if (iri.startsWith(ARS.NS)) return iri.substring(ARS.NS.length());
        if (iri.startsWith(ID + "report/")) return iri.substring((ID + "report/").length());
        return iri;
    }

    private static String label(Resource term) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionModel()
                .getRequiredProperty(term, RDFS.label).getString());
    }
}
