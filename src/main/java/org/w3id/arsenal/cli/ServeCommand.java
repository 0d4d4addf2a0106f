package org.w3id.arsenal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.serve.ArsenalServer;
import org.w3id.arsenal.serve.ServerSettings;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the SPARQL endpoint (embedded Jena Fuseki over the store) with the query UI at /, "
                + "entity pages and linked data at /id/…, the ontology at /ontology and VoID at /.well-known/void. "
                + "An empty store is first filled with the ontology, the reference vocabulary and the bundled reports.",
            "Updates and Graph Store writes are enabled only with --auth FILE (lines 'user: password'); federated "
                + "SERVICE and LOAD are always refused."},
        footer = {"", "Examples:", "  arsenal serve", "  arsenal serve --port 8080 --timeout 30",
            "  arsenal serve --mem", "  arsenal serve --auth passwords.txt --host 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--mem", description = "Use a fresh in-memory store instead of --store.")
    boolean mem;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(names = "--host", defaultValue = "localhost",
            description = "localhost (default) or 0.0.0.0 to listen on every interface.")
    String host;

    @Option(names = "--auth", paramLabel = "FILE", description = "Password file enabling update and Graph Store writes.")
    Path auth;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    long timeout;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "10485760",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--cors", paramLabel = "ORIGINS", defaultValue = "*",
            description = "CORS: '*' (default, any origin), a comma-separated list of origins, or 'off'.")
    String cors;

    @Option(names = "--id-base", paramLabel = "IRI", defaultValue = ServerSettings.DEFAULT_ID_BASE,
            description = "Namespace of entity IRIs, served under /id/ (default: ${DEFAULT-VALUE}).")
    String idBase;

    @Override
    public Integer call() {
        if (!host.equals("localhost") && !host.equals("0.0.0.0")) {
            throw new InputException("--host is 'localhost' or '0.0.0.0'");
        }
        if (auth != null && !Files.isReadable(auth)) throw new InputException("cannot read password file " + auth);
        ServerSettings settings = new ServerSettings(port, host.equals("0.0.0.0"), Optional.ofNullable(auth),
                Duration.ofSeconds(timeout), maxBody, cors.equals("off") ? null : cors, idBase);
        var out = spec.commandLine().getOut();
        Store s = mem ? Store.inMemory() : store.openOrCreate();
        if (StoreSetup.isEmpty(s)) {
            out.println("empty store: loading the ontology, the reference vocabulary and the bundled reports");
            StoreSetup.loadDefaults(s, out::println);
        }
        ArsenalServer server = ArsenalServer.start(s, settings);
        out.printf("Arsenal is serving %s on %s%n", mem ? "an in-memory store" : store.dir, server.url());
        out.printf("  SPARQL endpoint   %s%s/sparql%n", server.url(), ServerSettings.DATASET);
        out.printf("  query UI          %s/%n", server.url());
        out.printf("  browse entities   %s/browse%n", server.url());
        out.printf("  ontology          %s/ontology%n", server.url());
        out.printf("Updates: %s. Stop with Ctrl-C.%n", auth == null ? "disabled (no --auth)" : "enabled for " + auth);
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }));
        server.join();
        return Main.OK;
    }
}
