package org.w3id.arsenal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;

/**
 * Latency of the competency questions over HTTP against a running endpoint: each question alone (p50/p99 over
 * repeated runs), then many parallel clients for a while (throughput, errors, p50/p99 under load).
 */
public final class EndpointBenchmark {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private EndpointBenchmark() {}

    /** Prints one line per question and a line for the parallel phase; returns the number of errors. */
    public static int run(String endpoint, int repeats, int clients, Duration load, java.util.function.Consumer<String> out) {
        List<Long> all = new ArrayList<>();
        int errors = 0;
        out.accept(String.format(Locale.ROOT, "%-28s %8s %8s %8s", "question (sequential)", "runs", "p50 ms", "p99 ms"));
        for (CompetencyQuestion q : CompetencyQuestions.all()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < repeats + 3; i++) {
                long t0 = System.nanoTime();
                boolean ok = ask(endpoint, q);
                if (i >= 3) times.add(System.nanoTime() - t0); // the first runs warm caches and the JIT
                if (!ok) errors++;
            }
            all.addAll(times);
            out.accept(String.format(Locale.ROOT, "%-28s %8d %8.1f %8.1f", q.name(), times.size(), pct(times, 50),
                    pct(times, 99)));
        }
        out.accept(String.format(Locale.ROOT, "%-28s %8d %8.1f %8.1f", "all questions", all.size(), pct(all, 50),
                pct(all, 99)));
        List<Long> loaded = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        List<CompetencyQuestion> qs = CompetencyQuestions.all();
        long end = System.nanoTime() + load.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    if (!ask(endpoint, qs.get(i % qs.size()))) failed.incrementAndGet();
                    loaded.add(System.nanoTime() - t0);
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        }
        pool.shutdown();
        out.accept(String.format(Locale.ROOT, "parallel: %d clients for %d s: %d requests (%.1f/s), %d errors, "
                + "p50 %.1f ms, p99 %.1f ms", clients, load.toSeconds(), loaded.size(),
                loaded.size() / (double) load.toSeconds(), failed.get(), pct(loaded, 50), pct(loaded, 99)));
        return errors + failed.get();
    }

    private static boolean ask(String endpoint, CompetencyQuestion q) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q.sparql())).build();
        try {
            HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
            return res.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static double pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
