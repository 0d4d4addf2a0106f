package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.w3id.arsenal.vocab.ARS;

/**
 * The page of a report: its metadata, every claim it makes grouped by kind (visits, transfers, production…) with
 * the quoted sentences, the entities it mentions, and its full text with the quoted sentences highlighted.
 */
final class ReportPage {

    private static final Map<Kind, String> KIND_TITLES = Map.of(Kind.PERSON, "People", Kind.ORGANIZATION,
            "Organizations", Kind.LOCATION, "Places and countries", Kind.FACILITY, "Facilities", Kind.PRODUCT,
            "Products", Kind.EVENT, "Events", Kind.POST, "Posts", Kind.AFFILIATION, "Affiliations");

    private final Links links;
    private final Node self;
    private final Facts f;
    private final Map<Node, Integer> mentioned = new TreeMap<>(Nodes.ORDER);

    private ReportPage(Links links, Node self) {
        this.links = links;
        this.self = self;
        this.f = new Facts(links);
    }

    /** The page, or null when the IRI is not a report in the store. */
    static String render(Dataset ds, Links links, String iri) {
        ReportPage page = new ReportPage(links, NodeFactory.createURI(iri));
        boolean found = Txn.calculateRead(ds, () -> page.load(ds));
        return found ? page.html() : null;
    }

    private boolean load(Dataset ds) {
        Map<String, Node> bind = Map.of("this", self);
        List<Binding> meta = Sparql.select(ds, "outgoing", bind);
        if (meta.stream().noneMatch(r -> r.get("p").equals(org.apache.jena.vocabulary.RDF.type.asNode())
                && ARS.Report.asNode().equals(r.get("o")))) {
            return false;
        }
        meta.forEach(r -> f.add(self, r.get("p"), r.get("o"), r.get("g")));
        f.addClaims(Sparql.select(ds, "report-claims", bind));
        for (Binding r : Sparql.select(ds, "report-hubs", bind)) f.add(r.get("s"), r.get("p"), r.get("o"), null);
        for (Binding r : Sparql.select(ds, "report-mentions", bind)) {
            Integer n = Nodes.integer(r.get("n"));
            mentioned.put(r.get("e"), n == null ? 0 : n);
        }
        java.util.Set<Node> extra = new java.util.LinkedHashSet<>(mentioned.keySet());
        extra.add(self);
        f.loadNames(ds, extra);
        return true;
    }

    private String text(org.apache.jena.rdf.model.Property p) {
        return Nodes.str(f.first(self, p.asNode()));
    }

    private String html() {
        List<Statement> statements = Statements.forReport(f, self);
        Html h = new Html();
        h.open("article", "class", "report-page");
        header(h, statements);
        Timeline timeline = Timeline.of(f, self, statements);
        if (!timeline.isEmpty()) h.panel("timeline", "Timeline", timeline.size(), "dated event", "dated events",
                timeline.svg("Dated events in this report"));
        h.open("section", "id", "statements").el("h2", "What the report says");
        if (statements.isEmpty()) h.el("p", "No claims were extracted from this report.", "class", "muted");
        Statements.render(h, f, statements, self);
        h.close("section");
        entities(h);
        body(h);
        h.close("article");
        return Html.page(links, f.label(self), "", h.toString());
    }

    private void header(Html h, List<Statement> statements) {
        h.open("header", "class", "head").open("p", "class", "kicker")
                .el("span", Kind.REPORT.label, "class", "kind " + Kind.REPORT.css()).close("p")
                .el("h1", f.label(self)).open("dl", "class", "details");
        row(h, "Publisher", text(ARS.publisherName));
        List<String> authors = f.objects(self, ARS.authorName.asNode()).stream().map(Nodes::str).sorted().toList();
        row(h, authors.size() > 1 ? "Authors" : "Author", authors.isEmpty() ? null : String.join(", ", authors));
        Node date = f.first(self, ARS.publishedDate.asNode());
        row(h, "Published", date == null || !date.isLiteral() ? null : Sentences.value(date));
        String url = text(ARS.url);
        if (url != null) {
            h.el("dt", "Source").open("dd");
            String ext = Links.external(url);
            if (ext != null) h.a(ext, url, "class", "ext", "rel", "noopener noreferrer external");
            else h.el("code", url);
            h.close("dd");
        }
        row(h, "Source file", text(ARS.sourceFile));
        h.el("dt", "IRI").open("dd").el("code", self.getURI(), "class", "iri");
        for (String[] form : new String[][] {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}}) {
            String href = links.rdf(self, form[0]);
            if (href != null) h.raw(" · ").a(href, form[1], "rel", "alternate");
        }
        h.close("dd").close("dl");
        long claims = f.claims.stream().map(Facts.ClaimRow::claim).distinct().count();
        h.el("p", claims + " claims in " + statements.size() + " statements · " + mentioned.size()
                + " entities mentioned", "class", "summary").close("header");
    }

    private static void row(Html h, String name, String value) {
        if (value != null && !value.isBlank() && !value.equals("unknown")) h.el("dt", name).el("dd", value);
    }

    private void entities(Html h) {
        if (mentioned.isEmpty()) return;
        Map<Kind, List<Node>> byKind = new TreeMap<>();
        mentioned.keySet().forEach(e -> byKind.computeIfAbsent(f.kind(e), k -> new ArrayList<>()).add(e));
        h.open("section", "id", "entities").el("h2", "Entities mentioned");
        byKind.forEach((k, es) -> {
            h.open("h3").text(KIND_TITLES.getOrDefault(k, "Other")).raw(" ")
                    .el("span", Integer.toString(es.size()), "class", "count").close("h3").open("ul", "class", "chips");
            es.stream().sorted(f.byLabel).forEach(e -> {
                int n = mentioned.get(e);
                h.open("li").a(links.href(e), f.label(e), "class", "ent " + k.css()).raw(" ")
                        .el("span", Integer.toString(n), "class", "n", "title", n + (n == 1 ? " mention" : " mentions"))
                        .close("li");
            });
            h.close("ul");
        });
        h.close("section");
    }

    /** The body text, quoted sentences highlighted (by certainty) and anchored so evidence links land on them. */
    private void body(Html h) {
        String body = text(ARS.bodyText);
        if (body == null) return;
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        Map<String, Node> best = new TreeMap<>();
        for (Facts.ClaimRow c : f.claims) {
            Integer s = c.start();
            Integer e = c.end();
            if (s == null || e == null || s < 0 || e > body.length() || s >= e || c.quote() == null
                    || !body.substring(s, e).equals(c.quote())) {
                continue;
            }
            spans.merge(s, e, Math::max);
            String key = s + "-" + e;
            Node cur = best.get(key);
            if (c.cert() != null && (cur == null || f.rank(c.cert()) > f.rank(cur))) best.put(key, c.cert());
        }
        h.open("section", "id", "text").el("h2", "Full text").open("div", "class", "body");
        int pos = 0;
        for (Map.Entry<Integer, Integer> span : spans.entrySet()) {
            int s = span.getKey();
            int e = span.getValue();
            if (s < pos) {
                // overlaps the previous highlight: keep the anchor so links still land here
                h.open("span", "id", Evidence.anchor(s, e)).close("span");
                continue;
            }
            h.text(body.substring(pos, s));
            h.open("mark", "id", Evidence.anchor(s, e), "class", Evidence.css(best.get(s + "-" + e)))
                    .text(body.substring(s, e)).close("mark");
            pos = e;
        }
        h.text(body.substring(pos)).close("div").close("section");
    }
}
