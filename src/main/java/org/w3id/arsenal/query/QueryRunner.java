package org.w3id.arsenal.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.arsenal.InputException;

/** Runs a SPARQL query over the union of the store's graphs and prints the answer in a chosen format. */
public final class QueryRunner {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private QueryRunner() {}

    /** Parses a query; a syntax error becomes an InputException naming {@code source}, line and column. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw InputException.at(source, e.getLine(), e.getColumn(), firstLine(e.getMessage()));
        }
    }

    /**
     * Runs {@code query} with the given variable bindings (values as {@code <iri>}, {@code prefix:name} using the
     * query's prefixes, an absolute IRI, or else a plain literal).
     */
    public static void run(Dataset dataset, Query query, Map<String, String> bindings, OutputFormat format,
            Duration timeout, OutputStream out) {
        checkFormat(query, format);
        Txn.executeRead(dataset, () -> {
            QueryExecutionBuilder builder = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            bindings.forEach((var, value) -> builder.substitution(var,
                    ModelFactory.createDefaultModel().asRDFNode(toNode(value, query))));
            try (QueryExecution qe = builder.build()) {
                write(qe, query, format, out);
            } catch (QueryCancelledException e) {
                throw new InputException("query stopped after the " + timeout.toSeconds()
                        + " s timeout (raise it with --timeout)");
            }
        });
    }

    private static void write(QueryExecution qe, Query query, OutputFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            if (format == OutputFormat.TABLE) ResultSetFormatter.out(out, rs, query.getPrologue());
            else ResultSetFormatter.output(out, rs, format.resultLang);
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (format == OutputFormat.TABLE) ResultSetFormatter.out(out, answer);
            else ResultSetFormatter.output(out, answer, format.resultLang);
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            m.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, m, format.graphLang);
        }
    }

    private static void checkFormat(Query query, OutputFormat format) {
        boolean graphAnswer = query.isConstructType() || query.isDescribeType();
        if (graphAnswer && format.graphLang == null) {
            throw new InputException("a " + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query answers with RDF: use --format table, turtle, ntriples, jsonld, rdfxml, json or xml");
        }
        if (!graphAnswer && !format.tabular()) {
            throw new InputException("a SELECT or ASK query answers with a table: use --format table, csv, tsv, "
                    + "json or xml");
        }
    }

    static Node toNode(String value, Query query) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return NodeFactory.createURI(value.substring(1, value.length() - 1));
        }
        if (value.startsWith("\"")) {
            try {
                return NodeFactoryExtra.parseNode(value, PrefixMapFactory.create(query.getPrefixMapping()));
            } catch (RuntimeException e) {
                throw new InputException("cannot read the bound value " + value + ": " + e.getMessage());
            }
        }
        int colon = value.indexOf(':');
        if (colon > 0) {
            String expanded = query.getPrefixMapping().expandPrefix(value);
            if (!expanded.equals(value)) return NodeFactory.createURI(expanded);
            if (value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) return NodeFactory.createURI(value);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
