package org.w3id.arsenal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;
import org.w3id.arsenal.store.Store;

/** 32 parallel clients asking the competency questions for 20 seconds: every answer must be a 200 with rows. */
class ConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void thirtyTwoClientsForTwentySecondsWithoutAnError() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            StoreSetup.loadDefaults(store, line -> { });
            try (ArsenalServer server = ArsenalServer.start(store, ServerSettings.defaults().withPort(0))) {
                List<CompetencyQuestion> questions = CompetencyQuestions.all();
                String endpoint = server.url() + ServerSettings.DATASET + "/sparql";
                long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                AtomicInteger errors = new AtomicInteger();
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                List<String> failures = Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(32);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < 32; c++) {
                    int offset = c;
                    clients.add(pool.submit(() -> {
                        int i = offset;
                        while (System.nanoTime() < end) {
                            CompetencyQuestion q = questions.get(i++ % questions.size());
                            HttpRequest r = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString(q.sparql())).build();
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> res = Http.send(r);
                                latencies.add(System.nanoTime() - t0);
                                if (res.statusCode() != 200 || res.body().lines().count() < 2) {
                                    errors.incrementAndGet();
                                    failures.add(q.name() + " " + res.statusCode());
                                }
                            } catch (RuntimeException e) {
                                errors.incrementAndGet();
                                failures.add(q.name() + " " + e);
                            }
                        }
                    }));
                }
                for (Future<?> f : clients) f.get();
                pool.shutdown();
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                System.out.printf("concurrency: 32 clients, 20 s: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms%n",
                        sorted.size(), errors.get(), sorted.get(sorted.size() / 2) / 1e6,
                        sorted.get((int) (sorted.size() * 0.99)) / 1e6);
                assertEquals(0, errors.get(), "failures: " + failures.subList(0, Math.min(10, failures.size())));
                assertTrue(sorted.size() > 100, "requests " + sorted.size());
            }
        }
    }
}
