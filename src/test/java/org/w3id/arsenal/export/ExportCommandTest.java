package org.w3id.arsenal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.cli.Main;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine;

/**
 * {@code arsenal export} through the real command line (Main's error handling; the command is added if this
 * build's Main does not register it yet). The store is a disk store of the generated data: no ontology graphs,
 * so the ontology dumps fall back to the bundled modules.
 */
class ExportCommandTest {

    private static Path storeDir;

    record Run(int status, String out, String err, byte[] stdout) {}

    @BeforeAll
    static void store() {
        storeDir = Fixtures.tempDir("arsenal-export-cli").resolve("store");
        try (Store s = Store.open(storeDir)) {
            Txn.executeWrite(s.dataset(), () -> GeneratedData.quads().forEach(s.dataset().asDatasetGraph()::add));
        }
    }

    static Run run(String... args) throws Exception {
        // data goes to System.out as bytes; redirect it before the command line exists, as a shell would
        PrintStream saved = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Main.commandLine();
            if (!cl.getSubcommands().containsKey("export")) {
                cl.addSubcommand("export", Class.forName("org.w3id.arsenal.cli.ExportCommand"));
            }
            StringWriter out = new StringWriter(), err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int status = cl.execute(args);
            return new Run(status, out.toString(), err.toString(), stdout.toByteArray());
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void listsRiosFormats() throws Exception {
        Run r = run("export", "--list-formats");
        assertEquals(0, r.status(), r.err());
        for (var f : ExportFormats.all()) assertTrue(r.out().contains(ExportFormats.key(f)), r.out());
    }

    @Test
    void writesOneFormatToStandardOutput() throws Exception {
        Run r = run("export", "--store", storeDir.toString(), "--format", "application/n-quads");
        assertEquals(0, r.status(), r.err());
        DatasetGraph read = Parse.jena(r.stdout(), Lang.NQUADS);
        assertTrue(IsoMatcher.isomorphic(Fixtures.generated().copy(), read), "stdout N-Quads differ from the store");

        String two = GeneratedData.EX + "graph/two";
        Run one = run("export", "--store", storeDir.toString(), "--format", "ttl", "--graph", two);
        assertEquals(0, one.status(), one.err());
        var expected = Fixtures.generated().copy().getGraph(org.apache.jena.graph.NodeFactory.createURI(two));
        assertTrue(expected.isIsomorphicWith(Parse.jena(one.stdout(), Lang.TURTLE).getDefaultGraph()));
    }

    @Test
    void writesTheDumpDirectory() throws Exception {
        Path out = Fixtures.tempDir("arsenal-export-cli-out").resolve("dump");
        Run r = run("export", "--store", storeDir.toString(), "--out", out.toString(), "--gzip");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("wrote 19 files"), r.out());
        assertTrue(Files.exists(out.resolve("all.nq.gz")));
        assertTrue(Files.exists(out.resolve("ontology.ttl.gz")), "bundled ontology when the store has none");
    }

    @Test
    void badInputIsExitStatusOne() throws Exception {
        String store = storeDir.toString();
        assertUserError(run("export", "--store", store), "give --out DIR or --format NAME");
        assertUserError(run("export", "--store", store, "--format", "nosuch"), "unknown format 'nosuch'");
        assertUserError(run("export", "--store", store, "--format", "nq", "--graph", "https://example.org/none"),
                "no graph <https://example.org/none>");
        assertUserError(run("export", "--store", store, "--out", "x", "--graph", "https://example.org/g"),
                "--graph goes with --format");
        assertUserError(run("export", "--store", store, "--format", "nq", "--gzip"), "--gzip goes with --out");
        assertUserError(run("export", "--store", storeDir.resolveSibling("missing").toString(), "--format", "nq"),
                "no store at");
    }

    private static void assertUserError(Run r, String message) {
        assertEquals(Main.USER_ERROR, r.status(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
