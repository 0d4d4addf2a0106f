package org.w3id.arsenal.export;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.store.Store;

/**
 * Export throughput per format: statements/s and MB/s of {@link Exporter#write} (the whole store, each format as
 * the CLI writes it) over the bundled store, its report and reference graphs replicated under fresh IRIs until
 * the store holds the target number of statements. Output goes to a byte counter, so the figures are Rio's and
 * the store's, not the disk's. A measurement tool, not a test: run it, e.g.
 * {@code java -Xmx4g -cp target/arsenal.jar org.w3id.arsenal.export.ExportBenchmark 1000000}.
 */
public final class ExportBenchmark {

    /** One timed write. */
    public record Result(String format, long statements, long bytes, double seconds) {
        public double statementsPerSecond() {
            return statements / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private ExportBenchmark() {}

    public static void main(String[] args) {
        long target = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        List<RDFFormat> formats = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            formats.add(ExportFormats.find(name).orElseThrow(() -> new InputException("unknown format " + name)));
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.inMemory()) {
            replicatedStore(store, target, out::println);
            run(store, formats.isEmpty() ? ExportFormats.all() : formats, 2, out);
        }
    }

    /**
     * Fills an (empty) store with the bundled data, then copies of its non-ontology graphs whose
     * https://w3id.org/arsenal/id/ IRIs (graph names included) get a "copy-N/" segment, until it holds at least
     * {@code target} statements. Returns the number of statements.
     */
    public static long replicatedStore(Store store, long target, Consumer<String> log) {
        StoreSetup.loadDefaults(store, m -> {});
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<Quad> seed = Txn.calculateRead(dsg, () -> {
            List<Quad> qs = new ArrayList<>();
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().getURI().startsWith(Exporter.CORE)) qs.add(q);
            });
            return qs;
        });
        long size = Txn.calculateRead(dsg, () -> count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        for (int copy = 1; size < target && !seed.isEmpty(); copy++) {
            String segment = Iris.ID + "copy-" + copy + "/";
            Map<Node, Node> blanks = new HashMap<>();
            Txn.executeWrite(dsg, () -> seed.forEach(q -> dsg.add(Quad.create(
                    rename(q.getGraph(), segment, blanks), rename(q.getSubject(), segment, blanks),
                    q.getPredicate(), rename(q.getObject(), segment, blanks)))));
            size += seed.size();
        }
        log.accept(String.format("export benchmark store: %,d statements (bundled data and copies)", size));
        return size;
    }

    /** Writes the whole store in each format, {@code runs} times (the first warms up the JIT), printing the last. */
    public static List<Result> run(Store store, List<RDFFormat> formats, int runs, PrintWriter out) {
        List<Result> results = new ArrayList<>();
        out.printf("%-12s %12s %14s %9s %14s %9s%n", "format", "statements", "bytes", "seconds", "statements/s",
                "MB/s");
        for (RDFFormat f : formats) {
            Result r = null;
            for (int i = 0; i < Math.max(1, runs); i++) r = once(store, f);
            results.add(r);
            out.printf("%-12s %,12d %,14d %9.2f %,14.0f %9.1f%n", r.format(), r.statements(), r.bytes(), r.seconds(),
                    r.statementsPerSecond(), r.megabytesPerSecond());
        }
        Runtime rt = Runtime.getRuntime();
        out.printf("Java %s, %d processors, max heap %,d MB%n", System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() >> 20);
        return results;
    }

    private static Result once(Store store, RDFFormat f) {
        CountingSink sink = new CountingSink();
        long t0 = System.nanoTime();
        long n = Exporter.write(store, Optional.empty(), f, sink);
        return new Result(ExportFormats.key(f), n, sink.bytes, (System.nanoTime() - t0) / 1e9);
    }

    private static Node rename(Node n, String segment, Map<Node, Node> blanks) {
        if (n.isBlank()) return blanks.computeIfAbsent(n, k -> NodeFactory.createBlankNode());
        if (n.isURI() && n.getURI().startsWith(Iris.ID)) {
            return NodeFactory.createURI(segment + n.getURI().substring(Iris.ID.length()));
        }
        return n;
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) n++;
        return n;
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
