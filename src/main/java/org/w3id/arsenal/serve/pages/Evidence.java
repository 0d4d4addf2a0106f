package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.w3id.arsenal.vocab.ARS;

/**
 * What backs a statement: each quoted sentence once, with its report (title, publisher, date), the certainty the
 * report's hedging gives it and to whom the report attributes it.
 */
final class Evidence {

    /** One evidence span with one certainty and attribution, and the claims it backs. */
    private record Item(Node ev, String quote, Integer start, Integer end, Node report, Node cert, String attr,
            Node attrTo, TreeSet<String> supports) {}

    private Evidence() {}

    /** A certainty badge: coloured by level, its definition as a tooltip. */
    static String badge(Facts f, Node cert) {
        return new Html().el("span", f.termLabel(cert), "class", "badge " + css(cert), "title", f.definition(cert))
                .toString();
    }

    /** The CSS class of a certainty level (c-confirmed … c-alleged, c-unknown for anything else or none). */
    static String css(Node cert) {
        for (org.apache.jena.rdf.model.Resource level : List.of(ARS.Confirmed, ARS.Probable, ARS.Possible,
                ARS.Alleged)) {
            if (level.asNode().equals(cert)) return "c-" + level.getLocalName().toLowerCase(Locale.ROOT);
        }
        return "c-unknown";
    }

    /** Anchor of an evidence span on its report page. */
    static String anchor(Integer start, Integer end) {
        return start == null || end == null ? null : "ev-" + start + "-" + end;
    }

    static void list(Html h, Facts f, Statement st, Node reportPage) {
        List<Item> items = items(f, st);
        if (items.isEmpty()) {
            provenance(h, f, st);
            return;
        }
        h.open("ul", "class", "evidence");
        for (Item it : items) {
            h.open("li");
            if (it.quote() != null) h.open("blockquote", "class", "quote").text(it.quote()).close("blockquote");
            else h.el("p", "(evidence without a quoted sentence)", "class", "muted");
            h.open("p", "class", "src");
            if (it.cert() != null) h.raw(badge(f, it.cert())).raw(" ");
            String anchor = anchor(it.start(), it.end());
            if (reportPage != null && reportPage.equals(it.report())) {
                h.a(anchor == null ? null : "#" + anchor, "in the text below", "class", "jump");
            } else if (it.report() != null) {
                String href = f.links.href(it.report());
                h.a(href == null ? null : href + (anchor == null ? "" : "#" + anchor), f.label(it.report()),
                        "class", "report");
                String pub = Nodes.str(f.first(it.report(), ARS.publisherName.asNode()));
                if (pub != null) h.raw(" · ").el("span", pub, "class", "publisher");
                Node date = f.first(it.report(), ARS.publishedDate.asNode());
                if (date != null && date.isLiteral()) h.raw(" · ").el("span", Sentences.value(date), "class", "date");
            }
            if (it.attr() != null || it.attrTo() != null) {
                h.raw(" · ").open("span", "class", "attr").text("attributed to ");
                if (it.attrTo() != null) {
                    h.a(f.links.href(it.attrTo()), f.label(it.attrTo()));
                    if (it.attr() != null) h.text(": ");
                }
                if (it.attr() != null) h.text("“" + it.attr() + "”");
                h.close("span");
            }
            if (st.hub() != null && !it.supports().isEmpty()) {
                h.raw(" · ").el("span", "supports " + String.join(", ", it.supports()), "class", "supports");
            }
            h.close("p").close("li");
        }
        h.close("ul");
    }

    /** A statement no claim backs (curated reference data, loaded files): say which graph holds it. */
    private static void provenance(Html h, Facts f, Statement st) {
        if (st.graphs().isEmpty()) return;
        h.open("p", "class", "prov").text("No report claim; stated in ");
        boolean first = true;
        for (String g : st.graphs()) {
            if (!first) h.text(", ");
            first = false;
            Node gn = org.apache.jena.graph.NodeFactory.createURI(g);
            if (f.kind(gn) == Kind.REPORT) h.text("report ").a(f.links.href(gn), f.label(gn));
            else h.text("graph ").el("code", f.links.shortIri(g));
        }
        h.close("p");
    }

    private static List<Item> items(Facts f, Statement st) {
        Map<String, Item> items = new TreeMap<>();
        for (Facts.ClaimRow c : st.claims()) {
            String key = Nodes.str(c.ev()) + "\u0000" + Nodes.str(c.cert()) + "\u0000" + c.attr() + "\u0000"
                    + Nodes.str(c.attrTo());
            Item it = items.computeIfAbsent(key, k -> new Item(c.ev(), c.quote(), c.start(), c.end(), c.report(),
                    c.cert(), c.attr(), c.attrTo(), new TreeSet<>()));
            // the date precision is bookkeeping of the date claim, not something a reader checks
            if (!c.p().equals(ARS.datePrecision.asNode())) it.supports().add(f.termLabel(c.p()));
        }
        List<Item> out = new ArrayList<>(items.values());
        out.sort(Comparator.comparing((Item it) -> published(f, it.report()))
                .thenComparing(it -> Nodes.str(it.report()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(it -> it.start() == null ? Integer.MAX_VALUE : it.start())
                .thenComparing(it -> -f.rank(it.cert()))
                .thenComparing(it -> Nodes.str(it.ev()) + "\u0000" + Nodes.str(it.cert()) + "\u0000" + it.attr()));
        return out;
    }

    private static String published(Facts f, Node report) {
        Node d = report == null ? null : f.first(report, ARS.publishedDate.asNode());
        return d == null ? "~" : d.getLiteralLexicalForm();
    }
}
