package org.w3id.arsenal.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Load throughput: generates an N-Quads file of Arsenal-shaped data, loads it into a fresh TDB2 store with
 * {@code arsenal load}'s loader ({@link RdfFileLoader}: Rio into TDB2's bulk loader, as the store is empty) and with
 * Jena's own {@code tdb2.tdbloader} (in this JVM), and prints triples/s of both and their ratio. An untimed warm-up load of a small file by each
 * loader comes first, so neither pays the JIT warm-up alone; with several rounds the order alternates, so neither
 * always runs first. Each loader's CPU time (all JVM threads: the bulk loader is multi-threaded) is shown too:
 * on a busy machine wall time also measures the neighbours.
 */
public final class LoadBenchmark {

    /** The target for arsenal's rate over tdb2.tdbloader's. */
    public static final double TARGET_RATIO = 0.9;

    /** One load: wall and CPU time, and the quads the store holds afterwards. */
    public record Timing(long nanos, long cpuNanos, long inStore) {}

    /** The figures of one run: per round, arsenal's load and tdbloader's. */
    public record Result(long triples, long fileBytes, List<Timing> arsenal, List<Timing> jena) {
        public double arsenalRate() {
            return rate(arsenal);
        }

        public double jenaRate() {
            return rate(jena);
        }

        public double ratio() {
            return arsenalRate() / jenaRate();
        }

        private double rate(List<Timing> loads) {
            return triples * loads.size() / (loads.stream().mapToLong(Timing::nanos).sum() / 1e9);
        }

        public void print(PrintWriter out) {
            out.printf(Locale.ROOT, "input: %,d triples in N-Quads, %,d MB; %d round(s)%n", triples, fileBytes >> 20,
                    arsenal.size());
            for (int i = 0; i < arsenal.size(); i++) {
                line(out, "arsenal load   (RDF4J Rio -> TDB2)", i, arsenal.get(i));
                line(out, "tdb2.tdbloader (Jena RIOT -> TDB2)", i, jena.get(i));
            }
            out.printf(Locale.ROOT, "arsenal load: %,.0f triples/s; tdb2.tdbloader: %,.0f triples/s%n", arsenalRate(),
                    jenaRate());
            out.printf(Locale.ROOT, "ratio arsenal/tdbloader: %.2f (target >= %.1f: %s)%n", ratio(), TARGET_RATIO,
                    ratio() >= TARGET_RATIO ? "met" : "NOT met");
            out.printf(Locale.ROOT, "ratio on CPU time (tdbloader's CPU seconds / arsenal's; steadier on a busy "
                    + "machine): %.2f%n", cpu(jena) / cpu(arsenal));
            out.flush();
        }

        private static double cpu(List<Timing> loads) {
            return loads.stream().mapToLong(Timing::cpuNanos).sum() / 1e9;
        }

        private void line(PrintWriter out, String who, int round, Timing t) {
            out.printf(Locale.ROOT, "  round %d %s: %7.1f s  %,9.0f triples/s  CPU %6.1f s  (%,d quads in store)%n",
                    round + 1, who, t.nanos() / 1e9, triples / (t.nanos() / 1e9), t.cpuNanos() / 1e9, t.inStore());
        }
    }

    private LoadBenchmark() {}

    /**
     * @param work    a directory for the generated file and the stores (created; deleted afterwards unless
     *                {@code keep})
     * @param triples at least this many triples are generated
     * @param rounds  loads by each loader, into a fresh store each time, alternating which goes first
     * @param warmup  triples of the untimed warm-up file (0 for none)
     */
    public static Result run(Path work, long triples, int rounds, long warmup, boolean keep, PrintWriter log) {
        try {
            Files.createDirectories(work);
            if (warmup > 0) {
                say(log, String.format(Locale.ROOT, "warm-up: %,d triples with each loader (untimed)", warmup));
                Path small = work.resolve("warmup.nq");
                new NQuadsGenerator(2, 5_000).write(small, warmup);
                loadArsenal(small, work.resolve("warmup-arsenal"));
                loadJena(small, work.resolve("warmup-jena"));
            }
            Path file = work.resolve("bench.nq");
            say(log, String.format(Locale.ROOT, "generating %,d triples into %s", triples, file));
            long written = new NQuadsGenerator(1, Math.max(1_000, (int) (triples / 50))).write(file, triples);
            List<Timing> arsenal = new ArrayList<>();
            List<Timing> jena = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                boolean arsenalFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    System.gc();
                    Path store = work.resolve("store-" + round + "-" + turn);
                    if (arsenalFirst == (turn == 0)) {
                        say(log, "round " + (round + 1) + ": arsenal load (RdfFileLoader)");
                        arsenal.add(loadArsenal(file, store));
                    } else {
                        say(log, "round " + (round + 1) + ": tdb2.tdbloader");
                        jena.add(loadJena(file, store));
                    }
                    if (!keep) delete(store);
                }
            }
            return new Result(written, Files.size(file), arsenal, jena);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!keep) delete(work);
        }
    }

    private static Timing loadArsenal(Path file, Path dir) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        try (Store store = Store.open(dir)) {
            RdfFileLoader.load(store, file);
            long elapsed = System.nanoTime() - start;
            cpu = processCpuNanos() - cpu;
            return new Timing(elapsed, cpu, count(store.dataset().asDatasetGraph()));
        }
    }

    private static Timing loadJena(Path file, Path dir) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        tdb2.tdbloader.main("--quiet", "--loc", dir.toString(), file.toString());
        long elapsed = System.nanoTime() - start;
        cpu = processCpuNanos() - cpu;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            return new Timing(elapsed, cpu, count(dsg));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** CPU time of the whole JVM, or 0 when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private static void say(PrintWriter log, String line) {
        log.println(line);
        log.flush();
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code LoadBenchmark [TRIPLES [ROUNDS [WORKDIR [--keep]]]]}: 5,000,000 triples, one round, in a new temp
     * directory by default.
     */
    public static void main(String[] args) throws IOException {
        long triples = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("arsenal-loadbench");
        boolean keep = args.length > 3 && args[3].equals("--keep");
        PrintWriter out = new PrintWriter(System.out, true);
        run(work, triples, rounds, 300_000, keep, out).print(out);
    }
}
