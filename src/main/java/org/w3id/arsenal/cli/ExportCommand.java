package org.w3id.arsenal.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.export.ExportFormats;
import org.w3id.arsenal.export.ExportedFile;
import org.w3id.arsenal.export.Exporter;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the graph for use elsewhere (another triple store, a notebook, Protégé, a web page).",
            "With --out DIR: every named graph (all.nq, all.trig), their union as one graph (merged.ttl, .nt, .rdf, "
                + ".jsonld), the ontology modules (ontology.*, ontology-align.*), one Protégé-ready OWL file of "
                + "ontology and individuals (arsenal-protege.owl in RDF/XML, arsenal-protege.ttl), the JSON-LD "
                + "context, a VoID description (void.ttl) and SHA256SUMS. With --format: one format to standard "
                + "output: every named graph for formats with quads, else the merged graph; --graph for one graph."},
        footer = {"", "Examples:", "  arsenal export --out dump", "  arsenal export --out dump --gzip",
            "  arsenal export --format turtle > arsenal.ttl",
            "  arsenal export --format nquads --graph https://w3id.org/arsenal/id/report/seed-000-artillery-plants",
            "  arsenal export --list-formats"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every dump into DIR.")
    Path out;

    @Option(names = "--gzip", description = "With --out: gzip every data file (NAME.gz; SHA256SUMS hashes the .gz).")
    boolean gzip;

    @Option(names = "--format", paramLabel = "NAME",
            description = "Write one format to standard output: a name from --list-formats, a file extension or "
                    + "a media type.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "With --format: only this named graph.")
    String graph;

    @Option(names = "--list-formats", description = "List the formats (Rio's registered writers).")
    boolean listFormats;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (listFormats) {
            listFormats(w);
            return 0;
        }
        if ((out == null) == (format == null)) {
            throw new InputException("give --out DIR or --format NAME (one of them)");
        }
        if (out != null && graph != null) throw new InputException("--graph goes with --format, not --out");
        if (format != null && gzip) throw new InputException("--gzip goes with --out; pipe --format output to gzip");
        if (out != null) {
            List<ExportedFile> files;
            try (Store s = store.openExisting()) {
                files = Exporter.exportAll(s, out, gzip);
            }
            int width = files.stream().mapToInt(f -> f.name().length()).max().orElse(0);
            for (ExportedFile f : files) {
                w.printf("%-" + width + "s %,12d bytes  %s%n", f.name(), f.bytes(), f.sha256());
            }
            w.printf("wrote %d files to %s%n", files.size(), out);
            w.flush();
            return 0;
        }
        RDFFormat f = ExportFormats.find(format).orElseThrow(() -> new InputException("unknown format '" + format
                + "' (see arsenal export --list-formats)"));
        try (Store s = store.openExisting()) {
            w.flush();
            OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
            Exporter.write(s, Optional.ofNullable(graph), f, stdout);
            stdout.flush();
        }
        return 0;
    }

    private static void listFormats(PrintWriter w) {
        w.printf("%-12s %-12s %-6s %-28s %s%n", "NAME", "RIO NAME", "QUADS", "MEDIA TYPE", "EXTENSIONS");
        for (RDFFormat f : ExportFormats.all()) {
            w.printf("%-12s %-12s %-6s %-28s %s%n", ExportFormats.key(f), f.getName(),
                    ExportFormats.supportsQuads(f) ? "yes" : "no", f.getDefaultMIMEType(),
                    String.join(" ", f.getFileExtensions()));
        }
        w.flush();
    }
}
