package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.w3id.arsenal.export.ExportBenchmark;
import org.w3id.arsenal.export.ExportFormats;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export throughput per format (RDF4J Rio writers): an in-memory store of the bundled data "
                + "replicated to at least --statements, written in every registered format; triples/s and MB/s."},
        footer = {"", "Example:", "  java -Xmx4g -jar arsenal.jar bench export --statements 1000000"})
final class BenchExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--statements", defaultValue = "1000000",
            description = "Statements in the store to export (default: ${DEFAULT-VALUE}).")
    long statements;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.inMemory()) {
            ExportBenchmark.replicatedStore(store, statements, out::println);
            ExportBenchmark.run(store, ExportFormats.all(), 2, out);
        }
        out.flush();
        return Main.OK;
    }
}
