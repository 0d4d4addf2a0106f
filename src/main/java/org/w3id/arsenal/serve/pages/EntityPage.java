package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.arsenal.vocab.ARS;

/**
 * The page of one entity (person, plant, place, product…) or of one event, post or affiliation: who or what it
 * is, a link chart and a timeline, every statement about it as a sentence with its evidence, identity candidates.
 */
final class EntityPage {

    private record Candidate(Node record, Node other, List<String> reasons, Double score) {}

    private final Links links;
    private final Node self;
    private final Facts f;
    private final List<Triple> out = new ArrayList<>();
    private final List<Triple> in = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<Node, Integer> mentions = new TreeMap<>(Nodes.ORDER);

    private EntityPage(Links links, Node self) {
        this.links = links;
        this.self = self;
        this.f = new Facts(links);
    }

    /** The page, or null when the store says nothing about the IRI. */
    static String render(Dataset ds, Links links, String iri) {
        EntityPage page = new EntityPage(links, NodeFactory.createURI(iri));
        boolean found = Txn.calculateRead(ds, () -> page.load(ds));
        if (found && page.f.isA(page.self, ARS.Report)) return ReportPage.render(ds, links, iri);
        return found ? page.html() : null;
    }

    private boolean load(Dataset ds) {
        Map<String, Node> bind = Map.of("this", self);
        if (!Sparql.ask(ds, "exists", bind)) return false;
        for (Binding r : Sparql.select(ds, "outgoing", bind)) {
            out.add(Triple.create(self, r.get("p"), r.get("o")));
            f.add(self, r.get("p"), r.get("o"), r.get("g"));
        }
        for (Binding r : Sparql.select(ds, "incoming", bind)) {
            in.add(Triple.create(r.get("s"), r.get("p"), self));
            f.add(r.get("s"), r.get("p"), self, r.get("g"));
        }
        Set<Node> about = new LinkedHashSet<>(List.of(self));
        // a claim's page shows the claim with its evidence: fetch the claims about its subject
        out.stream().filter(t -> t.getPredicate().equals(ARS.claimSubject.asNode())).forEach(t -> about.add(
                t.getObject()));
        for (Binding r : Sparql.select(ds, "hubs", bind)) {
            about.add(r.get("h"));
            f.add(r.get("s"), r.get("p"), r.get("o"), null);
        }
        f.addClaims(Sparql.select(ds, "claims", Map.of(), "n", about));
        Map<String, Candidate> byRecord = new TreeMap<>();
        for (Binding r : Sparql.select(ds, "candidates", bind)) {
            String key = Nodes.str(r.get("c")) + "\u0000" + Nodes.str(r.get("other"));
            Candidate c = byRecord.computeIfAbsent(key, k -> new Candidate(r.get("c"), r.get("other"),
                    new ArrayList<>(), parse(r.get("score"))));
            String reason = Nodes.str(r.get("reason"));
            if (reason != null && !c.reasons().contains(reason)) c.reasons().add(reason);
        }
        byRecord.values().forEach(c -> c.reasons().sort(Comparator.naturalOrder()));
        candidates.addAll(byRecord.values());
        for (Binding r : Sparql.select(ds, "mentions", bind)) {
            Integer n = Nodes.integer(r.get("n"));
            mentions.put(r.get("report"), n == null ? 0 : n);
        }
        Set<Node> extra = new LinkedHashSet<>(List.of(self));
        candidates.forEach(c -> extra.add(c.other()));
        extra.addAll(mentions.keySet());
        f.loadNames(ds, extra);
        return true;
    }

