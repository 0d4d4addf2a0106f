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
import org.eclipse.rdf4j.rio.RDFFormat;
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
    void binaryRdfLoadsToo() throws IOException {
        Path file = dir.resolve("data.brf");
        try (OutputStream out = Files.newOutputStream(file)) {
            org.eclipse.rdf4j.rio.Rio.write(org.eclipse.rdf4j.rio.Rio.parse(new java.io.StringReader(TURTLE), "",
                    org.eclipse.rdf4j.rio.RDFFormat.TURTLE), out, org.eclipse.rdf4j.rio.RDFFormat.BINARY);
        }
        try (Store store = Store.inMemory()) {
            assertEquals(3, RdfFileLoader.load(store, file).statements());
            assertEquals(3, countInGraph(store, RdfFileLoader.defaultGraphName(file)));
            // cut short: the error says where, in bytes, and the graph keeps its three statements
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));
            InputException e = assertThrows(InputException.class, () -> RdfFileLoader.load(store, file));
            assertTrue(e.getMessage().startsWith(file + ": at byte "), e.getMessage());
            assertEquals(3, countInGraph(store, RdfFileLoader.defaultGraphName(file)));
        }
    }

    @Test
    void theSyntaxComesFromRiosRegistryByExtension() {
        assertEquals(RDFFormat.TURTLE, RdfFileLoader.syntaxOf(Path.of("a.ttl")));
        assertEquals(RDFFormat.TURTLE, RdfFileLoader.syntaxOf(Path.of("a.ttl.gz")));
        assertEquals(RDFFormat.TRIG, RdfFileLoader.syntaxOf(Path.of("a.trig")));
        assertEquals(RDFFormat.NTRIPLES, RdfFileLoader.syntaxOf(Path.of("a.nt")));
        assertEquals(RDFFormat.NQUADS, RdfFileLoader.syntaxOf(Path.of("a.nq.gz")));
        assertEquals(RDFFormat.RDFXML, RdfFileLoader.syntaxOf(Path.of("a.owl")));
        assertEquals(RDFFormat.JSONLD, RdfFileLoader.syntaxOf(Path.of("a.jsonld")));
        assertEquals(RDFFormat.TRIX, RdfFileLoader.syntaxOf(Path.of("a.trix")));
        assertEquals(RDFFormat.RDFJSON, RdfFileLoader.syntaxOf(Path.of("a.rj")));
        assertEquals(RDFFormat.BINARY, RdfFileLoader.syntaxOf(Path.of("a.brf")));
        assertEquals(null, RdfFileLoader.syntaxOf(Path.of("a.docx")));
    }

    @Test
    void blankNodesOfDifferentFilesAndLoadsNeverMeet() throws IOException {
        String data = "_:b1 <https://example.org/p> \"1\" .\n_:b1 <https://example.org/q> \"2\" .\n";
        Path a = dir.resolve("a.nt");
        Path b = dir.resolve("b.nt");
        Files.writeString(a, data);
        Files.writeString(b, data);
        try (Store store = Store.open(dir.resolve("store"))) {
            RdfFileLoader.load(store, a);
            RdfFileLoader.load(store, b);
            RdfFileLoader.load(store, a, "https://example.org/copy");
            long distinct = Txn.calculateRead(store.dataset(), () -> {
                java.util.Set<Node> subjects = new java.util.HashSet<>();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> subjects.add(q.getSubject()));
                return (long) subjects.size();
            });
            assertEquals(3, distinct, "one blank node per file load, shared by the file's two statements");
        }
    }

    @Test
    void lenientNTriplesLoadsTheGoodLinesAndListsTheBadOnes() throws IOException {
        Path file = dir.resolve("mixed.nt");
        Files.writeString(file, """
                <https://example.org/a> <https://example.org/p> "1" .
                <https://example.org/a> <https://example.org/p> .
                <https://example.org/a> <https://example.org/p> <https://example.org/b c> .
                <https://example.org/a> <https://example.org/p> "4" .
                """);
        try (Store store = Store.inMemory()) {
            assertThrows(InputException.class, () -> RdfFileLoader.load(store, file));
            RdfFileLoader.Loaded l = RdfFileLoader.load(store, file, null, LoadOptions.DEFAULT.withLenient(true));
            assertEquals(2, l.statements());
            assertEquals(2, countInGraph(store, RdfFileLoader.defaultGraphName(file)));
            assertEquals(2, l.skipped().size(), l.skipped().toString());
            assertTrue(l.skipped().get(0).startsWith(file + ":2:"), l.skipped().toString());
            assertTrue(l.skipped().get(1).startsWith(file + ":3:"), l.skipped().toString());
        }
    }

    @Test
    void lenientTurtleSkipsBadIrisAndLanguageTagsButNotSyntaxErrors() throws IOException {
        Path file = dir.resolve("mixed.ttl");
        Files.writeString(file, """
                @prefix ex: <https://example.org/> .
                ex:a ex:p 1 .
                ex:a ex:p <https://example.org/b c> .
                ex:a ex:p "x"@bad_tag .
                ex:a ex:p 4 .
                """);
        try (Store store = Store.inMemory()) {
            RdfFileLoader.Loaded l = RdfFileLoader.load(store, file, null, LoadOptions.DEFAULT.withLenient(true));
            assertEquals(2, l.statements());
            assertEquals(2, l.skipped().size(), l.skipped().toString());
            assertTrue(l.skipped().get(0).startsWith(file + ":3:"), l.skipped().toString());
            assertTrue(l.skipped().get(1).startsWith(file + ":4:"), l.skipped().toString());
            Files.writeString(file, "@prefix ex: <https://example.org/> .\nex:a ex:p ex:b ex:c .\n");
            InputException e = assertThrows(InputException.class,
                    () -> RdfFileLoader.load(store, file, null, LoadOptions.DEFAULT.withLenient(true)));
            assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
            assertTrue(e.getMessage().contains("cannot go on past a syntax error"), e.getMessage());
            assertEquals(2, countInGraph(store, RdfFileLoader.defaultGraphName(file)), "the failed load changed nothing");
        }
    }

    @Test
    void lenientSaysSoWhereTheParserCannotSkipAnything() throws IOException {
        Path file = dir.resolve("bad.rdf");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"https://example.org/a\"><p>x</p></rdf:Description></rdf:RDF>\n");
        try (Store store = Store.inMemory()) {
            InputException e = assertThrows(InputException.class,
                    () -> RdfFileLoader.load(store, file, null, LoadOptions.DEFAULT.withLenient(true)));
            assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
            assertTrue(e.getMessage().contains("--lenient cannot skip errors in RDF/XML"), e.getMessage());
        }
    }

    @Test
    void theShapeCheckRefusesDataThatBreaksTheShapesUnlessForced() throws IOException {
        Path file = dir.resolve("visit.ttl");
        Files.writeString(file, """
                @prefix ars: <https://w3id.org/arsenal/ontology#> .
                @prefix id:  <https://w3id.org/arsenal/id/> .
                <https://w3id.org/arsenal/id/inspection/x/1> a ars:Inspection ;
                    ars:visitor <https://w3id.org/arsenal/id/person/kim-jong-un> .
                """);
        try (Store store = Store.open(dir.resolve("store"))) {
            InputException e = assertThrows(InputException.class,
                    () -> RdfFileLoader.load(store, file, null, LoadOptions.DEFAULT.withShapeCheck(true)));
            assertTrue(e.getMessage().startsWith(file + ": breaks the SHACL shapes"), e.getMessage());
            assertTrue(e.getMessage().contains("id:inspection/x/1 — ars:site — Inspection has no site"), e.getMessage());
            assertEquals(0, unionCount(store.dataset()));
            RdfFileLoader.load(store, file, null, LoadOptions.DEFAULT); // --force
            assertEquals(2, unionCount(store.dataset()));
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
        // Written by Jena, read back by Rio: two independent implementations of each syntax.
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
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
