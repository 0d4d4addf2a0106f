package org.w3id.arsenal.serve;

import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.arsenal.query.CompetencyQuestions;
import org.w3id.arsenal.serve.ui.FixedResponseServlet;
import org.w3id.arsenal.serve.ui.QueryPagePatch;
import org.w3id.arsenal.serve.ui.ServerStatusServlet;
import org.w3id.arsenal.serve.ui.UiWebapp;

/**
 * The Fuseki query UI at "/", served from the jena-fuseki-ui jar (nothing from a CDN), read-only, with Arsenal's
 * competency questions as its example queries.
 *
 * <p>Not through FMod_UI: that module needs the admin module's FusekiServerCtl and, without it, logs "No server
 * control" and serves nothing; the admin module would also create, delete and back up datasets. So this does what
 * FMod_UI does (static files, /$/stats) and answers the few read-only calls the UI makes: /$/ping and /$/server.
 */
final class FusekiUi {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiUi.class);
    // patched once per JVM: neither the UI jar nor the questions change while it runs
    private static Optional<QueryPagePatch.Patched> patched;

    private FusekiUi() {}

    static void install(FusekiServer.Builder b) {
        b.fusekiModules(FusekiModules.empty());
        Optional<UiWebapp> ui = UiWebapp.find(FusekiUi.class.getClassLoader());
        if (ui.isEmpty()) {
            LOG.warn("jena-fuseki-ui is not on the classpath: no query UI at /");
            return;
        }
        b.staticFileBase(ui.get().baseUri())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ServerStatusServlet());
        patched(ui.get()).ifPresent(p -> b
                // an exact servlet path wins over the static files at "/": same URL, patched bytes
                .addServlet("/" + p.path(), new FixedResponseServlet(p.script(), "text/javascript;charset=utf-8"))
                .addServlet("/" + QueryPagePatch.PREFIXES_PATH, new FixedResponseServlet(p.prefixes(),
                        "application/json;charset=utf-8")));
    }

    private static synchronized Optional<QueryPagePatch.Patched> patched(UiWebapp ui) {
        if (patched == null) patched = QueryPagePatch.tryApply(ui, CompetencyQuestions.all());
        return patched;
    }
}
