package org.w3id.arsenal.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.store.Store;

/**
 * Stores and dumps shared by the export tests (one JVM runs them all): the bundled store (ontology, reference
 * vocabulary, the sample reports, identity candidates, inferences) and a generated store of awkward data.
 * Built once, on first use; stores are in-memory TDB2, like {@code serve --mem}.
 */
final class Fixtures {

    /** A store and a plain in-memory copy of it, to compare outside transactions. */
    record Source(String name, Store store, DatasetGraph copy) {
        /** The named graphs' union, as the merged dumps hold it. */
        Graph merged() {
            Graph g = GraphFactory.createDefaultGraph();
            copy.getUnionGraph().find().forEachRemaining(g::add);
            return g;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Source bundled;
    private static Source generated;
    private static Path dumps;
    private static Path gzipDumps;

    private Fixtures() {}

    static synchronized Source bundled() {
        if (bundled == null) {
            Store s = Store.inMemory();
            StoreSetup.loadDefaults(s, m -> {});
            bundled = new Source("bundled", s, copy(s));
        }
        return bundled;
    }

    static synchronized Source generated() {
        if (generated == null) {
            Store s = Store.inMemory();
            Txn.executeWrite(s.dataset(), () -> GeneratedData.quads().forEach(s.dataset().asDatasetGraph()::add));
            generated = new Source("generated", s, copy(s));
        }
        return generated;
    }

    /** The bundled store exported with {@code exportAll}, plain or gzipped. */
    static synchronized Path dumps(boolean gzip) {
        if (gzip ? gzipDumps == null : dumps == null) {
            Path dir = tempDir(gzip ? "arsenal-export-gz" : "arsenal-export");
            Exporter.exportAll(bundled().store(), dir, gzip);
            if (gzip) gzipDumps = dir;
            else dumps = dir;
        }
        return gzip ? gzipDumps : dumps;
    }

    static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatasetGraph copy(Store s) {
        DatasetGraph dsg = s.dataset().asDatasetGraph();
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add));
        return copy;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
