package org.w3id.arsenal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.arsenal.InputException;

class RdfFileLoaderTest {

    private static final String TURTLE = """
            @prefix ex: <https://example.org/> .
            ex:plant ex:makes ex:shell , ex:rocket .
            ex:plant ex:name "Plant" .
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "rdf", "jsonld", "trig", "nq", "trix", "rj", "owl"})
    void loadsEverySyntaxIntoTheFilesOwnGraph(String ext) throws IOException {
        Path file = dir.resolve("data." + ext);
        writeAs(file, ext);
        try (Store store = Store.open(dir.resolve("store"))) {
            RdfFileLoader.Loaded loaded = RdfFileLoader.load(store, file);
            assertEquals(3, loaded.statements());
            String graph = RdfFileLoader.defaultGraphName(file);
            assertEquals(List.of(graph), List.copyOf(loaded.graphs()));
            assertEquals(3, countInGraph(store, graph));
        }
    }

    @Test
    void gzippedFilesLoadByTheirInnerExtension() throws IOException {
        Path file = dir.resolve("data.ttl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(TURTLE.getBytes(StandardCharsets.UTF_8));
        }
        try (Store store = Store.inMemory()) {
            assertEquals(3, RdfFileLoader.load(store, file).statements());
        }
    }

    @Test
    void reloadReplacesTheGraphInsteadOfDuplicatingIt() throws IOException {
        Path file = dir.resolve("notes.ttl");
        Files.writeString(file, TURTLE);
        try (Store store = Store.open(dir.resolve("store"))) {
            RdfFileLoader.load(store, file);
            RdfFileLoader.load(store, file);
            assertEquals(3, countInGraph(store, RdfFileLoader.defaultGraphName(file)));
            Files.writeString(file, "@prefix ex: <https://example.org/> . ex:plant ex:name \"Renamed\" .");
            RdfFileLoader.load(store, file);
            assertEquals(1, countInGraph(store, RdfFileLoader.defaultGraphName(file)));
        }
    }

    @Test
    void eachFileHasItsOwnGraphAndTheUnionIsQueryable() throws IOException {
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("b.ttl");
        Files.writeString(a, "<https://example.org/x> <https://example.org/p> 1 .");
        Files.writeString(b, "<https://example.org/x> <https://example.org/p> 2 .");
        try (Store store = Store.open(dir.resolve("store"))) {
            RdfFileLoader.load(store, a);
            RdfFileLoader.load(store, b);
            assertEquals(1, countInGraph(store, RdfFileLoader.defaultGraphName(a)));
            assertEquals(1, countInGraph(store, RdfFileLoader.defaultGraphName(b)));
            assertEquals(2, unionCount(store.dataset()));
        }
    }

    @Test
    void quadFilesKeepTheirGraphNamesAndReplaceThemOnReload() throws IOException {
        Path file = dir.resolve("graphs.trig");
        Files.writeString(file, """
                <https://example.org/g1> { <https://example.org/a> <https://example.org/p> 1 . }
                <https://example.org/g2> { <https://example.org/b> <https://example.org/p> 2 . }
                <https://example.org/c> <https://example.org/p> 3 .
                """);
        try (Store store = Store.inMemory()) {
            RdfFileLoader.load(store, file);
            RdfFileLoader.load(store, file);
            assertEquals(1, countInGraph(store, "https://example.org/g1"));
            assertEquals(1, countInGraph(store, "https://example.org/g2"));
            assertEquals(1, countInGraph(store, RdfFileLoader.defaultGraphName(file)));
        }
    }

    @Test
    void dataSurvivesClosingAndReopeningTheStore() throws IOException {
        Path file = dir.resolve("notes.ttl");
        Files.writeString(file, TURTLE);
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            RdfFileLoader.load(store, file);
        }
        try (Store store = Store.open(storeDir)) {
            assertEquals(3, countInGraph(store, RdfFileLoader.defaultGraphName(file)));
        }
    }

    @Test
    void aMalformedFileNamesFileAndLineAndLeavesTheStoreAsItWas() throws IOException {
        Path good = dir.resolve("notes.ttl");
        Files.writeString(good, TURTLE);
        try (Store store = Store.open(dir.resolve("store"))) {
            RdfFileLoader.load(store, good);
            // The broken version of the same file must not clear the good graph it would replace.
            Files.writeString(good, """
                    @prefix ex: <https://example.org/> .
                    ex:a ex:p ex:b .
                    ex:a ex:p ex:b ex:c .
                    """);
            InputException e = assertThrows(InputException.class, () -> RdfFileLoader.load(store, good));
            assertTrue(e.getMessage().startsWith(good + ":3:"), e.getMessage());
            assertEquals(3, countInGraph(store, RdfFileLoader.defaultGraphName(good)));
            assertEquals(3, unionCount(store.dataset()));
        }
    }

    @Test
    void unknownExtensionsAndMissingFilesAreUserErrors() throws IOException {
        Path odd = dir.resolve("notes.docx");
        Files.writeString(odd, "x");
        try (Store store = Store.inMemory()) {
            InputException e = assertThrows(InputException.class, () -> RdfFileLoader.load(store, odd));
            assertTrue(e.getMessage().contains("notes.docx"), e.getMessage());
            Path missing = dir.resolve("missing.ttl");
            e = assertThrows(InputException.class, () -> RdfFileLoader.load(store, missing));
            assertTrue(e.getMessage().contains("missing.ttl"), e.getMessage());
        }
    }

    @Test
    void theBundledOntologyIsInstalledUnderItsOwnIri() {
        try (Store store = Store.inMemory()) {
            List<String> graphs = OntologyGraphs.install(store);
            assertEquals(OntologyGraphs.MODULES.size(), graphs.size());
            for (String g : graphs) assertTrue(countInGraph(store, g) > 100, g);
        }
    }

    private static void writeAs(Path file, String ext) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(TURTLE, Lang.TURTLE).parse(dsg);
        Lang lang = RdfFileLoader.syntaxOf(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (RDFLanguages.isQuads(lang)) {
                RDFDataMgr.write(out, dsg, lang);
            } else {
                RDFDataMgr.write(out, dsg.getDefaultGraph(), lang);
            }
        }
    }

    private static long countInGraph(Store store, String graph) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            long n = 0;
            for (var it = dsg.find(NodeFactory.createURI(graph),
                    Node.ANY, Node.ANY,
                    Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private static long unionCount(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
