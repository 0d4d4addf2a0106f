package org.w3id.arsenal.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.w3id.arsenal.serve.pages.Pages;
import org.w3id.arsenal.store.Store;

/**
 * Embedded Jena Fuseki over the TDB2 store, set up as a careful data publisher would: the dataset at
 * {@code /arsenal} answers SPARQL queries (GET and POST) and Graph Store reads, its default graph is the union
 * of all graphs; update and Graph Store writes exist only with a password file; federated SERVICE is off, LOAD
 * is refused, queries stop at a timeout, bodies are size-limited, and it listens on localhost unless asked.
 * Beside it: entity IRIs (/id/…), the ontology (/ontology), VoID (/.well-known/void) and browsing pages.
 */
public final class ArsenalServer implements AutoCloseable {

    private final FusekiServer fuseki;

    private ArsenalServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static ArsenalServer start(Store store, ServerSettings s) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(s.queryTimeout().toMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        // SERVICE is refused even for queries that set their own context
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);

        boolean writes = s.passwordFile().isPresent();
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get");
        if (writes) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        Pages pages = new Pages(store.dataset(), s.idBase(), "");
        FusekiServer.Builder b = FusekiServer.create()
                .port(s.port())
                .loopback(!s.allInterfaces())
                .add(ServerSettings.DATASET, service.build())
                .enableCors(s.corsOrigins() != null, corsConfig(s.corsOrigins()))
                .addFilter(ServerSettings.DATASET + "/*", new RequestGuard(s.maxBodyBytes(), writes))
                .addServlet("/id/*", new LinkedDataServlet(store.dataset(), s.idBase(), pages))
                .addServlet("/ontology/*", new OntologyServlet())
                .addServlet("/ontology", new OntologyServlet())
                .addServlet("/.well-known/void", new VoidServlet(store.dataset(), s.idBase()))
                .addServlet("/browse", new SiteServlet(pages))
                .addServlet("/search", new SiteServlet(pages));
        if (writes) {
            b.passwordFile(s.passwordFile().get().toString()).auth(AuthScheme.BASIC);
        }
        FusekiUi.install(b);
        return new ArsenalServer(b.build().start());
    }

    /** Fuseki reads CORS settings from a properties file of its filter's parameters; null keeps its defaults ("*"). */
    private static String corsConfig(String origins) {
        if (origins == null || origins.equals("*")) return null;
        try {
            Path file = Files.createTempFile("arsenal-cors", ".properties");
            file.toFile().deleteOnExit();
            Files.writeString(file, "allowedOrigins=" + origins.replace("\\", "") + "\n");
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CORS settings: " + e.getMessage(), e);
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

}
