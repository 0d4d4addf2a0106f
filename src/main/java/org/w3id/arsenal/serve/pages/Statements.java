package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.arsenal.vocab.ARS;

/** Builds the statements of a page (entity or report), and writes them grouped, each with its evidence. */
final class Statements {

    private static final List<org.apache.jena.rdf.model.Resource> HUB_CLASSES = List.of(ARS.Inspection,
            ARS.ArmsTransfer, ARS.ProductionOrder, ARS.FacilityExpansion, ARS.Post, ARS.Affiliation, ARS.Event);

    private Statements() {}

    /**
     * The statements about {@code self}: its outgoing and incoming statements ({@code out}, {@code in}), the
     * events, posts and affiliations among its neighbours told as sentences.
     */
    static List<Statement> forEntity(Facts f, Node self, List<Triple> out, List<Triple> in) {
        Sentences say = new Sentences(f, self);
        Map<Node, Node> hubs = new TreeMap<>(Nodes.ORDER);
        Map<String, Statement> direct = new TreeMap<>();
        List<Triple> both = new ArrayList<>();
        for (Triple t : out) {
            Node o = t.getObject();
            if (Sentences.HEADER.contains(t.getPredicate()) || !o.isURI() || !f.links.isLocal(o.getURI())) continue;
            both.add(t);
        }
        for (Triple t : in) {
            if (t.getSubject().isURI() && !f.kind(t.getSubject()).bookkeeping()) both.add(t);
        }
        for (Triple t : both) {
            t = canonical(t);
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            Node other = s.equals(self) ? o : s;
            if (f.isHub(other) && !f.isHub(self)) hubs.merge(other, p, Statements::firstRole);
            else direct.putIfAbsent(key(s, p, o), plain(f, say, self, s, p, o));
        }
        List<Statement> all = new ArrayList<>(direct.values());
        hubs.forEach((h, role) -> all.add(new Statement(say.hubGroup(h, role), Sentences.roleRank(role), h, null,
                role, null, say.hub(h), say.when(h), claimsOfHub(f, h), new TreeSet<>())));
        return sorted(all);
    }

    /** The statements a report makes: one per event (all its claims together) and one per plain claim. */
    static List<Statement> forReport(Facts f, Node report) {
        Sentences say = new Sentences(f, report);
        Map<Node, List<Facts.ClaimRow>> hubs = new TreeMap<>(Nodes.ORDER);
        Map<String, List<Facts.ClaimRow>> plain = new TreeMap<>();
        Map<String, Facts.ClaimRow> firstOf = new TreeMap<>();
        for (Facts.ClaimRow c : f.claims) {
            Node hub = f.isHub(c.s()) ? c.s() : c.o() != null && f.isHub(c.o()) ? c.o() : null;
            if (hub != null) {
                hubs.computeIfAbsent(hub, k -> new ArrayList<>()).add(c);
            } else if (c.object() != null) {
                String k = key(c.s(), c.p(), c.object());
                plain.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
                firstOf.putIfAbsent(k, c);
            }
        }
        List<Statement> all = new ArrayList<>();
        hubs.forEach((h, cs) -> {
            int order = hubOrder(f, h);
            String group = Sentences.capital(plural(f.termLabel(HUB_CLASSES.get(Math.min(order, HUB_CLASSES.size() - 1))
                    .asNode())));
            all.add(new Statement(group, order, h, null, null, null, say.hub(h), say.when(h), cs, new TreeSet<>()));
        });
        plain.forEach((k, cs) -> {
            Facts.ClaimRow c = firstOf.get(k);
            all.add(new Statement(Sentences.capital(f.termLabel(c.p())), 100, null, c.s(), c.p(), c.object(),
                    say.direct(c.s(), c.p(), c.object()), null, cs, new TreeSet<>()));
        });
        return sorted(all);
    }

    /**
     * One direction for a pair of inverse properties (the store may hold both, one of them inferred): x producedAt
     * y is said as y produces x.
     */
    static Triple canonical(Triple t) {
        if (t.getPredicate().equals(ARS.producedAt.asNode()) && t.getObject().isURI()) {
            return Triple.create(t.getObject(), ARS.produces.asNode(), t.getSubject());
        }
        return t;
    }

    private static int hubOrder(Facts f, Node h) {
        for (int i = 0; i < HUB_CLASSES.size(); i++) if (f.isA(h, HUB_CLASSES.get(i))) return i;
        return HUB_CLASSES.size();
    }

    private static String plural(String s) {
        return s.endsWith("s") ? s : s + "s";
    }

    private static Node firstRole(Node a, Node b) {
        int c = Integer.compare(Sentences.roleRank(a), Sentences.roleRank(b));
        return c < 0 || c == 0 && Nodes.ORDER.compare(a, b) <= 0 ? a : b;
    }

    private static String key(Node s, Node p, Node o) {
        return Nodes.str(s) + "\u0000" + Nodes.str(p) + "\u0000" + Nodes.str(o);
    }

    private static Statement plain(Facts f, Sentences say, Node self, Node s, Node p, Node o) {
        List<Facts.ClaimRow> cs = f.claims.stream().filter(c -> {
            Triple t = canonical(Triple.create(c.s(), c.p(), c.object() == null ? c.s() : c.object()));
            return t.getSubject().equals(s) && t.getPredicate().equals(p) && o.equals(t.getObject());
        }).toList();
        boolean incoming = !s.equals(self);
        java.util.SortedSet<String> graphs = new TreeSet<>(f.graphs(s, p, o));
        if (p.equals(ARS.produces.asNode())) graphs.addAll(f.graphs(o, ARS.producedAt.asNode(), s));
        return new Statement(say.directGroup(s, p, o), incoming ? 300 : 200, null, s, p, o, say.direct(s, p, o), null,
                cs, graphs);
    }

    private static List<Facts.ClaimRow> claimsOfHub(Facts f, Node h) {
        return f.claims.stream().filter(c -> c.s().equals(h) || h.equals(c.o())).toList();
    }

    private static List<Statement> sorted(List<Statement> all) {
        return all.stream().sorted(Comparator.comparingInt(Statement::order).thenComparing(Statement::group)
                .thenComparing(Statement::sortKey)).toList();
    }

    /** The statements under their group headings, each followed by its evidence. */
    static void render(Html h, Facts f, List<Statement> list, Node reportPage) {
        String group = null;
        for (Statement st : list) {
            if (!st.group().equals(group)) {
                if (group != null) h.raw("</ol></div>");
                group = st.group();
                long n = list.stream().filter(x -> x.group().equals(st.group())).count();
                h.open("div", "class", "group").open("h3").text(group).raw(" ").el("span", Long.toString(n), "class",
                        "count").close("h3").open("ol", "class", "stmts");
            }
            h.open("li", "class", "stmt").open("p", "class", "say").raw(st.sentence().html());
            Node cert = st.certainty(f);
            if (cert != null) h.raw(" ").raw(Evidence.badge(f, cert));
            h.close("p");
            Evidence.list(h, f, st, reportPage);
            h.close("li");
        }
        if (group != null) h.raw("</ol></div>");
    }
}