    private static Double parse(Node n) {
        try {
            return n == null ? null : Double.valueOf(n.getLiteralLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- writing -----------------------------------------------------------------------------------------

    private String html() {
        boolean hub = f.isHub(self);
        List<Statement> statements = Statements.forEntity(f, self, out, in);
        Html h = new Html();
        h.open("article", "class", "entity " + f.kind(self).css());
        header(h, statements);
        if (hub) hubBody(h);
        else if (f.kind(self) == Kind.CLAIM) claimBody(h);
        else entityBody(h, statements);
        properties(h, hub);
        mentioned(h);
        h.close("article");
        return Html.page(links, title(), "", h.toString());
    }

    private void header(Html h, List<Statement> statements) {
        Kind kind = f.kind(self);
        h.open("header", "class", "head").open("p", "class", "kicker")
                .el("span", kind.label, "class", "kind " + kind.css());
        for (Node t : f.specificTypes(self)) {
            if (f.termLabel(t).equals(kind.label)) continue;
            h.raw(" ").a(links.href(t), f.termLabel(t), "class", "type", "title", f.definition(t));
        }
        h.close("p").el("h1", title());
        List<String> aliases = f.aliases(self);
        if (!aliases.isEmpty()) h.el("p", "Also known as: " + String.join(" · ", aliases), "class", "aliases");
        Node comment = f.first(self, RDFS.comment.asNode());
        if (comment != null && comment.isLiteral()) h.el("p", comment.getLiteralLexicalForm(), "class", "desc");
        h.open("p", "class", "meta").el("code", self.getURI(), "class", "iri");
        for (String[] form : new String[][] {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"rdf", "RDF/XML"}}) {
            String href = links.rdf(self, form[0]);
            if (href != null) h.raw(" · ").a(href, form[1], "rel", "alternate");
        }
        h.close("p");
        sameAs(h);
        long claims = f.claims.stream().map(Facts.ClaimRow::claim).distinct().count();
        if (kind == Kind.CLAIM) {
            h.close("header");
            return;
        }
        List<String> summary = new ArrayList<>();
        if (!f.isHub(self)) summary.add(Html.count(statements.size(), "statement", "statements"));
        summary.add(Html.count(claims, "claim", "claims"));
        if (!mentions.isEmpty()) summary.add("mentioned in " + Html.count(mentions.size(), "report", "reports"));
        h.el("p", String.join(" · ", summary), "class", "summary");
        h.close("header");
    }

    /** The page title: the name; an event's label capitalised; a claim (which has no name) by what it says. */
    private String title() {
        if (f.isHub(self)) return Sentences.capital(f.label(self));
        if (f.kind(self) == Kind.CLAIM) {
            Statement st = claimStatement();
            if (st != null) return "Claim: " + st.sentence().plain();
        }
        return f.label(self);
    }

    private void sameAs(Html h) {
        List<Node> same = f.objects(self, OWL.sameAs.asNode()).stream().filter(Node::isURI)
                .sorted(Nodes.ORDER).toList();
        if (same.isEmpty()) return;
        h.open("p", "class", "sameas").text("Same as: ");
        for (int i = 0; i < same.size(); i++) {
            if (i > 0) h.text(" · ");
            String iri = same.get(i).getURI();
            if (Links.isWikidata(iri)) {
                h.a(iri, "Wikidata " + iri.substring(iri.lastIndexOf('/') + 1), "class", "ext",
                        "rel", "noopener noreferrer external");
            } else if (links.isLocal(iri)) {
                h.a(links.href(same.get(i)), f.label(same.get(i)));
            } else {
                h.el("code", iri);
            }
        }
        h.close("p");
    }

    private void entityBody(Html h, List<Statement> statements) {
        LinkChart chart = LinkChart.of(f, self, statements);
        candidates.forEach(c -> chart.edge(c.other(), "may be the same as", true, true, true));
        Timeline timeline = Timeline.of(f, self, statements);
        if (!chart.isEmpty() || !timeline.isEmpty()) {
            h.open("div", "class", "visuals");
            String name = f.label(self);
            if (!chart.isEmpty()) h.panel("chart", "Link chart", chart.size(), "neighbour", "neighbours",
                    chart.svg("Link chart of " + name + ": " + Html.count(chart.size(), "neighbour", "neighbours")));
            if (!timeline.isEmpty()) h.panel("timeline", "Timeline", timeline.size(), "dated event", "dated events",
                    timeline.svg("Timeline of " + name + ": " + Html.count(timeline.size(), "dated event",
                            "dated events")));
            h.close("div");
        }
        h.open("section", "id", "statements").el("h2", "Statements");
        if (statements.isEmpty()) h.el("p", "No statements about this yet.", "class", "muted");
        Statements.render(h, f, statements, null);
        h.close("section");
        candidates(h);
    }

    private void candidates(Html h) {
        if (candidates.isEmpty()) return;
        h.open("section", "id", "candidates").el("h2", "May be the same as").open("ul", "class", "candidates");
        List<Candidate> sorted = candidates.stream().sorted(Comparator
                .comparing((Candidate c) -> c.score() == null ? 0 : -c.score())
                .thenComparing(Candidate::other, f.byLabel).thenComparing(Candidate::record, Nodes.ORDER)).toList();
        for (Candidate c : sorted) {
            h.open("li").open("p").text("May be the same as ").a(links.href(c.other()), f.label(c.other()),
                    "class", "ent " + f.kind(c.other()).css());
            if (c.score() != null) h.raw(" ").el("span", "score " + String.format(java.util.Locale.ROOT, "%.2f",
                    c.score()), "class", "score");
            h.raw(" ").a(links.href(c.record()), "candidate record", "class", "muted").close("p");
            if (!c.reasons().isEmpty()) {
                h.open("ul", "class", "reasons");
                c.reasons().forEach(r -> h.el("li", r));
                h.close("ul");
            }
            h.close("li");
        }
        h.close("ul").el("p", "An identity candidate is a suggestion computed from the reports (same product kind, "
                + "overlapping visits), never an assertion that the records are the same.", "class", "muted")
                .close("section");
    }

    /** An event, post or affiliation: its sentence, its participants by role, its evidence, its chart. */
    private void hubBody(Html h) {
        Sentences say = new Sentences(f, self);
        List<Facts.ClaimRow> claims = f.claims.stream().filter(c -> c.s().equals(self) || self.equals(c.o()))
                .toList();
        Statement st = new Statement("", 0, self, null, null, null, say.hub(self), say.when(self), claims,
                new TreeSet<>());
        h.open("p", "class", "lead").raw(st.sentence().html());
        Node cert = st.certainty(f);
        if (cert != null) h.raw(" ").raw(Evidence.badge(f, cert));
        h.close("p");
        h.open("section", "id", "details").el("h2", "Details").open("dl", "class", "details");
        Map<Node, List<Node>> roles = new TreeMap<>(Comparator.comparing(f::termLabel).thenComparing(Nodes.ORDER));
        List<Node> guides = f.objects(self, ARS.guidedBy.asNode());
        When when = st.when();
        List<Node> dates = List.of(ARS.date.asNode(), ARS.startDate.asNode(), ARS.endDate.asNode(),
                ARS.datePrecision.asNode());
        for (Triple t : out) {
            if (Sentences.HEADER.contains(t.getPredicate())) continue;
            if (when != null && dates.contains(t.getPredicate())) continue;
            // a guide is a companion too (and may be stored as one): say it once, as the guide
            if (t.getPredicate().equals(ARS.accompaniedBy.asNode()) && guides.contains(t.getObject())) continue;
            roles.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        if (when != null) h.el("dt", "When").el("dd", Sentences.capital(when.phrase()));
        roles.forEach((p, values) -> {
            h.el("dt", Sentences.capital(f.termLabel(p))).open("dd");
            value(h, values);
            h.close("dd");
        });
        List<Node> holders = f.subjects(ARS.holdsPost.asNode(), self);
        if (!holders.isEmpty()) {
            h.el("dt", "Held by").open("dd");
            value(h, holders);
            h.close("dd");
        }
        h.close("dl").close("section");
        h.open("section", "id", "evidence").el("h2", "Evidence");
        if (claims.isEmpty()) h.el("p", "No claim backs this record.", "class", "muted");
        Evidence.list(h, f, st, null);
        h.close("section");
        LinkChart chart = LinkChart.ofHub(f, self);
        if (!chart.isEmpty()) h.panel("chart", "Participants", chart.size(), "participant", "participants",
                chart.svg("Participants of " + f.label(self)));
    }

    /** The claim this page is about, as a statement with its evidence (null if it is not in the claim rows). */
    private Statement claimStatement() {
        List<Facts.ClaimRow> rows = f.claims.stream().filter(c -> c.claim().equals(self)).toList();
        if (rows.isEmpty()) return null;
        Facts.ClaimRow c = rows.get(0);
        Sentences say = new Sentences(f, self);
        Node hubNode = f.isHub(c.s()) ? c.s() : null;
        Fragment sentence = hubNode != null ? say.hub(hubNode)
                : c.object() == null ? say.fragment().node(c.s()) : say.direct(c.s(), c.p(), c.object());
        return new Statement("", 0, hubNode, c.s(), c.p(), c.object(), sentence, null, rows, new TreeSet<>());
    }

    /** A claim: subject, property and object, the statement it belongs to, and the evidence behind it. */
    private void claimBody(Html h) {
        Statement st = claimStatement();
        if (st == null) return;
        Facts.ClaimRow c = st.claims().get(0);
        h.open("dl", "class", "details").el("dt", "Subject").open("dd");
        value(h, List.of(c.s()));
        h.close("dd").el("dt", "Property").open("dd").a(links.href(c.p()), f.termLabel(c.p())).close("dd");
        if (c.object() != null) {
            h.el("dt", c.object().isLiteral() ? "Value" : "Object").open("dd");
            value(h, List.of(c.object()));
            h.close("dd");
        }
        if (c.cert() != null) h.el("dt", "Certainty").open("dd").raw(Evidence.badge(f, c.cert())).close("dd");
        h.close("dl");
        h.open("p", "class", "lead").text(st.hub() != null ? "Part of: " : "States: ").raw(st.sentence().html())
                .close("p");
        h.open("section", "id", "evidence").el("h2", "Evidence");
        Evidence.list(h, f, st, null);
        h.close("section");
    }

    private void value(Html h, List<Node> values) {
        List<Node> sorted = values.stream().distinct().sorted(f.byLabel).toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) h.text(", ");
            Node v = sorted.get(i);
            if (v.isLiteral()) h.text(Sentences.value(v));
            else if (v.isURI() && (links.href(v) != null)) h.a(links.href(v), f.label(v), "class",
                    "ent " + f.kind(v).css());
            else h.el("code", Nodes.str(v));
        }
    }

    /** Literal values and links to things without a page here (on an event page, Details covers them). */
    private void properties(Html h, boolean hub) {
        if (hub || f.kind(self) == Kind.CLAIM) return;
        Map<Node, List<Node>> props = new TreeMap<>(Comparator.comparing(f::termLabel).thenComparing(Nodes.ORDER));
        for (Triple t : out) {
            Node o = t.getObject();
            if (Sentences.HEADER.contains(t.getPredicate())) continue;
            boolean shownAsStatement = o.isURI() && !links.isTerm(o) && (links.isLocal(o.getURI()) || f.isHub(o));
            if (!shownAsStatement) props.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(o);
        }
        if (props.isEmpty()) return;
        h.open("section", "id", "properties").el("h2", "Other properties").open("dl", "class", "details");
        props.forEach((p, values) -> {
            h.el("dt", Sentences.capital(f.termLabel(p))).open("dd");
            value(h, values);
            h.close("dd");
        });
        h.close("dl").close("section");
    }

    private void mentioned(Html h) {
        if (mentions.isEmpty()) return;
        h.open("section", "id", "reports").el("h2", "Mentioned in").open("ul", "class", "reports");
        List<Node> reports = new ArrayList<>(mentions.keySet());
        reports.sort(Comparator.comparing((Node r) -> Nodes.str(f.first(r, ARS.publishedDate.asNode())),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(f.byLabel));
        for (Node r : reports) {
            h.open("li").a(links.href(r), f.label(r), "class", "report");
            String pub = Nodes.str(f.first(r, ARS.publisherName.asNode()));
            Node date = f.first(r, ARS.publishedDate.asNode());
            List<String> meta = new ArrayList<>();
            if (pub != null) meta.add(pub);
            if (date != null && date.isLiteral()) meta.add(Sentences.value(date));
            int n = mentions.get(r);
            meta.add(Html.count(n, "mention", "mentions"));
            h.raw(" ").el("span", String.join(" · ", meta), "class", "muted").close("li");
        }
        h.close("ul").close("section");
    }
}
