package org.w3id.arsenal.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.arsenal.Resources;
import org.w3id.arsenal.claim.Iris;

/**
 * Materialises what users expect without writing it (class hierarchy, transitive location, inverse properties)
 * into one named graph at load time, so queries stay plain SPARQL and fast, with no reasoner at query time.
 * The graph is rebuilt from scratch after every load: it never holds a conclusion whose premises are gone.
 */
public final class Inference {

    public static final String GRAPH = Iris.graph("inferred");
    private static final String DIR = "rules/inference/";
    private static final List<Query> RULES = Resources.index(DIR + "index.txt").stream()
            .map(name -> QueryFactory.create(Resources.text(DIR + name))).toList();

    private Inference() {}

    /** Rebuilds the inferred graph; returns its size. */
    public static long materialise(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node g = NodeFactory.createURI(GRAPH);
        return Txn.calculateWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            Graph inferred = dsg.getGraph(g);
            long before;
            do {
                before = inferred.size();
                for (Query rule : RULES) {
                    try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(rule)
                            .set(TDB2.symUnionDefaultGraph, true).build()) {
                        Model m = qe.execConstruct();
                        m.getGraph().find().forEachRemaining(t -> {
                            // only what is not already stated somewhere
                            if (!dsg.getUnionGraph().contains(t)) inferred.add(t);
                        });
                    }
                }
            } while (inferred.size() > before);
            return inferred.size();
        });
    }
}
