package org.w3id.arsenal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.cli.Main;

/** The bench command as a user meets it: help, option errors, a tiny run writing its corpus. */
class BenchCommandTest {

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpHasAnExample() {
        Run r = run("bench", "--help");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("Usage: arsenal bench") && r.out().contains("--threads")
                && r.out().contains("bench --reports 2000"), r.out());
    }

    @Test
    void badOptionsAreUserErrors() {
        assertEquals(Main.USER_ERROR, run("bench", "--reports", "0").status());
        assertEquals(Main.USER_ERROR, run("bench", "--threads", "0").status());
        assertEquals(Main.USER_ERROR, run("bench", "--warmup", "-1").status());
        assertEquals(Main.USER_ERROR, run("bench", "--reports", "many").status());
    }

    @Test
    void smallRunPrintsFiguresAndWritesTheCorpus(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("corpus");
        Run r = run("bench", "--reports", "4", "--warmup", "2", "--seed", "9", "--out", out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        for (String label : new String[] {"words/s", "words/s per thread", "reports/s", "claims/s", "peak heap",
            "GC", "java", "available processors", "max heap"}) {
            assertTrue(r.out().contains("  " + label + " "), label + " in\n" + r.out());
        }
        try (var files = Files.list(out)) {
            assertEquals(4, files.count());
        }
        assertEquals(new CorpusGenerator(9).report(3).text(), Files.readString(out.resolve(
                new CorpusGenerator(9).report(3).name())));
    }

    @Test
    void unwritableOutIsAUserError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run r = run("bench", "--reports", "1", "--warmup", "0", "--out", file.toString());
        assertEquals(Main.USER_ERROR, r.status(), r.out());
        assertTrue(r.err().contains("cannot write the corpus"), r.err());
    }
}
