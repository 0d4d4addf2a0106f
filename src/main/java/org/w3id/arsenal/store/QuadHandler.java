package org.w3id.arsenal.store;

import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Receives Rio statements and passes them on as Jena quads: triples (no context) go to the file's graph, quads
 * keep their graph. In lenient mode a statement with a value the store must not keep is dropped and listed.
 */
final class QuadHandler extends AbstractRDFHandler {

    /** Where the quads go. */
    interface Target {
        void add(Node g, Node s, Node p, Node o);
    }

    private final RioNodes nodes = new RioNodes();
    private final Node fileGraph;
    private final Target target;
    private final ParseProblems problems;
    private final boolean lenient;
    private Resource lastContext;
    private Node lastGraph;
    long count;

    QuadHandler(Node fileGraph, Target target, ParseProblems problems, boolean lenient) {
        this.fileGraph = fileGraph;
        this.target = target;
        this.problems = problems;
        this.lenient = lenient;
    }

    @Override
    public void handleStatement(Statement st) {
        if (RioNodes.isEmptyNumber(st.getObject())) {
            // Rio's Turtle parser reads the '.' of "ex:a ex:p ." as an empty number instead of failing
            if (!lenient) throw problems.here("missing object before '.'");
            problems.skippedStatement("skipped statement: missing object before '.'");
            return;
        }
        if (lenient) {
            String why = RioNodes.problem(st.getObject());
            if (why != null) {
                problems.skippedStatement("skipped statement: " + why);
                return;
            }
        }
        target.add(graph(st.getContext()), nodes.node(st.getSubject()), nodes.node(st.getPredicate()),
                nodes.node(st.getObject()));
        count++;
    }

    /** Quads usually come grouped by graph: convert a context once per run, not once per statement. */
    private Node graph(Resource context) {
        if (context == null) return fileGraph;
        if (!context.equals(lastContext)) {
            lastContext = context;
            lastGraph = nodes.node(context);
        }
        return lastGraph;
    }
}
