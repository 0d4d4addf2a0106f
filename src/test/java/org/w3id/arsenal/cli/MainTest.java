package org.w3id.arsenal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;

/** The CLI as a user meets it: exit codes, messages, help. */
class MainTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream realOut = System.out;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int status;
        // Query answers stream straight to System.out (they can be large), so capture that too.
        try (PrintStream capture = new PrintStream(raw, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        } finally {
            System.setOut(realOut);
        }
        return new Run(status, out + raw.toString(StandardCharsets.UTF_8), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "load", "query", "extract", "facts", "eval", "triples", "help"})
    void everyCommandHasHelp(String command) {
        Run r = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("Usage: arsenal"), r.out());
    }

    @Test
    void versionAndMisuse() {
        assertEquals(Main.OK, run("--version").status());
        Run none = run();
        assertEquals(Main.USER_ERROR, none.status());
        assertTrue(none.err().contains("Missing command"), none.err());
        Run unknown = run("lod");
        assertEquals(Main.USER_ERROR, unknown.status());
        assertTrue(unknown.err().contains("load"), "suggests the near miss: " + unknown.err());
        assertEquals(Main.USER_ERROR, run("query", "--format", "pdf", "reports").status());
    }

    @Test
    void loadReportsEachBadFileAndStillLoadsTheOthers() throws IOException {
        Path good = dir.resolve("good.ttl");
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(good, "<https://example.org/plant> <https://example.org/makes> <https://example.org/shell> .");
        Files.writeString(bad, "<https://example.org/a> <https://example.org/b> .\n");
        String store = dir.resolve("store").toString();
        Run r = run("load", "--store", store, bad.toString(), good.toString());
        assertEquals(Main.USER_ERROR, r.status());
        assertTrue(r.err().contains(bad + ":1:"), r.err());
        assertTrue(r.out().contains("loaded " + good), r.out());

        Run q = run("query", "--store", store, "--format", "csv",
                "SELECT ?o WHERE { <https://example.org/plant> ?p ?o }");
        assertEquals(Main.OK, q.status(), q.err());
        assertEquals("o\r\nhttps://example.org/shell\r\n", q.out());
    }

    @Test
    void queryListsTheQuestionsAndRejectsUnknownNamesAndBadSyntax() throws IOException {
        Run list = run("query", "--list");
        assertEquals(Main.OK, list.status());
        for (CompetencyQuestion q : CompetencyQuestions.all()) {
            assertTrue(list.out().contains(q.name()) && list.out().contains(q.title()), q.name());
        }
        String store = dir.resolve("store").toString();
        Files.writeString(dir.resolve("x.ttl"), "<https://example.org/a> <https://example.org/b> 1 .");
        assertEquals(Main.OK, run("load", "--store", store, dir.resolve("x.ttl").toString()).status());

        Run unknown = run("query", "--store", store, "no-such-question");
        assertEquals(Main.USER_ERROR, unknown.status());
        assertTrue(unknown.err().contains("no-such-question"), unknown.err());

        Run syntax = run("query", "--store", store, "SELECT ?x WHERE { ?x ?y }");
        assertEquals(Main.USER_ERROR, syntax.status());
        assertTrue(syntax.err().contains("query:1:"), syntax.err());

        Path rq = dir.resolve("bad.rq");
        Files.writeString(rq, "PREFIX ex: <https://example.org/>\nSELECT * WHERE { ?s ex: }\n");
        Run file = run("query", "--store", store, "-f", rq.toString());
        assertEquals(Main.USER_ERROR, file.status());
        assertTrue(file.err().contains(rq + ":2:"), file.err());

        Run missing = run("query", "--store", dir.resolve("nowhere").toString(), "reports");
        assertEquals(Main.USER_ERROR, missing.status());
        assertTrue(missing.err().contains("no store at"), missing.err());
    }

    @Test
    void namedQuestionsRunFromTheCommandLine() throws IOException {
        String store = dir.resolve("store").toString();
        assertEquals(Main.OK, run("load", "--force", "--store", store, "src/test/resources/example/example.trig").status());
        Run r = run("query", "--store", store, "top-companions", "--format", "tsv");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("\"Kim Chol\"@en"), r.out());
        Run ask = run("query", "--store", store, "ASK { ?s a <https://w3id.org/arsenal/ontology#Inspection> }");
        assertEquals(Main.OK, ask.status(), ask.err());
        assertTrue(ask.out().contains("Yes") || ask.out().contains("yes") || ask.out().contains("true"), ask.out());
        Run construct = run("query", "--store", store, "--format", "ntriples",
                "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t . FILTER(?t = <https://w3id.org/arsenal/ontology#Leader>) }");
        assertEquals(Main.OK, construct.status(), construct.err());
        assertTrue(construct.out().contains("<https://w3id.org/arsenal/id/person/kim-jong-un>"), construct.out());
        assertEquals(Main.USER_ERROR, run("query", "--store", store, "--format", "csv",
                "CONSTRUCT WHERE { ?s ?p ?o }").status());
    }

    @Test
    void reportsFromTheCommandLine() throws IOException {
        Path report = dir.resolve("wire.txt");
        Files.writeString(report, """
                title: Shells for Russia
                published: 2024-06-20

                North Korea has shipped artillery shells to Russia, according to South Korean officials.
                """);
        Run facts = run("facts", report.toString());
        assertEquals(Main.OK, facts.status(), facts.err());
        assertTrue(facts.out().contains("exports\tNorth Korea\tRussia"), facts.out());

        Run extract = run("extract", report.toString());
        assertEquals(Main.OK, extract.status(), extract.err());
        assertTrue(extract.out().contains("ars:ArmsTransfer") && extract.out().contains("ars:Claim"), extract.out());

        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Run bad = run("facts", empty.toString(), report.toString());
        assertEquals(Main.USER_ERROR, bad.status());
        assertTrue(bad.err().contains("empty.txt"), bad.err());
        assertTrue(bad.out().contains("exports"), "the good report still printed");

        String store = dir.resolve("store").toString();
        Run load = run("load", "--store", store);
        assertEquals(Main.OK, load.status(), load.err());
        assertTrue(load.out().contains("seed-000") && load.out().contains("identity candidates"), load.out());
        Run visits = run("query", "--store", store, "visits-by-leader", "--format", "csv");
        assertTrue(visits.out().contains("Kanggye General Tractor Plant"), visits.out());
    }

    @Test
    void evalScoresAgainstGold() {
        Run r = run("eval", "--gold", "src/test/resources/gold", "src/main/resources/reports/seed-000-artillery-plants.txt",
                "--explain");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("overall") && r.out().contains("relations"), r.out());
        Run noGold = run("eval", "--gold", dir.toString(), "src/main/resources/reports/seed-000-artillery-plants.txt");
        assertEquals(Main.USER_ERROR, noGold.status());
        assertTrue(noGold.err().contains("no gold file"), noGold.err());
    }

    @Test
    void triplesCheckSaysWhenTheDirectoryIsStale() {
        assertEquals(Main.OK, run("triples", "--check").status());
        Run stale = run("triples", "--check", "--dir", dir.toString());
        assertEquals(Main.USER_ERROR, stale.status());
        assertTrue(stale.err().contains("out of date"), stale.err());
    }
}
