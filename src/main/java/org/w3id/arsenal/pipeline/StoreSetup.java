package org.w3id.arsenal.pipeline;

import java.util.function.Consumer;
import org.apache.jena.system.Txn;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.store.Inference;
import org.w3id.arsenal.store.OntologyGraphs;
import org.w3id.arsenal.store.Store;

/** What every load ends with, and what an empty store starts with. */
public final class StoreSetup {

    private StoreSetup() {}

    /** The ontology and the reference vocabulary, (re)installed before loading anything. */
    public static void prepare(Store store) {
        OntologyGraphs.install(store);
        ReportLoader.installReference(store);
    }

    /** After loading: identity candidates between reports, then inference over everything. */
    public static void finish(Store store, Consumer<String> log) {
        int candidates = ReportLoader.linkIdentities(store);
        if (candidates > 0) log.accept("identity candidates between reports: " + candidates);
        log.accept("inferred statements: " + Inference.materialise(store));
    }

    public static boolean isEmpty(Store store) {
        return Txn.calculateRead(store.dataset(), () -> !store.dataset().listNames().hasNext());
    }

    /** An empty store gets the ontology, the reference vocabulary and the bundled reports. */
    public static void loadDefaults(Store store, Consumer<String> log) {
        prepare(store);
        Reports reports = Reports.withDefaults();
        Extractor extractor = Extractor.withBundledReference();
        for (Report r : BundledReports.read(reports.readers())) {
            ReportLoader.Loaded l = ReportLoader.write(store, extractor.extract(r));
            log.accept("loaded " + r.source() + ": " + l.claims() + " claims into " + l.graph());
        }
        finish(store, log);
    }
}
