package org.w3id.arsenal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.store.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a generated N-Quads file into TDB2 with 'arsenal load' and with Jena's bulk loader "
                + "(tdb2.tdbloader) in the same run; print triples/s of both and their ratio (target >= 0.9)."},
        footer = {"", "Example:", "  java -Xmx4g -jar arsenal.jar bench load --triples 5000000"})
final class BenchLoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--triples", defaultValue = "5000000", description = "Triples to generate (default: ${DEFAULT-VALUE}).")
    long triples;

    @Option(names = "--rounds", defaultValue = "1", description = "Timed rounds of each loader (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work directory (default: a new temporary one, removed after).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (triples < 1000) throw new InputException("--triples must be at least 1000");
        PrintWriter out = spec.commandLine().getOut();
        Path work = dir != null ? dir : Files.createTempDirectory("arsenal-loadbench");
        LoadBenchmark.run(work, triples, rounds, 300_000, dir != null, out).print(out);
        out.flush();
        return Main.OK;
    }
}
