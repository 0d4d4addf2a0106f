package org.w3id.arsenal.pipeline;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.extract.ReferenceData;
import org.w3id.arsenal.rdf.ReportGraph;
import org.w3id.arsenal.store.Store;

/**
 * Loads reports into the store: each is read and extracted in full first, then written in one transaction
 * that replaces the report's graph, so a bad report changes nothing and a reloaded one is never duplicated.
 */
public final class ReportLoader {

    private final Reports reports;

    public ReportLoader(Reports reports) {
        this.reports = reports;
    }

    /** What one report put in the store. */
    public record Loaded(String graph, int claims, int statements) {}

    public Loaded load(Store store, Path file) {
        return write(store, reports.extract(file));
    }

    public static Loaded write(Store store, ExtractedReport x) {
        var quads = ReportGraph.quads(x);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node g = NodeFactory.createURI(x.iri());
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : quads) dsg.add(q);
        });
        return new Loaded(x.iri(), x.claims().size(), quads.size());
    }

    /** Puts the reference vocabulary in its graph, replacing an older copy. */
    public static void installReference(Store store) {
        Txn.executeWrite(store.dataset(), () -> store.dataset().replaceNamedModel(ReferenceData.GRAPH,
                ReferenceData.model()));
    }

    /** Recomputes the identity candidates over every report in the store. */
    public static int linkIdentities(Store store) {
        return Txn.calculateWrite(store.dataset(), () -> IdentityLinker.link(store.dataset()));
    }
}
