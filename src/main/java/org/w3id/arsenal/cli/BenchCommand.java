package org.w3id.arsenal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.bench.BenchResult;
import org.w3id.arsenal.bench.CorpusGenerator;
import org.w3id.arsenal.bench.ExtractionBenchmark;
import org.w3id.arsenal.bench.GeneratedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchEndpointCommand.class, BenchLoadCommand.class, BenchExportCommand.class},
        description = {"Measure extraction throughput (report text -> claims -> RDF quads) over a generated corpus.",
            "Generates a deterministic synthetic corpus (KCNA field guidance, wire news, think-tank imagery "
                + "analysis; 200 to 1,200 words each), loads the models, runs an untimed warm-up, then times one "
                + "pass and prints words/s (also per thread and per CPU-second), reports/s, claims/s, peak heap "
                + "and GC. Words are word tokens of the report bodies as the pipeline's tokenizer sees them. "
                + "The target is 50,000 words/s per core: keep --threads at most the number of processors."},
        footer = {"", "Examples:", "  java -Xmx2g -jar arsenal.jar bench --reports 2000",
            "  arsenal bench --reports 2000 --threads 2 --seed 7 --out /tmp/corpus",
            "  arsenal bench endpoint        (latency of the competency questions over HTTP)"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "N", defaultValue = "2000",
            description = "Reports in the corpus (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Worker threads, each with its own extractor (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the corpus generator; the same seed gives the same corpus (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "200",
            description = "Reports run untimed first, to warm up the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the generated corpus to DIR.")
    Path out;

    @Override
    public Integer call() {
        if (reports < 1) throw new InputException("--reports must be at least 1, not " + reports);
        if (threads < 1) throw new InputException("--threads must be at least 1, not " + threads);
        if (warmup < 0) throw new InputException("--warmup must not be negative, not " + warmup);
        PrintWriter w = spec.commandLine().getOut();
        List<GeneratedReport> corpus = new CorpusGenerator(seed).generate(reports);
        if (out != null) {
            try {
                CorpusGenerator.write(corpus, out);
            } catch (IOException e) {
                throw new InputException("cannot write the corpus to " + out + ": " + e.getMessage(), e);
            }
            w.printf("wrote %d reports to %s%n", corpus.size(), out);
        }
        w.printf("extraction benchmark: %d generated reports (seed %d), report -> claims -> RDF%n", reports, seed);
        w.flush();
        BenchResult r = ExtractionBenchmark.run(corpus, threads, warmup);
        r.lines().forEach(w::println);
        w.println("environment:");
        BenchResult.environment().forEach(w::println);
        w.flush();
        return 0;
    }
}
