package org.w3id.arsenal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.arsenal.Resources;
import org.w3id.arsenal.time.DateValue;

/**
 * The facts view of a report, computed by SPARQL over its graph ({@code facts/facts.rq}): what is judged is
 * the graph, not an internal list.
 */
public final class FactsView {

    private static final String QUERY = Resources.text("facts/facts.rq");

    private FactsView() {}

    /**
     * @param dataset the report graphs as named graphs, the ontology in the default graph
     * @param graph   the report's graph IRI
     */
    public static List<Fact> of(Dataset dataset, String graph) {
        List<Fact> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY)
                .substitution("g", ResourceFactory.createResource(graph)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                FactKind kind = FactKind.fromId(text(s.get("kind")));
                String when = text(s.get("when"));
                Optional<DateValue> date = when.isEmpty() ? Optional.empty() : Optional.of(DateValue.parse(when));
                out.add(kind.isEntity() ? Fact.entity(kind, text(s.get("subject")))
                        : new Fact(kind, text(s.get("subject")), text(s.get("object")), date, text(s.get("item"))));
            }
        }
        return out;
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
