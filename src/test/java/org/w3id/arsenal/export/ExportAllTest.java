package org.w3id.arsenal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dump directory of the bundled store: layout, manifest, VoID, gzip, determinism, and every dump's content. */
class ExportAllTest {

    static final List<String> DATA_FILES = List.of("all.nq", "all.trig", "merged.ttl", "merged.nt", "merged.rdf",
            "merged.jsonld", "ontology.ttl", "ontology.nt", "ontology.rdf", "ontology.jsonld", "ontology-align.ttl",
            "ontology-align.nt", "ontology-align.rdf", "ontology-align.jsonld", "arsenal-protege.owl",
            "arsenal-protege.ttl");
    static final List<String> META_FILES = List.of("context.jsonld", "void.ttl", "SHA256SUMS");

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void writesTheDocumentedLayoutWithAManifestOfEveryFile(boolean gzip) throws Exception {
        Path dir = Fixtures.dumps(gzip);
        Set<String> expected = new TreeSet<>(META_FILES);
        DATA_FILES.forEach(f -> expected.add(gzip ? f + ".gz" : f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, String> manifest = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            assertTrue(line.matches("[0-9a-f]{64}  \\S+"), "sha256sum line: " + line);
            manifest.put(line.substring(66), line.substring(0, 64));
        }
        Set<String> listed = new TreeSet<>(expected);
        listed.remove("SHA256SUMS");
        assertEquals(listed, manifest.keySet(), "the manifest lists every other file");
        for (var e : manifest.entrySet()) {
            assertEquals(sha256(Files.readAllBytes(dir.resolve(e.getKey()))), e.getValue(), "hash of " + e.getKey());
        }
        sha256sumCheck(dir);
        for (String f : expected) {
            System.out.printf("dump%s %-26s %,10d bytes%n", gzip ? " (gzip)" : "", f, Files.size(dir.resolve(f)));
        }
    }

    @Test
    void gzippedFilesHoldTheSameBytes() throws Exception {
        for (String f : DATA_FILES) {
            byte[] plain = Files.readAllBytes(Fixtures.dumps(false).resolve(f));
            assertArrayEquals(plain, gunzip(Fixtures.dumps(true).resolve(f + ".gz")), f);
        }
    }

    @Test
    void theSameStoreGivesTheSameBytes() throws Exception {
        Path again = Fixtures.tempDir("arsenal-export-again");
        List<ExportedFile> files = Exporter.exportAll(Fixtures.bundled().store(), again, false);
        assertEquals("SHA256SUMS", files.get(files.size() - 1).name());
        assertEquals(Files.readString(Fixtures.dumps(false).resolve("SHA256SUMS")),
                Files.readString(again.resolve("SHA256SUMS")));
        for (ExportedFile f : files) assertEquals(Files.size(again.resolve(f.name())), f.bytes(), f.name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all.nq", "all.trig", "merged.ttl", "merged.nt", "merged.rdf", "merged.jsonld",
        "ontology.ttl", "ontology.nt", "ontology.rdf", "ontology.jsonld", "ontology-align.ttl", "ontology-align.nt",
        "ontology-align.rdf", "ontology-align.jsonld"})
    void everyDumpReadsBackAsItsPartOfTheStore(String name) throws Exception {
        byte[] bytes = gunzip(Fixtures.dumps(true).resolve(name + ".gz"));
        RDFFormat f = ExportFormats.find(name.substring(name.indexOf('.') + 1)).orElseThrow();
        DatasetGraph store = Fixtures.bundled().copy();
        Lang lang = Parse.jenaLang(f).orElseThrow();
        for (DatasetGraph read : List.of(Parse.rio(bytes, f), Parse.jena(bytes, lang))) {
            if (name.startsWith("all.")) {
                assertTrue(IsoMatcher.isomorphic(store, read), name + " is not the store's named graphs");
            } else {
                Graph expected = name.startsWith("merged.") ? Fixtures.bundled().merged()
                        : copyOf(store.getGraph(NodeFactory.createURI(name.startsWith("ontology-align")
                                ? Exporter.ALIGN : Exporter.CORE)));
                assertEquals(expected.size(), read.getDefaultGraph().size(), name);
                assertTrue(expected.isIsomorphicWith(read.getDefaultGraph()), name + " differs from the store");
            }
        }
    }

    @Test
    void voidDescribesTheDumps() throws Exception {
        Path dir = Fixtures.dumps(true);
        Graph v = Parse.jena(Files.readAllBytes(dir.resolve("void.ttl")), Lang.TURTLE).getDefaultGraph();
        Node dataset = NodeFactory.createURI(VoidDescription.DATASET);
        Node dataDump = NodeFactory.createURI(Prefixes.VOID + "dataDump");
        Set<String> dumps = new TreeSet<>();
        v.find(Node.ANY, dataDump, Node.ANY)
                .forEachRemaining(t -> dumps.add(t.getObject().getURI().substring(Prefixes.DUMP.length())));
        Set<String> expected = DATA_FILES.stream().map(f -> f + ".gz").collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, dumps, "void:dataDump of the dataset and its subsets");
        long quads = Fixtures.bundled().copy().stream().count();
        assertTrue(v.contains(dataset, NodeFactory.createURI(Prefixes.VOID + "triples"),
                NodeFactory.createLiteralDT(Long.toString(quads), XSDDatatype.XSDinteger)),
                "void:triples " + quads);
        assertTrue(v.contains(dataset, NodeFactory.createURI(Prefixes.VOID + "vocabulary"),
                NodeFactory.createURI("https://w3id.org/arsenal/ontology#")));
        String text = Files.readString(dir.resolve("void.ttl"));
        assertTrue(!text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T.*"), "no timestamps");
    }

    private static Graph copyOf(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The real tool agrees, where it is installed. */
    private static void sha256sumCheck(Path dir) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("sha256sum", "--check", "--quiet", "SHA256SUMS").directory(dir.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no sha256sum here");
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "sha256sum --check: " + output);
    }
}
