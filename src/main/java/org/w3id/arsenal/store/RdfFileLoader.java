package org.w3id.arsenal.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.arsenal.InputException;

/**
 * Loads one RDF file into the store inside a single write transaction, streaming, so a syntax error anywhere
 * aborts the transaction and leaves the store exactly as it was.
 *
 * <p>Triples go to the file's own graph (its {@code file:} IRI unless named). A quad file's named graphs keep
 * their names; its default-graph triples go to the file's graph. Every graph the file writes is cleared the
 * first time the file mentions it, so loading the same file again replaces rather than duplicates.
 */
public final class RdfFileLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RdfFileLoader.class);

    /** What one load wrote. */
    public record Loaded(Path file, Set<String> graphs, long statements) {}

    private RdfFileLoader() {}

    /** The syntax of a file by its extension ({@code .gz} allowed), or null when unknown. */
    public static Lang syntaxOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        return RDFLanguages.filenameToLang(name);
    }

    /** The graph a file's triples go to when no name is given. */
    public static String defaultGraphName(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    public static Loaded load(Store store, Path file) {
        return load(store, file, defaultGraphName(file));
    }

    public static Loaded load(Store store, Path file, String graphName) {
        Lang lang = syntaxOf(file);
        if (lang == null) {
            throw new InputException(file + ": unknown RDF syntax (expected an extension such as .ttl, .trig, .nt, "
                    + ".nq, .rdf, .owl, .jsonld, .trix, .rj, .rt; optionally .gz)");
        }
        if (!Files.isRegularFile(file)) throw new InputException(file + ": no such file");
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            ReplacingSink sink = new ReplacingSink(dsg, NodeFactory.createURI(graphName));
            try (InputStream in = open(file)) {
                RDFParser.source(in).lang(lang).base(file.toUri().toString())
                        .errorHandler(new FailingErrorHandler(file.toString())).parse(sink);
            } catch (RiotException e) {
                throw new InputException(file + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new InputException(file + ": cannot read: " + e.getMessage(), e);
            }
            return new Loaded(file, sink.graphs, sink.count);
        });
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Writes into the dataset, clearing each graph the first time it appears. */
    private static final class ReplacingSink extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node fileGraph;
        private final Set<Node> cleared = new HashSet<>();
        final Set<String> graphs = new TreeSet<>();
        long count;

        ReplacingSink(DatasetGraph dsg, Node fileGraph) {
            this.dsg = dsg;
            this.fileGraph = fileGraph;
            // Cleared even if the file no longer writes to it: reloading an emptied file empties its graph.
            dsg.deleteAny(fileGraph, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public void triple(Triple t) {
            add(fileGraph, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void quad(Quad q) {
            Node g = q.isDefaultGraph() ? fileGraph : q.getGraph();
            add(g, q.getSubject(), q.getPredicate(), q.getObject());
        }

        private void add(Node g, Node s, Node p, Node o) {
            if (cleared.add(g)) {
                if (!g.equals(fileGraph)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                graphs.add(g.getURI());
            }
            dsg.add(g, s, p, o);
            count++;
        }
    }

    /** Turns a parser error into an InputException naming file, line and column; warnings are logged. */
    private record FailingErrorHandler(String source) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}", InputException.at(source, line, col, message).getMessage());
        }

        @Override
        public void error(String message, long line, long col) {
            throw InputException.at(source, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw InputException.at(source, line, col, message);
        }
    }
}
