package org.w3id.arsenal.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.rdf.ReportGraph;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.report.ReportReaders;
import org.w3id.arsenal.text.TextAnalyzer;

/**
 * Throughput of the whole way from report text to RDF: {@link ReportReaders#read(String, java.io.InputStream)},
 * {@link Extractor#extract}, {@link ReportGraph#quads}. Models and reference data are loaded first and a warm-up
 * pass lets the JIT compile the hot code; neither is timed. Each thread has its own reader and extractor (an
 * extractor is not thread-safe) and takes the next report from a shared counter.
 *
 * <p>Words are counted once, before any timing, the way the pipeline itself sees them: each body split by
 * {@link TextAnalyzer} into sentences and tokens, counting the tokens that are words ({@code Token.isWord}:
 * starting with a letter or digit), margins included. So a figure means the same for every report and run.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {}

    private record Input(String name, byte[] bytes, int words) {}

    private record Tally(int reports, long words, long claims, long quads, long cpuNanos) {}

    private record Pass(Tally tally, long wallNanos) {}

    private static final class Worker {
        final ReportReaders readers = ReportReaders.defaults();
        final Extractor extractor = Extractor.withBundledReference();
    }

    /**
     * @param warmupReports how many reports (from the start of the corpus) the untimed warm-up pass runs
     */
    public static BenchResult run(List<GeneratedReport> corpus, int threads, int warmupReports) {
        if (corpus.isEmpty()) throw new IllegalArgumentException("empty corpus");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (warmupReports < 0) throw new IllegalArgumentException("negative warm-up: " + warmupReports);
        long setupStart = System.nanoTime();
        TextAnalyzer.warmUp();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) workers.add(new Worker());
        long setupNanos = System.nanoTime() - setupStart;

        List<Input> inputs = inputs(corpus);
        int warmup = Math.min(warmupReports, inputs.size());
        if (warmup > 0) pass(workers, inputs.subList(0, warmup));
        System.gc();  // start the measured pass from a collected heap, so garbage of the warm-up is not billed to it
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        HeapWatch heap = HeapWatch.start();
        Pass p = pass(workers, inputs);
        long peak = heap.peakHeapBytes();
        long gcCount = heap.gcCountSinceStart();
        long gcMillis = heap.gcMillisSinceStart();
        Tally t = p.tally();
        return new BenchResult(t.reports(), t.words(), t.claims(), t.quads(), threads, warmup, p.wallNanos(),
                t.cpuNanos(), setupNanos, peak, HeapWatch.heapAfterGc(), gcCount, gcMillis, load);
    }

    /** The reports as bytes (so the timed reader decodes them, as from a file) with their word counts. */
    private static List<Input> inputs(List<GeneratedReport> corpus) {
        ReportReaders readers = ReportReaders.defaults();
        TextAnalyzer analyzer = new TextAnalyzer();
        List<Input> out = new ArrayList<>(corpus.size());
        for (GeneratedReport g : corpus) {
            byte[] bytes = g.text().getBytes(StandardCharsets.UTF_8);
            Report r = readers.read(g.name(), new ByteArrayInputStream(bytes));
            out.add(new Input(g.name(), bytes, analyzer.analyze(r.body(), List.of()).wordCount()));
        }
        return out;
    }

    /** Runs every input once across the workers; wall time from releasing the threads to the last one done. */
    private static Pass pass(List<Worker> workers, List<Input> inputs) {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size(), r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            CountDownLatch ready = new CountDownLatch(workers.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Tally>> futures = new ArrayList<>();
            for (Worker w : workers) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work(w, inputs, next);
                }));
            }
            ready.await();
            long t0 = System.nanoTime();
            go.countDown();
            Tally sum = new Tally(0, 0, 0, 0, 0);
            for (Future<Tally> f : futures) sum = add(sum, f.get());
            return new Pass(sum, System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Tally work(Worker w, List<Input> inputs, AtomicInteger next) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        long cpu0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
        int reports = 0;
        long words = 0;
        long claims = 0;
        long quads = 0;
        for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
            Input in = inputs.get(i);
            try {
                Report r = w.readers.read(in.name(), new ByteArrayInputStream(in.bytes()));
                ExtractedReport x = w.extractor.extract(r);
                quads += ReportGraph.quads(x).size();
                claims += x.claims().size();
            } catch (RuntimeException e) {
                throw new IllegalStateException("pipeline failed on " + in.name() + ": " + e, e);
            }
            words += in.words();
            reports++;
        }
        long cpuNanos = cpu ? mx.getCurrentThreadCpuTime() - cpu0 : -1;
        return new Tally(reports, words, claims, quads, cpuNanos);
    }

    private static Tally add(Tally a, Tally b) {
        long cpu = a.cpuNanos() < 0 || b.cpuNanos() < 0 ? -1 : a.cpuNanos() + b.cpuNanos();
        return new Tally(a.reports() + b.reports(), a.words() + b.words(), a.claims() + b.claims(),
                a.quads() + b.quads(), cpu);
    }
}
