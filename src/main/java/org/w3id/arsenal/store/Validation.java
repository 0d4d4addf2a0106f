package org.w3id.arsenal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.Resources;
import org.w3id.arsenal.claim.Iris;

/**
 * Runs the bundled SHACL shapes ({@code ontology/shapes.ttl}) over instance data and reports each violation on
 * one readable line: {@code focus node — path — message (shape)}, sorted.
 *
 * <p>The core ontology is always added to the data graph, so {@code sh:class} sees subclasses.
 */
public final class Validation {

    /** How many violations a refused load lists before "… and N more". */
    static final int SHOWN = 20;

    private static final Shapes SHAPES = Shapes.parse(read("ontology/shapes.ttl"));
    private static final Graph ONTOLOGY = read("ontology/arsenal.ttl");
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(SHAPES.getGraph().getPrefixMapping())
            .setNsPrefix("id", Iris.ID)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .lock();

    private Validation() {}

    /** One violation, already rendered. */
    public record Violation(String focus, String path, String message, String shape) implements Comparable<Violation> {
        public String line() {
            return focus + " — " + path + " — " + message + " (" + shape + ")";
        }

        @Override
        public int compareTo(Violation o) {
            return line().compareTo(o.line());
        }
    }

    /** The outcome of one validation: the violations, sorted. */
    public record Report(List<Violation> violations) {
        public boolean conforms() {
            return violations.isEmpty();
        }

        /** Every violation on its own line, then the count. */
        public String text() {
            return text(Integer.MAX_VALUE);
        }

        /** At most {@code limit} violations, then the count. */
        public String text(int limit) {
            StringBuilder b = new StringBuilder();
            violations.stream().limit(limit).forEach(v -> b.append(v.line()).append('\n'));
            if (violations.size() > limit) b.append("… and ").append(violations.size() - limit).append(" more\n");
            b.append(count());
            return b.toString();
        }

        public String count() {
            int n = violations.size();
            return n == 0 ? "conforms: no violations" : n + (n == 1 ? " violation" : " violations");
        }
    }

    /** Validates a graph (plus the core ontology). */
    public static Report validate(Graph data) {
        MultiUnion union = new MultiUnion(new Graph[] {data, ONTOLOGY});
        ValidationReport r = ShaclValidator.get().validate(SHAPES, union);
        return new Report(render(r.getEntries()));
    }

    /** Validates the union of every graph in the store. */
    public static Report validate(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> validate(dsg.getUnionGraph()));
    }

    /**
     * Validates the given graphs of a dataset (call inside the load's write transaction, before it commits) and
     * throws an InputException listing the violations, so the transaction aborts and nothing is stored.
     */
    public static void refuseViolations(String source, DatasetGraph dsg, Collection<Node> graphs) {
        Graph[] parts = graphs.stream().map(dsg::getGraph).toArray(Graph[]::new);
        Report r = validate(new MultiUnion(parts));
        if (!r.conforms()) {
            throw new InputException(source + ": breaks the SHACL shapes, not loaded (--force loads it anyway): "
                    + r.count() + "\n  " + r.text(SHOWN).replace("\n", "\n  "));
        }
    }

    private static List<Violation> render(Collection<ReportEntry> entries) {
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : entries) {
            String path = e.resultPath() == null ? "-" : e.resultPath().toString(new Prologue(PREFIXES));
            out.add(new Violation(node(e.focusNode()), path, e.message(), shapeName(e.source())));
        }
        return out.stream().distinct().sorted().collect(Collectors.toList());
    }

    /** A named shape by its name; a blank property or SPARQL shape by the named shape that holds it. */
    private static String shapeName(Node shape) {
        if (shape == null) return "?";
        if (shape.isURI()) return node(shape);
        List<Triple> owners = SHAPES.getGraph().find(Node.ANY, Node.ANY, shape).toList();
        for (Triple t : owners) if (t.getSubject().isURI()) return node(t.getSubject());
        return node(shape);
    }

    /** A node for reading, not parsing: IRIs under a known namespace as {@code prefix:rest}, even with slashes. */
    private static String node(Node n) {
        if (n == null) return "-";
        if (n.isURI()) {
            String best = null;
            String iri = n.getURI();
            for (var e : PREFIXES.getNsPrefixMap().entrySet()) {
                if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()
                        && (best == null || e.getValue().length() > PREFIXES.getNsPrefixURI(best).length())) {
                    best = e.getKey();
                }
            }
            if (best != null) return best + ":" + iri.substring(PREFIXES.getNsPrefixURI(best).length());
        }
        return FmtUtils.stringForNode(n, PREFIXES);
    }

    private static Graph read(String resource) {
        Graph g = GraphMemFactory.createDefaultGraph();
        try (InputStream in = Resources.open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
