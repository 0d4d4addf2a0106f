package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.store.OntologyGraphs;
import org.w3id.arsenal.store.RdfFileLoader;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load RDF files into the store.",
            "Each file goes into its own named graph (its file: IRI, or --graph), replaced on reload; a quad file's "
                + "named graphs keep their names. The syntax comes from the extension (.ttl .trig .nt .nq .rdf .owl "
                + ".jsonld .trix, optionally .gz). A file with a syntax error is reported with its line and column "
                + "and changes nothing; the other files still load. The bundled ontology is (re)installed too."},
        footer = {"", "Examples:", "  arsenal load my-notes.ttl", "  arsenal load --store /tmp/kb a.trig b.nq"})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--graph", paramLabel = "IRI", description = "Graph name for the triples (one file only).")
    String graph;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files to load.")
    List<Path> files;

    @Override
    public Integer call() {
        if (graph != null && files.size() != 1) throw new InputException("--graph names one graph: give one file");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (Store s = store.openOrCreate()) {
            OntologyGraphs.install(s);
            for (Path file : files) {
                try {
                    RdfFileLoader.Loaded loaded = graph == null ? RdfFileLoader.load(s, file)
                            : RdfFileLoader.load(s, file, graph);
                    out.printf("loaded %s: %d statements into %s%n", file, loaded.statements(),
                            String.join(", ", loaded.graphs()));
                } catch (InputException e) {
                    err.println("arsenal: " + e.getMessage());
                    failed++;
                }
            }
        }
        if (failed > 0) err.printf("arsenal: %d of %d files not loaded%n", failed, files.size());
        return failed > 0 ? 1 : 0;
    }
}
