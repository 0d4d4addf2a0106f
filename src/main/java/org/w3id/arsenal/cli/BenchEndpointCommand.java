package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.arsenal.bench.EndpointBenchmark;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.serve.ArsenalServer;
import org.w3id.arsenal.serve.ServerSettings;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "endpoint", mixinStandardHelpOptions = true,
        description = {"Measure the latency of the competency questions over HTTP: a real server on a free port over "
                + "an in-memory store with the bundled reports; each question run alone (p50/p99), then parallel "
                + "clients for a while (requests/s, errors, p50/p99)."},
        footer = {"", "Example:", "  arsenal bench endpoint --repeats 50 --clients 32 --seconds 20"})
final class BenchEndpointCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--repeats", defaultValue = "50", description = "Timed runs of each question (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--clients", defaultValue = "32", description = "Parallel clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "Duration of the parallel phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.inMemory()) {
            StoreSetup.loadDefaults(store, line -> { });
            try (ArsenalServer server = ArsenalServer.start(store, ServerSettings.defaults().withPort(0))) {
                int errors = EndpointBenchmark.run(server.url() + ServerSettings.DATASET + "/sparql", repeats, clients,
                        Duration.ofSeconds(seconds), line -> {
                            out.println(line);
                            out.flush();
                        });
                return errors == 0 ? Main.OK : Main.USER_ERROR;
            }
        }
    }
}
