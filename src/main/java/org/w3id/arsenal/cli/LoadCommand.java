package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.pipeline.ReportLoader;
import org.w3id.arsenal.pipeline.Reports;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.records.RecordLoader;
import org.w3id.arsenal.store.LoadOptions;
import org.w3id.arsenal.store.RdfFileLoader;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load reports, structured records and RDF files into the store. With no FILE, load the bundled "
                + "sample reports.",
            "A report (.txt with header, .md, .html) is extracted into its own named graph (its report IRI); an RDF "
                + "file goes into its own graph (its file: IRI, or --graph), a quad file's graphs keep their names. "
                + "Loading again replaces, never duplicates. RDF syntax comes from the extension (.ttl .trig .nt .nq "
                + ".rdf .owl .jsonld .trix, optionally .gz). A bad file is reported with its line and changes "
                + "nothing; the other files still load. The ontology and the reference vocabulary are (re)installed, "
                + "identity candidates between reports and inferred statements recomputed."},
        footer = {"", "Examples:", "  arsenal load", "  arsenal load my-report.txt analysis.html notes.ttl",
            "  arsenal load --store /tmp/kb a.trig b.nq"})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--graph", paramLabel = "IRI", description = "Graph name for an RDF file's triples (one file only).")
    String graph;

    @Option(names = "--lenient", description = "Load the good statements or rows of a file and list the bad ones "
            + "(where the syntax allows going on after an error).")
    boolean lenient;

    @Option(names = "--force", description = "Load RDF and records even when they break the SHACL shapes.")
    boolean force;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Reports, structured records (.csv, .json, .yaml) or RDF files to load.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        if (graph != null && files.size() != 1) throw new InputException("--graph names one graph: give one file");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Reports reports = Reports.withDefaults();
        ReportLoader loader = new ReportLoader(reports);
        int failed = 0;
        try (Store s = store.openOrCreate()) {
            if (files.isEmpty()) {
                StoreSetup.loadDefaults(s, out::println);
                return Main.OK;
            }
            StoreSetup.prepare(s);
            for (Path file : files) {
                try {
                    LoadOptions options = LoadOptions.DEFAULT.withLenient(lenient).withShapeCheck(!force);
                    if (reports.readers().accepts(file)) {
                        ReportLoader.Loaded l = loader.load(s, file);
                        out.printf("loaded %s: %d claims into %s%n", file, l.claims(), l.graph());
                    } else if (RecordLoader.accepts(file)) {
                        RecordLoader.Loaded l = RecordLoader.load(s, file, options);
                        out.printf("loaded %s: %d rows, %d claims into %s%n", file, l.rows(), l.claims(),
                                String.join(", ", l.graphs()));
                        l.skipped().forEach(line -> err.println("arsenal: skipped " + line));
                    } else {
                        RdfFileLoader.Loaded l = RdfFileLoader.load(s, file,
                                graph == null ? RdfFileLoader.defaultGraphName(file) : graph, options);
                        out.printf("loaded %s: %d statements into %s%n", file, l.statements(),
                                String.join(", ", l.graphs()));
                        l.skipped().forEach(line -> err.println("arsenal: skipped " + line));
                    }
                } catch (InputException e) {
                    err.println("arsenal: " + e.getMessage());
                    failed++;
                }
            }
            StoreSetup.finish(s, out::println);
        }
        if (failed > 0) err.printf("arsenal: %d of %d files not loaded%n", failed, files.size());
        return failed > 0 ? Main.USER_ERROR : Main.OK;
    }
}
