package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.arsenal.Resources;
import org.w3id.arsenal.vocab.ARS;

/**
 * The page queries ({@code pages/NAME.rq}). Prefixes are prepended here from the vocabulary classes, so the
 * .rq files carry no namespace IRI. Callers run them inside one read transaction per page.
 */
final class Sparql {

    static final String PREFIXES = "PREFIX ars: <" + ARS.NS + ">\n"
            + "PREFIX rdf: <" + RDF.getURI() + ">\n"
            + "PREFIX rdfs: <" + RDFS.getURI() + ">\n"
            + "PREFIX skos: <" + SKOS.getURI() + ">\n"
            + "PREFIX owl: <" + OWL.getURI() + ">\n";

    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private Sparql() {}

    static Query query(String name) {
        return PARSED.computeIfAbsent(name, n -> QueryFactory.create(PREFIXES + Resources.text("pages/" + n + ".rq")));
    }

    /** A SELECT with ?NAME fixed by {@code bind}. Each run gets its own copy: pages render concurrently. */
    static List<Binding> select(Dataset ds, String name, Map<String, Node> bind) {
        return run(ds, query(name).cloneQuery(), bind);
    }

    /**
     * A SELECT whose pattern is preceded by {@code VALUES ?var { values }} (built as syntax, never as text, so
     * no IRI from the data can change the query). No values: no rows, without asking the store.
     */
    static List<Binding> select(Dataset ds, String name, Map<String, Node> bind, String var, Collection<Node> values) {
        if (values.isEmpty()) return List.of();
        Query q = query(name).cloneQuery();
        ElementData data = new ElementData();
        Var v = Var.alloc(var);
        data.add(v);
        values.stream().distinct().sorted(Nodes.ORDER).forEach(n -> data.add(BindingFactory.binding(v, n)));
        ElementGroup group = q.getQueryPattern() instanceof ElementGroup g ? g : wrap(q);
        group.getElements().add(0, data);
        return run(ds, q, bind);
    }

    static boolean ask(Dataset ds, String name, Map<String, Node> bind) {
        try (QueryExecution qe = builder(ds, query(name).cloneQuery(), bind).build()) {
            return qe.execAsk();
        }
    }

    private static ElementGroup wrap(Query q) {
        ElementGroup g = new ElementGroup();
        g.addElement(q.getQueryPattern());
        q.setQueryPattern(g);
        return g;
    }

    private static List<Binding> run(Dataset ds, Query q, Map<String, Node> bind) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExecution qe = builder(ds, q, bind).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) rows.add(rs.nextBinding());
        }
        return rows;
    }

    private static QueryExecutionDatasetBuilder builder(Dataset ds, Query q, Map<String, Node> bind) {
        // The production store is TDB2 with named graphs only: its default graph must be their union.
        QueryExecutionDatasetBuilder b = QueryExecution.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true);
        if (!bind.isEmpty()) {
            BindingBuilder bb = BindingFactory.builder();
            bind.forEach((k, n) -> bb.add(Var.alloc(k), n));
            b.substitution(bb.build());
        }
        return b;
    }
}
