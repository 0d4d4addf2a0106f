package org.w3id.arsenal.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.arsenal.Resources;
import org.w3id.arsenal.claim.Hashes;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.time.DateValue;
import org.w3id.arsenal.vocab.ARS;

/**
 * Suggests that a facility one report only describes ("a factory producing shells of large-caliber multiple
 * rocket launchers") may be a facility another report names (the Kanggye General Tractor Plant, "which makes
 * MLRS shells"): same kind of product, and visits in overlapping periods. Recorded as {@code
 * ars:IdentityCandidate} with its reasons and a score, never as owl:sameAs: an analyst decides.
 */
public final class IdentityLinker {

    public static final String GRAPH = Iris.graph("identity-candidates");

    private IdentityLinker() {}

    /** Recomputes the candidates graph of a dataset from all its report graphs; returns how many. */
    public static int link(Dataset ds) {
        Map<String, List<DateValue>> visits = visitDates(ds);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Resources.text("rules/identity-candidates.rq")).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String d = s.getResource("described").getURI();
                String n = s.getResource("named").getURI();
                Candidate c = candidates.computeIfAbsent(d + " " + n, k -> new Candidate(d, n,
                        s.getLiteral("dLabel").getString(), s.getLiteral("nLabel").getString()));
                String kind = s.getResource("kind").getLocalName();
                String reason = "both produce " + kind + ": \"" + s.getLiteral("dProduct").getString() + "\" / \""
                        + s.getLiteral("nProduct").getString() + "\"";
                if (!c.reasons.contains(reason)) c.reasons.add(reason);
            }
        }
        DatasetGraph dsg = ds.asDatasetGraph();
        Node g = NodeFactory.createURI(GRAPH);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        for (Candidate c : candidates.values()) {
            double score = 0.6;
            String overlap = overlap(visits.getOrDefault(c.described, List.of()), visits.getOrDefault(c.named, List.of()));
            if (overlap != null) {
                c.reasons.add(overlap);
                score += 0.3;
            }
            Node s = NodeFactory.createURI(Iris.ID + "candidate/" + Hashes.of(c.described, c.named));
            add(dsg, g, s, RDF.type.asNode(), ARS.IdentityCandidate.asNode());
            add(dsg, g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                    "\"" + c.dLabel + "\" may be " + c.nLabel, "en"));
            add(dsg, g, s, ARS.candidateEntity.asNode(), NodeFactory.createURI(c.described));
            add(dsg, g, s, ARS.candidateEntity.asNode(), NodeFactory.createURI(c.named));
            for (String r : c.reasons) add(dsg, g, s, ARS.matchReason.asNode(), NodeFactory.createLiteralString(r));
            add(dsg, g, s, ARS.matchScore.asNode(), NodeFactory.createLiteralDT(
                    String.format(Locale.ROOT, "%.1f", score), XSDDatatype.XSDdecimal));
        }
        return candidates.size();
    }

    private static String overlap(List<DateValue> a, List<DateValue> b) {
        for (DateValue x : a) {
            for (DateValue y : b) if (x.overlaps(y)) return "visits in overlapping periods: " + x.iso() + " and " + y.iso();
        }
        return null;
    }

    private static Map<String, List<DateValue>> visitDates(Dataset ds) {
        Map<String, List<DateValue>> out = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Resources.text("rules/visit-dates.rq")).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.computeIfAbsent(s.getResource("site").getURI(), k -> new ArrayList<>())
                        .add(DateValue.parse(s.getLiteral("when").getString()));
            }
        }
        return out;
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(new Quad(g, s, p, o));
    }

    private static final class Candidate {
        final String described;
        final String named;
        final String dLabel;
        final String nLabel;
        final List<String> reasons = new ArrayList<>();

        Candidate(String described, String named, String dLabel, String nLabel) {
            this.described = described;
            this.named = named;
            this.dLabel = dLabel;
            this.nLabel = nLabel;
        }
    }
}
