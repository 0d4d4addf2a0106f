package org.w3id.arsenal.store;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.RDFParserRegistry;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.NTriplesParserSettings;
import org.w3id.arsenal.InputException;

/**
 * Loads one RDF file, in any syntax RDF4J Rio parses, into the store inside a single write transaction,
 * streaming, so an error anywhere aborts the transaction and leaves the store exactly as it was.
 *
 * <p>Triples go to the file's own graph (its {@code file:} IRI unless named). A quad file's named graphs keep
 * their names; its default-graph triples go to the file's graph. Every graph the file writes is cleared the
 * first time the file mentions it, so loading the same file again replaces rather than duplicates. Blank nodes
 * are scoped to one load of one file. A big file into an empty store takes TDB2's bulk loader instead
 * ({@link BulkLoad}), with the same outcome.
 */
public final class RdfFileLoader {

    /**
     * What one load wrote.
     *
     * @param skipped in lenient mode, the input left out, each as {@code FILE:LINE[:COL]: message}
     */
    public record Loaded(Path file, Set<String> graphs, long statements, List<String> skipped) {
        public Loaded(Path file, Set<String> graphs, long statements) {
            this(file, graphs, statements, List.of());
        }
    }

    private RdfFileLoader() {}

    /** The syntax of a file by its extension ({@code .gz} allowed), from Rio's parser registry; null when unknown. */
    public static RDFFormat syntaxOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        Optional<RDFFormat> f = RDFParserRegistry.getInstance().getFileFormatForFileName(name);
        return f.orElse(null);
    }

    /** The graph a file's triples go to when no name is given. */
    public static String defaultGraphName(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    public static Loaded load(Store store, Path file) {
        return load(store, file, defaultGraphName(file), LoadOptions.DEFAULT);
    }

    public static Loaded load(Store store, Path file, String graphName) {
        return load(store, file, graphName, LoadOptions.DEFAULT);
    }

    /** @param graphName the graph for the file's triples, or null for {@link #defaultGraphName(Path)} */
    public static Loaded load(Store store, Path file, String graphName, LoadOptions options) {
        RDFFormat format = checkedSyntax(file);
        Node fileGraph = NodeFactory.createURI(graphName == null ? defaultGraphName(file) : graphName);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (BulkLoad.applies(dsg, file)) return BulkLoad.load(dsg, file, format, fileGraph, options);
        return Txn.calculateWrite(dsg, () -> {
            ReplacingWriter writer = new ReplacingWriter(dsg, fileGraph);
            ParseProblems problems = new ParseProblems(file.toString());
            QuadHandler handler = new QuadHandler(fileGraph, writer, problems, options.lenient());
            parse(file, format, handler, problems, options.lenient());
            if (options.checkShapes()) Validation.refuseViolations(file.toString(), dsg, writer.graphNodes);
            return new Loaded(file, writer.graphs, handler.count, problems.skipped());
        });
    }

    static RDFFormat checkedSyntax(Path file) {
        RDFFormat format = syntaxOf(file);
        if (format == null) {
            throw new InputException(file + ": unknown RDF syntax (expected an extension such as .ttl, .trig, .nt, "
                    + ".nq, .rdf, .owl, .jsonld, .trix, .rj, .brf; optionally .gz)");
        }
        if (!Files.isRegularFile(file)) throw new InputException(file + ": no such file");
        return format;
    }

    /** Streams the file's statements into the handler; any error becomes an InputException naming file and line. */
    static void parse(Path file, RDFFormat format, QuadHandler handler, ParseProblems problems, boolean lenient) {
        RDFParser parser = Rio.createParser(format);
        configure(parser.getParserConfig(), format, lenient);
        parser.setRDFHandler(handler);
        parser.setParseErrorListener(problems);
        parser.setParseLocationListener(problems);
        CountingStream in = null;
        try (CountingStream counted = new CountingStream(open(file))) {
            in = counted;
            parser.parse(counted, file.toUri().toString());
        } catch (RDFParseException e) {
            throw problems.fatal(e, format, lenient, in == null ? 0 : in.count);
        } catch (RDFHandlerException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new InputException(file + ": " + e.getMessage(), e);
        } catch (EOFException e) {
            String where = format.equals(RDFFormat.BINARY) ? " at byte " + (in == null ? 0 : in.count) : "";
            throw new InputException(file + ":" + where + " unexpected end of file", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Strict: Rio's defaults, every error fatal. Lenient: what Rio can recover from is reported and skipped
     * instead: a bad line in N-Triples/N-Quads (the parser resumes at the next line), a bad IRI in Turtle/TriG
     * (the parser drops the statements that use it), a bad language tag (we drop the statement).
     */
    @SuppressWarnings("removal") // FAIL_ON_INVALID_LINES: deprecated, still the only line-recovery switch in 5.2
    private static void configure(ParserConfig config, RDFFormat format, boolean lenient) {
        if (!lenient) return;
        if (format.equals(RDFFormat.NTRIPLES) || format.equals(RDFFormat.NQUADS)) {
            config.addNonFatalError(NTriplesParserSettings.FAIL_ON_INVALID_LINES);
        }
        // Only where the parser survives it: RDF/XML and N-Triples fail on a null term instead.
        if (format.equals(RDFFormat.TURTLE) || format.equals(RDFFormat.TRIG)) {
            config.addNonFatalError(BasicParserSettings.VERIFY_URI_SYNTAX);
        }
        config.addNonFatalError(BasicParserSettings.VERIFY_LANGUAGE_TAGS);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Writes into the dataset, clearing each graph the first time it appears. */
    private static final class ReplacingWriter implements QuadHandler.Target {
        private final DatasetGraph dsg;
        private final Node fileGraph;
        private final Set<Node> cleared = new HashSet<>();
        final Set<Node> graphNodes = new LinkedHashSet<>();
        final Set<String> graphs = new TreeSet<>();
        private Node last;

        ReplacingWriter(DatasetGraph dsg, Node fileGraph) {
            this.dsg = dsg;
            this.fileGraph = fileGraph;
            // Cleared even if the file no longer writes to it: reloading an emptied file empties its graph.
            dsg.deleteAny(fileGraph, Node.ANY, Node.ANY, Node.ANY);
            cleared.add(fileGraph);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            if (g != last) {
                last = g;
                if (graphNodes.add(g)) {
                    if (cleared.add(g)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    graphs.add(g.isURI() ? g.getURI() : g.toString());
                }
            }
            dsg.add(g, s, p, o);
        }
    }

    /** Counts bytes read, to place an error in a binary file, which has no lines. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
