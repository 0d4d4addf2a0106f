package org.w3id.arsenal.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;
import org.w3id.arsenal.serve.ServerSettings;
import org.w3id.arsenal.vocab.ARS;

/** The landing page: search, what the store holds (reports, entities by kind, claims), the reports, the questions. */
final class HomePage {

    /** The classes counted on the landing page, in display order. */
    private static final List<Resource> COUNTED = List.of(ARS.Person, ARS.Organization, ARS.Country, ARS.Place,
            ARS.Facility, ARS.Product, ARS.Inspection, ARS.ArmsTransfer, ARS.ProductionOrder, ARS.FacilityExpansion,
            ARS.Post, ARS.Affiliation, ARS.IdentityCandidate);

    private record ReportRow(Node report, String title, Node date, String publisher, long claims) {}

    private HomePage() {}

    static String render(Dataset ds, Links links) {
        Facts f = new Facts(links);
        Map<Node, Long> counts = new TreeMap<>(Nodes.ORDER);
        List<ReportRow> reports = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            List<Node> classes = new ArrayList<>(COUNTED.stream().map(Resource::asNode).toList());
            classes.add(ARS.Report.asNode());
            classes.add(ARS.Claim.asNode());
            for (Binding r : Sparql.select(ds, "counts", Map.of(), "k", classes)) {
                Integer n = Nodes.integer(r.get("n"));
                counts.put(r.get("k"), n == null ? 0L : n);
            }
            Map<Node, ReportRow> byReport = new TreeMap<>(Nodes.ORDER);
            for (Binding r : Sparql.select(ds, "reports", Map.of())) {
                Integer n = Nodes.integer(r.get("claims"));
                ReportRow row = new ReportRow(r.get("r"), Nodes.str(r.get("title")), r.get("date"),
                        Nodes.str(r.get("publisher")), n == null ? 0 : n);
                byReport.merge(row.report(), row, HomePage::first);
            }
            reports.addAll(byReport.values());
            f.loadTerms(ds, new LinkedHashSet<>(classes));
        });
        reports.sort(Comparator.comparing((ReportRow r) -> r.date() == null ? "" : r.date().getLiteralLexicalForm(),
                Comparator.reverseOrder()).thenComparing(r -> r.title() == null ? "" : r.title())
                .thenComparing(ReportRow::report, Nodes.ORDER));

        Html h = new Html();
        h.open("section", "class", "hero").el("h1", "Arsenal")
                .el("p", "A knowledge graph of defense-industry entities built from news reports: who inspected "
                        + "which plant and when, what each plant produces, who supplies arms to whom. Every "
                        + "statement links to the sentence that makes it.", "class", "lead")
                .open("form", "class", "search big", "method", "get", "action", links.search(), "role", "search")
                .open("input", "type", "search", "name", "q", "placeholder", "e.g. Kanggye, Kim Jong Un, MLRS shell",
                        "aria-label", "Search labels")
                .open("button", "type", "submit").text("Search").close("button").close("form")
                .open("p", "class", "quicklinks").a(links.sparqlUi(), "SPARQL query UI").text(" · ")
                .a("#questions", "Competency questions").text(" · ").a(links.ontology(), "Ontology").text(" · ")
                .a("#reports", "Reports").close("p").close("section");

        h.open("section", "class", "stats", "aria-label", "What the store holds");
        stat(h, counts.getOrDefault(ARS.Report.asNode(), 0L), "reports", "#reports");
        stat(h, counts.getOrDefault(ARS.Claim.asNode(), 0L), "claims", null);
        long entities = 0;
        for (Resource c : List.of(ARS.Person, ARS.Organization, ARS.Country, ARS.Place, ARS.Facility, ARS.Product)) {
            entities += counts.getOrDefault(c.asNode(), 0L);
        }
        stat(h, entities, "entities", "#kinds");
        h.close("section");

        h.open("section", "id", "kinds").el("h2", "Entities and events by kind").open("ul", "class", "kinds");
        for (Resource c : COUNTED) {
            long n = counts.getOrDefault(c.asNode(), 0L);
            h.open("li").a(links.href(c.asNode()), Sentences.capital(f.termLabel(c.asNode())), "title",
                    f.definition(c.asNode())).raw(" ").el("span", Long.toString(n), "class", "n").close("li");
        }
        h.close("ul").close("section");

        h.open("section", "id", "reports").el("h2", "Reports");
        if (reports.isEmpty()) h.el("p", "No reports loaded yet (arsenal load).", "class", "muted");
        else {
            h.open("table", "class", "list").raw("<thead><tr><th>Report</th><th>Publisher</th><th>Published</th>"
                    + "<th class=\"num\">Claims</th></tr></thead><tbody>");
            for (ReportRow r : reports) {
                h.open("tr").open("td").a(links.href(r.report()), r.title() == null ? links.shortIri(
                        Nodes.str(r.report())) : r.title(), "class", "report").close("td")
                        .el("td", r.publisher() == null ? "" : r.publisher())
                        .el("td", r.date() == null || !r.date().isLiteral() ? "" : Sentences.value(r.date()))
                        .el("td", Long.toString(r.claims()), "class", "num").close("tr");
            }
            h.raw("</tbody></table>");
        }
        h.close("section");
        questions(h, links);
        return Html.page(links, "Overview", "", h.toString());
    }

    private static ReportRow first(ReportRow a, ReportRow b) {
        Comparator<ReportRow> c = Comparator.comparing((ReportRow r) -> r.title() == null ? "" : r.title())
                .thenComparing(r -> Nodes.str(r.date()) == null ? "" : Nodes.str(r.date()));
        return c.compare(a, b) <= 0 ? a : b;
    }

    private static void stat(Html h, long n, String what, String href) {
        h.open("div", "class", "stat").el("span", Long.toString(n), "class", "n").raw(" ");
        h.a(href, what, "class", "l").close("div");
    }

    /** The bundled competency questions: title, description, the SPARQL, and a link that runs it. */
    private static void questions(Html h, Links links) {
        h.open("section", "id", "questions").el("h2", "Competency questions")
                .el("p", "The questions the graph is built to answer. Run one as a plain-text table, or paste it "
                        + "into the SPARQL query UI to change it.", "class", "muted").open("ol", "class", "questions");
        for (CompetencyQuestion q : CompetencyQuestions.all()) {
            String run = links.localBase + ServerSettings.DATASET + "/sparql?output=text&query="
                    + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8);
            h.open("li", "id", "q-" + q.name()).open("h3").text(q.title()).raw(" ")
                    .el("code", q.name(), "class", "muted").close("h3")
                    .el("p", q.description())
                    .open("p").a(run, "Run", "class", "run").text(" · ").a(links.sparqlUi(), "Open the SPARQL UI")
                    .close("p")
                    .open("details").el("summary", "SPARQL").el("pre", q.sparql().strip()).close("details")
                    .close("li");
        }
        h.close("ol").close("section");
    }
}
