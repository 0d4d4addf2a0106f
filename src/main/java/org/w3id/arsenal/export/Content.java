package org.w3id.arsenal.export;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The statements of one dump, as quads (triples are quads in the default graph). Each call starts a new pass,
 * so a writer can look ahead (count) before writing. Store-backed content must be read inside a read transaction.
 */
@FunctionalInterface
interface Content {

    Iterator<Quad> quads();

    /** Every named graph of the store (its real default graph is hidden from queries, and left out here too). */
    static Content namedGraphs(DatasetGraph dsg) {
        return () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    /** The union of all named graphs as one default graph, each triple once. */
    static Content merged(DatasetGraph dsg) {
        return of(dsg.getUnionGraph());
    }

    /** One named graph, its quads keeping the graph name. */
    static Content graph(DatasetGraph dsg, Node g) {
        return () -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
    }

    /** One named graph's triples, as a graph of its own (no graph name). */
    static Content triplesOf(DatasetGraph dsg, Node g) {
        return () -> Iter.map(dsg.find(g, Node.ANY, Node.ANY, Node.ANY),
                q -> Quad.create(Quad.defaultGraphIRI, q.asTriple()));
    }

    static Content of(Graph g) {
        return () -> g.find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
    }
}
