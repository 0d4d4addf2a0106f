package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;

/**
 * Label search: every entity whose label, preferred, alternative or hidden label contains the query, ignoring
 * case (and straight versus typographic apostrophes), ranked exact match, then prefix, then substring.
 */
final class SearchPage {

    static final int LIMIT = 100;
    static final int MAX_QUERY = 200;

    /** The best way one entity matched: rank (0 exact, 1 prefix, 2 contains), which label, how. */
    private record Hit(Node node, int rank, int labelKind, String matched) {}

    private SearchPage() {}

    /** Lower case, typographic apostrophe folded, spaces collapsed: the form labels are compared in. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static String normalize(String q) {
        String s = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        return s.length() > MAX_QUERY ? s.substring(0, MAX_QUERY) : s;
    }

    static String render(Dataset ds, Links links, String query) {
        String q = normalize(query);
        Html h = new Html();
        h.open("section", "class", "searchpage").el("h1", q.isEmpty() ? "Search" : "Search: " + q);
        if (q.isEmpty()) {
            h.el("p", "Type part of a name: a person, a plant, a place, a product (aliases count too).", "class",
                    "muted").close("section");
            return Html.page(links, "Search", "", h.toString());
        }
        Facts f = new Facts(links);
        List<Hit> hits = Txn.calculateRead(ds, () -> {
            String needle = fold(q);
            Map<Node, Hit> best = new TreeMap<>(Nodes.ORDER);
            Map<String, Node> bind = Map.of("q", NodeFactory.createLiteralString(needle), "base",
                    NodeFactory.createLiteralString(links.idBase));
            for (Binding r : Sparql.select(ds, "search", bind)) {
                String label = Nodes.str(r.get("l"));
                String folded = fold(label);
                int rank = folded.equals(needle) ? 0 : folded.startsWith(needle) ? 1 : folded.contains(needle) ? 2 : 3;
                if (rank == 3) continue;
                int kind = labelKind(r.get("p"));
                Hit hit = new Hit(r.get("s"), rank, kind, label);
                best.merge(hit.node(), hit, SearchPage::better);
            }
            List<Hit> top = best.values().stream().sorted(Comparator.comparingInt(Hit::rank)
                    .thenComparingInt(Hit::labelKind).thenComparing(Hit::matched, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Hit::node, Nodes.ORDER)).toList();
            f.loadNames(ds, new LinkedHashSet<>(top.stream().limit(LIMIT).map(Hit::node).toList()));
            return top;
        });
        // Final order by what the reader sees: rank, then the displayed name.
        List<Hit> shown = new ArrayList<>(hits.stream().limit(LIMIT).toList());
        shown.sort(Comparator.comparingInt(Hit::rank).thenComparing(x -> f.label(x.node()).toLowerCase(Locale.ROOT))
                .thenComparing(Hit::node, Nodes.ORDER));
        h.el("p", hits.size() + (hits.size() == 1 ? " match" : " matches")
                + (hits.size() > LIMIT ? ", the first " + LIMIT + " shown" : ""), "class", "summary");
        if (!shown.isEmpty()) h.open("ol", "class", "results");
        for (Hit hit : shown) {
            Node n = hit.node();
            Kind k = f.kind(n);
            h.open("li", "class", "result").a(links.href(n), f.label(n), "class", "ent " + k.css()).raw(" ")
                    .el("span", k.label, "class", "kind " + k.css());
            for (Node t : f.specificTypes(n)) h.raw(" ").el("span", f.termLabel(t), "class", "type");
            if (!hit.matched().equals(f.label(n)) && hit.labelKind() < 2) {
                h.open("p", "class", "match").text("matched “");
                highlight(h, hit.matched(), fold(q));
                h.text("”").close("p");
            }
            h.el("p", links.shortIri(n.getURI()), "class", "iri").close("li");
        }
        if (!shown.isEmpty()) h.close("ol");
        h.close("section");
        return Html.page(links, "Search: " + q, q, h.toString());
    }

    private static int labelKind(Node p) {
        if (p.equals(SKOS.altLabel.asNode())) return 1;
        if (p.equals(SKOS.hiddenLabel.asNode())) return 2;
        return 0;
    }

    private static Hit better(Hit a, Hit b) {
        Comparator<Hit> c = Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::labelKind)
                .thenComparing(Hit::matched);
        return c.compare(a, b) <= 0 ? a : b;
    }

    /** The label with the matched part marked (when folding kept the length, which it almost always does). */
    private static void highlight(Html h, String label, String needle) {
        String folded = fold(label);
        int at = folded.indexOf(needle);
        if (at < 0 || folded.length() != label.length()) {
            h.text(label);
            return;
        }
        h.text(label.substring(0, at)).el("mark", label.substring(at, at + needle.length()))
                .text(label.substring(at + needle.length()));
    }
}
