package org.w3id.arsenal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.rdf.ReportGraph;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.report.ReportReaders;
import org.w3id.arsenal.text.TextAnalyzer;

/** Counts and arithmetic of the benchmark on a small corpus; never its speed. */
class ExtractionBenchmarkTest {

    private static List<GeneratedReport> corpus;
    private static long words;
    private static long claims;
    private static long quads;

    /** The expected totals, computed independently of the benchmark's threads and tallies. */
    @BeforeAll
    static void expected() {
        corpus = new CorpusGenerator(11).generate(20);
        ReportReaders readers = ReportReaders.defaults();
        Extractor extractor = Extractor.withBundledReference();
        TextAnalyzer analyzer = new TextAnalyzer();
        for (GeneratedReport g : corpus) {
            Report r = readers.read(g.name(), new ByteArrayInputStream(g.text().getBytes(StandardCharsets.UTF_8)));
            words += analyzer.analyze(r.body(), List.of()).wordCount();
            ExtractedReport x = extractor.extract(r);
            claims += x.claims().size();
            quads += ReportGraph.quads(x).size();
        }
    }

    @Test
    void oneThread() {
        check(ExtractionBenchmark.run(corpus, 1, 5), 1, 5);
    }

    @Test
    void twoThreadsCountTheSame() {
        check(ExtractionBenchmark.run(corpus, 2, 50), 2, 20);
    }

    private static void check(BenchResult r, int threads, int warmup) {
        assertEquals(20, r.reports());
        assertTrue(words > 20 * CorpusGenerator.MIN_WORDS * 0.9, "words " + words);
        assertEquals(words, r.words());
        assertTrue(claims > 0, "the generated reports give claims");
        assertEquals(claims, r.claims());
        assertEquals(quads, r.quads());
        assertTrue(r.quads() > r.claims(), "each claim is several quads");
        assertEquals(threads, r.threads());
        assertEquals(warmup, r.warmupReports(), "warm-up is capped at the corpus size");
        assertTrue(r.wallNanos() > 0 && r.setupNanos() > 0);
        assertTrue(r.peakHeapBytes() > 0 && r.heapAfterGc() > 0 && r.gcCount() >= 0 && r.gcMillis() >= 0);

        double s = r.wallNanos() / 1e9;
        assertEquals(s, r.seconds(), 1e-12);
        assertEquals(words / s, r.wordsPerSecond(), 1e-6 * r.wordsPerSecond());
        assertEquals(r.wordsPerSecond() / threads, r.wordsPerSecondPerThread(), 1e-9 * r.wordsPerSecond());
        assertEquals(20 / s, r.reportsPerSecond(), 1e-9 * r.reportsPerSecond());
        assertEquals(claims / s, r.claimsPerSecond(), 1e-9 * r.claimsPerSecond());
        if (r.cpuNanos() > 0) {
            assertEquals(words / (r.cpuNanos() / 1e9), r.wordsPerCpuSecond(), 1e-6 * r.wordsPerCpuSecond());
            assertEquals(r.cpuNanos() / (s * 1e9 * threads), r.cpuShare(), 1e-9);
        }
        List<String> lines = r.lines();
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+words/s\\s+[\\d,]+")), String.join("\n", lines));
        int valueColumn = lines.get(0).indexOf(String.format("%,d", 20));
        assertTrue(lines.stream().allMatch(l -> l.length() > valueColumn && l.charAt(valueColumn) != ' '
                && l.startsWith("  ", valueColumn - 2)),
                "values aligned: " + String.join("\n", lines));
    }

    @Test
    void targetVerdictFollowsTheFigures() {
        // 1,000,000 words in 10 s on one thread: 100,000 words/s; CPU 5 s; then the same on 40 s of wall
        BenchResult fast = new BenchResult(10, 1_000_000, 5, 50, 1, 0, 10_000_000_000L, 5_000_000_000L, 1, 1, 1, 0,
                0, 0.5);
        assertEquals("met", fast.targetVerdict());
        assertEquals(0.5, fast.cpuShare(), 1e-12);
        BenchResult busy = new BenchResult(10, 1_000_000, 5, 50, 1, 0, 40_000_000_000L, 5_000_000_000L, 1, 1, 1, 0,
                0, 3.0);
        assertTrue(busy.targetVerdict().startsWith("met on CPU time only"), busy.targetVerdict());
        BenchResult slow = new BenchResult(10, 1_000_000, 5, 50, 2, 0, 40_000_000_000L, 80_000_000_000L, 1, 1, 1,
                0, 0, 0.5);
        assertEquals(12_500, slow.wordsPerSecondPerThread(), 1e-9);
        assertEquals("NOT met", slow.targetVerdict());
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> ExtractionBenchmark.run(List.of(), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ExtractionBenchmark.run(corpus, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ExtractionBenchmark.run(corpus, 1, -1));
    }
}
