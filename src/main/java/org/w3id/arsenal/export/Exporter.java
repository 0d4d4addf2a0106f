package org.w3id.arsenal.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.store.OntologyGraphs;
import org.w3id.arsenal.store.Store;

/**
 * Writes the store for use elsewhere, with Rio: one graph or the whole store in any registered format
 * ({@link #write}), or the full set of dumps with a VoID description and a SHA-256 manifest ({@link #exportAll}).
 * Each operation reads one consistent snapshot (one read transaction).
 */
public final class Exporter {

    public static final String CORE = "https://w3id.org/arsenal/ontology";
    public static final String ALIGN = CORE + "/align";
    public static final String MANIFEST = "SHA256SUMS";

    private static final List<RDFFormat> MERGED = List.of(RDFFormat.TURTLE, RDFFormat.NTRIPLES, RDFFormat.RDFXML,
            RDFFormat.JSONLD);

    private final DatasetGraph dsg;
    private final Path dir;
    private final boolean gzip;
    private final List<ExportedFile> written = new ArrayList<>();

    private Exporter(DatasetGraph dsg, Path dir, boolean gzip) {
        this.dsg = dsg;
        this.dir = dir;
        this.gzip = gzip;
    }

    /**
     * Streams the store to {@code out}: with a graph, that named graph; without, every named graph for a format
     * that has quads (N-Quads, TriG, …) and their merged union for the others. Returns the statements written.
     */
    public static long write(Store store, Optional<String> graph, RDFFormat format, OutputStream out) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Content c;
            if (graph.isPresent()) {
                Node g = NodeFactory.createURI(graph.get());
                if (!dsg.containsGraph(g) || dsg.getGraph(g).isEmpty()) {
                    throw new InputException("no graph <" + graph.get() + "> in the store");
                }
                c = Content.graph(dsg, g);
            } else {
                c = ExportFormats.supportsQuads(format) ? Content.namedGraphs(dsg) : Content.merged(dsg);
            }
            return RdfWriters.write(c, format, out, List.of());
        });
    }

    /** Writes every dump into {@code dir} (created if needed); returns the files written, manifest last. */
    public static List<ExportedFile> exportAll(Store store, Path dir, boolean gzip) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Exporter x = new Exporter(dsg, dir, gzip);
        Txn.executeRead(dsg, x::run);
        return x.written;
    }

    private void run() {
        List<VoidDescription.Dump> main = new ArrayList<>();
        main.add(dump("all", RDFFormat.NQUADS, Content.namedGraphs(dsg), List.of()));
        main.add(dump("all", RDFFormat.TRIG, Content.namedGraphs(dsg), List.of()));
        for (RDFFormat f : MERGED) main.add(dump("merged", f, Content.merged(dsg), List.of()));

        List<VoidDescription.Part> subsets = new ArrayList<>();
        subsets.add(module("ontology", "Arsenal ontology, core module", CORE));
        subsets.add(module("ontology-align", "Arsenal ontology, alignment module", ALIGN));

        ProtegeFile.Result protege = ProtegeFile.build(dsg);
        Content pc = () -> protege.triples().stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).iterator();
        subsets.add(new VoidDescription.Part("arsenal-protege",
                "Protégé-ready OWL 2 DL file: the ontology and every individual", protege.triples().size(),
                List.of(dumpAs("arsenal-protege.owl", RDFFormat.RDFXML, pc, protege.header()),
                        dump("arsenal-protege", RDFFormat.TURTLE, pc, protege.header()))));

        plain("context.jsonld", JsonLdContext.bytes());
        List<Triple> voidTriples = VoidDescription.describe(dsg, main, subsets);
        Content vc = () -> voidTriples.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).iterator();
        written.add(file("void.ttl", false, out -> RdfWriters.write(vc, RDFFormat.TURTLE, out,
                List.of("VoID description of this export (https://www.w3.org/TR/void/); checksums in " + MANIFEST),
                Map.of("void", Prefixes.VOID, "dump", Prefixes.DUMP, "dcat", Prefixes.DCAT))));
        manifest();
    }

    private VoidDescription.Part module(String name, String title, String graph) {
        Node g = NodeFactory.createURI(graph);
        // A store always has the modules (every load installs them); if one is missing, export the bundled copy.
        Content c = dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty() ? Content.triplesOf(dsg, g)
                : Content.of((graph.equals(CORE) ? OntologyGraphs.core() : OntologyGraphs.alignment()).getGraph());
        long size = 0;
        for (var it = c.quads(); it.hasNext(); it.next()) size++;
        List<VoidDescription.Dump> dumps = new ArrayList<>();
        for (RDFFormat f : MERGED) dumps.add(dump(name, f, c, List.of()));
        return new VoidDescription.Part(name, title, size, dumps);
    }

    private VoidDescription.Dump dump(String base, RDFFormat f, Content c, List<String> comments) {
        return dumpAs(base + "." + ExportFormats.extension(f), f, c, comments);
    }

    private VoidDescription.Dump dumpAs(String name, RDFFormat f, Content c, List<String> comments) {
        ExportedFile w = file(name, gzip, out -> RdfWriters.write(c, f, out, comments));
        written.add(w);
        return new VoidDescription.Dump(w.name(), f.getDefaultMIMEType(), gzip);
    }

    private void plain(String name, byte[] bytes) {
        written.add(file(name, false, out -> out.write(bytes)));
    }

    /** sha256sum-compatible: "HASH  NAME" per line, sorted by name; check with `sha256sum -c SHA256SUMS`. */
    private void manifest() {
        StringBuilder b = new StringBuilder();
        written.stream().sorted(Comparator.comparing(ExportedFile::name))
                .forEach(f -> b.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        plain(MANIFEST, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes one file, gzipped or not, hashing the bytes that land on disk; removes its other variant. */
    private ExportedFile file(String name, boolean compress, Body body) {
        String fileName = compress ? name + ".gz" : name;
        Path path = dir.resolve(fileName);
        try {
            Files.deleteIfExists(dir.resolve(compress ? name : name + ".gz"));
            HashingOutputStream hashing = new HashingOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
            OutputStream inner = compress ? new GZIPOutputStream(hashing, 1 << 16) : hashing;
            try (OutputStream out = new BufferedOutputStream(inner, 1 << 16)) {
                body.write(out);
            }
            return new ExportedFile(fileName, hashing.bytes(), hashing.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
