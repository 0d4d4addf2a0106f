package org.w3id.arsenal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * A big file into an empty TDB2 store goes through TDB2's phased bulk loader, the one {@code tdb2.tdbloader}
 * uses for an empty database: Rio parses on this thread while the node table and the indexes are built on
 * others. The bulk loader has no rollback, so the empty store is what makes it safe: an empty store has no graph
 * to replace and nothing to keep but its emptiness, so on any error (syntax, or the shapes) the loaded quads are
 * deleted again and the store holds exactly what it held before: nothing.
 */
final class BulkLoad {

    /** Smaller files load as fast in one transaction, without the loader's threads. */
    static final long MIN_BYTES = 4L << 20;

    private BulkLoad() {}

    static boolean applies(DatasetGraph dsg, Path file) {
        try {
            if (Files.size(file) < MIN_BYTES || !TDBInternal.isTDB2(dsg)) return false;
        } catch (IOException e) {
            return false;
        }
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    static RdfFileLoader.Loaded load(DatasetGraph dsg, Path file, RDFFormat format, Node fileGraph,
            LoadOptions options) {
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {});
        StreamRDF stream = loader.stream();
        Set<Node> graphs = new LinkedHashSet<>();
        QuadHandler.Target target = new QuadHandler.Target() {
            private Node last;

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                if (g != last) {
                    last = g;
                    graphs.add(g);
                }
                stream.quad(Quad.create(g, s, p, o));
            }
        };
        ParseProblems problems = new ParseProblems(file.toString());
        QuadHandler handler = new QuadHandler(fileGraph, target, problems, options.lenient());
        RuntimeException failure = null;
        loader.startBulk();
        try {
            RdfFileLoader.parse(file, format, handler, problems, options.lenient());
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            // Always finish: the loader's threads wait for the end of the data, and only then release the store.
            loader.finishBulk();
        }
        if (failure == null && options.checkShapes()) {
            try {
                Txn.executeRead(dsg, () -> Validation.refuseViolations(file.toString(), dsg, graphs));
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            Txn.executeWrite(dsg, dsg::clear);
            throw failure;
        }
        Set<String> names = new TreeSet<>();
        for (Node g : graphs) names.add(g.isURI() ? g.getURI() : g.toString());
        return new RdfFileLoader.Loaded(file, names, handler.count, problems.skipped());
    }
}
