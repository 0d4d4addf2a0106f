package org.w3id.arsenal.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages over the bundled sample reports, as stored by {@code arsenal load} (also with the triples the loader
 * materialises: supertypes, inverses, transitive locations), checked through an HTML parser.
 */
class PagesTest {

    static final String ID = TestStores.ID;
    static final String LOCAL = TestStores.LOCAL;
    static final String KJU = ID + "person/kim-jong-un";
    static final String KANGGYE = ID + "facility/kanggye-general-tractor-plant";
    static final String SHELL = ID + "product/multiple-launch-rocket-system-shell";
    static final String SEED0 = ID + "report/seed-000-artillery-plants";
    static final String SEED2 = ID + "report/seed-002-three-day-tour";

    static Dataset plain;
    static Dataset inferred;

    @BeforeAll
    static void load() {
        plain = TestStores.samples();
        inferred = TestStores.samplesWithInferences();
    }

    /** Event and claim IRIs are hashes that change with the extractor: look them up by what they say. */
    static String one(Dataset ds, String where) {
        List<QuerySolution> rows = select(ds, "SELECT DISTINCT ?x WHERE { " + where + " }");
        assertEquals(1, rows.size(), where);
        return rows.get(0).getResource("x").getURI();
    }

    /** Kim Jong Un's visit to Huichon Ryonha guided by Kim Chol. */
    static String guidedVisit(Dataset ds) {
        return one(ds, "?x a ars:Inspection ; ars:guidedBy <" + ID + "person/kim-chol> ; ars:visitor <" + KJU + "> .");
    }

    /** Kim Jong Un's visit to Kanggye in August 2023. */
    static String datedVisit(Dataset ds) {
        return one(ds, "?x a ars:Inspection ; ars:site <" + KANGGYE + "> ; ars:date ?d FILTER(STR(?d) = \"2023-08\")");
    }

    static Stream<Dataset> stores() {
        return Stream.of(plain, inferred);
    }

    static Pages pages(Dataset ds) {
        return new Pages(ds, ID, LOCAL);
    }

    /** Parses a page, failing on any HTML parse error (a proxy for valid HTML5). */
    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document doc = Jsoup.parse(html, LOCAL, parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        return doc;
    }

    static List<QuerySolution> select(Dataset ds, String sparql) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Sparql.PREFIXES + sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

    static String bodyText(Dataset ds, String reportHref) {
        String iri = ID + reportHref.substring((LOCAL + "/id/").length()).replaceAll("#.*$", "");
        List<QuerySolution> rows = select(ds, "SELECT ?b WHERE { <" + iri + "> ars:bodyText ?b }");
        assertEquals(1, rows.size(), "body text of " + iri);
        return rows.get(0).getLiteral("b").getString();
    }

    static Element groupNamed(Document doc, String title) {
        for (Element g : doc.select("div.group")) {
            if (g.selectFirst("h3").ownText().strip().equals(title)) return g;
        }
        throw new AssertionError("no group " + title + " in " + doc.select("div.group h3").eachText());
    }

    // ---- entity pages ------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("stores")
    void kimJongUnsPageTellsHisVisitsWithLinkedSitesQuotesAndCertainty(Dataset ds) {
        Document doc = parse(pages(ds).entity(KJU).orElseThrow());
        assertEquals("Kim Jong Un", doc.selectFirst("h1").text());

        Element visits = groupNamed(doc, "Visits");
        int inspections = select(ds, "SELECT DISTINCT ?v WHERE { ?v a ars:Inspection ; ars:visitor <" + KJU + "> }")
                .size();
        assertEquals(inspections, visits.select("li.stmt").size());
        Element kanggye = visits.select("li.stmt").stream()
                .filter(li -> li.selectFirst("p.say").text()
                        .startsWith("Kim Jong Un visited Kanggye General Tractor Plant in August 2023"))
                .findFirst().orElseThrow();
        assertFalse(kanggye.select("p.say a[href=" + LOCAL + "/id/facility/kanggye-general-tractor-plant]").isEmpty());
        assertFalse(doc.select("p.say:contains(guided by Kim Chol) a[href=" + LOCAL + "/id/person/kim-chol]")
                .isEmpty());

        List<Element> quotes = doc.select("#statements blockquote.quote");
        assertTrue(quotes.size() >= inspections);
        for (Element q : quotes) {
            String report = q.parent().selectFirst("a.report").attr("href");
            assertTrue(bodyText(ds, report).contains(q.wholeText()), "verbatim in the report: " + q.wholeText());
        }

        for (String level : List.of("confirmed", "possible", "alleged")) {
            assertFalse(doc.select(".badge.c-" + level).isEmpty(), "a " + level + " badge");
        }
        for (Element b : doc.select(".badge")) {
            assertTrue(List.of("confirmed", "probable", "possible", "alleged").contains(b.text()), b.text());
        }
        assertFalse(doc.select("a[href=http://www.wikidata.org/entity/Q56226]").isEmpty(), "Wikidata link");
        assertFalse(groupNamed(doc, "Posts held").select("p.say:contains(holds the post of general secretary)")
                .isEmpty());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theLinkChartIsInlineSvgWithLinkedNeighbours(Dataset ds) {
        Document doc = parse(pages(ds).entity(KJU).orElseThrow());
        Element chart = doc.selectFirst("#chart svg.chart");
        List<String> links = chart.select("a[href]").eachAttr("href");
        assertTrue(links.size() >= 3, links.toString());
        assertTrue(links.stream().allMatch(h -> h.startsWith(LOCAL + "/id/")), links.toString());
        assertTrue(links.contains(LOCAL + "/id/facility/kanggye-general-tractor-plant"));
        assertTrue(links.contains(LOCAL + "/id/person/kim-chol"));
        assertFalse(chart.select("text.elabel:contains(visited)").isEmpty());
        assertEquals(links.size(), links.stream().distinct().count(), "one node per neighbour");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theTimelineShowsEveryDatedVisitInDateOrder(Dataset ds) {
        Document doc = parse(pages(ds).entity(KJU).orElseThrow());
        List<Element> rows = doc.select("#timeline svg.timeline a.row");
        int dated = select(ds, "SELECT DISTINCT ?v WHERE { ?v a ars:Inspection ; ars:visitor <" + KJU + "> . "
                + "{ ?v ars:date ?d } UNION { ?v ars:startDate ?d } }").size();
        assertEquals(dated, rows.size());
        List<String> starts = rows.stream().map(r -> r.attr("data-start")).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "in date order");
        assertEquals("2022-11-09", starts.get(0));
        assertEquals("2024-01-01", starts.get(starts.size() - 1));
        assertTrue(rows.stream().anyMatch(r -> r.attr("data-start").equals("2023-08-01")
                && r.selectFirst("text.tlabel").text().equals("visited Kanggye General Tractor Plant")));
        assertTrue(rows.stream().allMatch(r -> r.attr("href").startsWith(LOCAL + "/id/inspection/")));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void kanggyePlantPageSaysWhatItMakesWhereItIsAndWhatItMayBe(Dataset ds) {
        Document doc = parse(pages(ds).entity(KANGGYE).orElseThrow());
        List<Element> produces = groupNamed(doc, "Produces").select("li.stmt");
        assertEquals(1, produces.size(), "said once, even with the inverse stored");
        Element say = produces.get(0).selectFirst("p.say");
        assertEquals("Kanggye General Tractor Plant produces multiple-launch rocket system shell possible", say.text());
        assertFalse(say.select("a[href=" + LOCAL + "/id/product/multiple-launch-rocket-system-shell]").isEmpty());
        assertFalse(groupNamed(doc, "Located in")
                .select("p.say:contains(is located in Jagang Province) a[href=" + LOCAL + "/id/place/jagang-province]")
                .isEmpty());
        assertFalse(groupNamed(doc, "Visited by").select("a[href=" + LOCAL + "/id/person/kim-jong-un]").isEmpty());

        Element candidates = doc.selectFirst("#candidates");
        assertFalse(candidates.select("a[href=" + LOCAL + "/id/facility/seed-002-three-day-tour/"
                + "factory-producing-shells-of-large-caliber-multiple-rocket-launchers]").isEmpty());
        assertEquals("score 0.90", candidates.selectFirst(".score").text());
        assertTrue(candidates.select("ul.reasons li").eachText().stream().anyMatch(r -> r.startsWith("both produce")));
        assertTrue(doc.selectFirst("p.aliases").text().contains("Kanggye Tractor Factory"));
        assertFalse(doc.select("#chart svg.chart line.edge.dashed").isEmpty(), "the candidate in the chart");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aProductPageSaysWhereItIsProduced(Dataset ds) {
        Document doc = parse(pages(ds).entity(SHELL).orElseThrow());
        List<Element> at = groupNamed(doc, "Produced at").select("li.stmt");
        assertEquals(1, at.size());
        assertTrue(at.get(0).selectFirst("p.say").text()
                .startsWith("multiple-launch rocket system shell is produced at Kanggye General Tractor Plant"));
        assertFalse(at.get(0).select("blockquote.quote").isEmpty(), "with its evidence");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anEventPageShowsWhoWhereWhenCompanionsAndEvidence(Dataset ds) {
        Document doc = parse(pages(ds).entity(guidedVisit(ds)).orElseThrow());
        Element lead = doc.selectFirst("p.lead");
        assertEquals("Kim Jong Un visited Huichon Ryonha General Machine Plant, guided by Kim Chol alleged",
                lead.text(), "an alleged visit stays alleged though its guide is possible");
        for (String path : List.of("person/kim-jong-un", "person/kim-chol",
                "facility/huichon-ryonha-general-machine-plant")) {
            assertFalse(doc.select("#details a[href=" + LOCAL + "/id/" + path + "]").isEmpty(), path);
        }
        assertFalse(doc.select("#details dt").eachText().contains("Accompanied by"), "the guide is said once");
        assertEquals(2, doc.select("#evidence blockquote.quote").size());

        Document dated = parse(pages(ds).entity(datedVisit(ds)).orElseThrow());
        assertTrue(dated.select("#details dd").eachText().contains("In August 2023"));
        assertEquals("Visit by Kim Jong Un to Kanggye General Tractor Plant (2023-08)", dated.selectFirst("h1").text());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aClaimPageSaysWhatItClaimsAndWhy(Dataset ds) {
        String claim = one(ds, "?x ars:claimSubject <" + KANGGYE + "> ; ars:claimPredicate ars:produces .");
        Document doc = parse(pages(ds).entity(claim).orElseThrow());
        assertEquals("Claim: Kanggye General Tractor Plant produces multiple-launch rocket system shell",
                doc.selectFirst("h1").text());
        assertEquals(List.of("Subject", "Property", "Object", "Certainty"), doc.select("dl.details dt").eachText());
        assertEquals("possible", doc.selectFirst("dl.details .badge").text());
        assertTrue(doc.selectFirst("#evidence blockquote.quote").text().contains("Kanggye General Tractor Plant"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aCrowdedChartKeepsWhatTheReportsSay(Dataset ds) {
        Document doc = parse(pages(ds).entity(ID + "country/north-korea").orElseThrow());
        List<String> links = doc.select("#chart svg.chart a[href]").eachAttr("href");
        assertTrue(links.size() <= LinkChart.MAX_NEIGHBOURS);
        assertTrue(links.contains(LOCAL + "/id/country/russia"), "the transfer's recipient: " + links);
        assertTrue(links.contains(LOCAL + "/id/product/artillery"));
    }

    // ---- report pages ------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("stores")
    void aReportPageListsEveryClaimByKindWithItsQuote(Dataset ds) {
        Pages pages = pages(ds);
        Document doc = parse(pages.report(SEED0).orElseThrow());
        List<QuerySolution> claims = select(ds, "SELECT DISTINCT ?c ?q WHERE { ?c ars:hasEvidence ?e . "
                + "?e ars:inReport <" + SEED0 + "> ; ars:quote ?q }");
        long n = claims.stream().map(r -> r.getResource("c")).distinct().count();
        assertTrue(n > 10);
        assertTrue(doc.selectFirst("p.summary").text().startsWith(n + " claims in "));
        List<String> shown = doc.select("#statements blockquote.quote").stream().map(Element::wholeText).toList();
        for (QuerySolution c : claims) {
            assertTrue(shown.contains(c.getLiteral("q").getString()), c.getLiteral("q").getString());
        }
        List<String> groups = doc.select("#statements div.group h3").stream().map(Element::ownText)
                .map(String::strip).toList();
        assertTrue(groups.containsAll(List.of("Inspections", "Arms transfers", "Affiliations", "Located in",
                "Produces")), groups.toString());
        assertFalse(groupNamed(doc, "Arms transfers")
                .select("p.say:contains(North Korea supplied artillery to Russia)").isEmpty());
        for (Element jump : doc.select("#statements a.jump")) {
            String id = jump.attr("href").substring(1);
            assertTrue(doc.getElementById(id) != null, "anchor " + id);
        }
        assertFalse(doc.select("#text mark").isEmpty(), "quoted sentences highlighted in the text");
        assertFalse(doc.select("#entities a[href=" + LOCAL + "/id/person/kim-jong-un]").isEmpty());

        Document other = parse(pages.report(SEED2).orElseThrow());
        assertTrue(other.select("dl.details dd").eachText().containsAll(List.of("Atlas News", "Aug 2023",
                "Chase Baker")));
        assertEquals(pages.report(SEED2), pages.entity(SEED2), "a report IRI followed as an entity");
        assertEquals(Optional.empty(), pages.report(KJU), "an entity is no report");
    }

    @Test
    void anUnknownIriHasNoPage() {
        Pages pages = pages(plain);
        assertEquals(Optional.empty(), pages.entity(ID + "person/nobody"));
        assertEquals(Optional.empty(), pages.report(ID + "report/nothing"));
        assertEquals(Optional.empty(), pages.entity(ID + "person/a b"));
        assertEquals(Optional.empty(), pages.entity("not an IRI"));
        assertEquals(Optional.empty(), pages.entity(""));
    }

    // ---- search and home ---------------------------------------------------------------------------------

    static List<String> results(Pages pages, String q) {
        return parse(pages.search(q)).select("li.result > a").eachAttr("href");
    }

    @Test
    void searchFindsByAliasAndBySubstringIgnoringCase() {
        Pages pages = pages(plain);
        String plant = LOCAL + "/id/facility/kanggye-general-tractor-plant";
        assertTrue(results(pages, "KANGGYE tractor factory").contains(plant), "by alias");
        Document byAlias = parse(pages.search("kanggye TRACTOR factory"));
        assertTrue(byAlias.select("li.result p.match").text().contains("Kanggye Tractor Factory"));
        assertTrue(results(pages, "tractor PLANT").contains(plant), "by substring");
        List<String> kanggye = results(pages, "  kAnGgYe ");
        assertEquals(LOCAL + "/id/place/kanggye", kanggye.get(0), "exact match first");
        assertTrue(kanggye.contains(plant));
        assertEquals("kAnGgYe", parse(pages.search(" kAnGgYe")).selectFirst("input[name=q]").val());
        assertTrue(results(pages, "Workers' Party").contains(LOCAL + "/id/org/workers-party-of-korea"),
                "straight apostrophe finds the typographic one");
        assertEquals(List.of(), results(pages, ""));
        assertEquals(List.of(), results(pages, "no such thing anywhere"));
    }

    @Test
    void searchRanksExactThenPrefixThenSubstring() {
        Dataset ds = TestStores.tiny("""
                ids:a a ars:Factory ; rdfs:label "Big Tractor Works" .
                ids:b a ars:Factory ; rdfs:label "Tractor" .
                ids:c a ars:Factory ; rdfs:label "Zeta" ; skos:altLabel "tractor plant" .
                ids:d a ars:Factory ; rdfs:label "Alpha tractors" .
                """);
        assertEquals(List.of(LOCAL + "/id/b", LOCAL + "/id/c", LOCAL + "/id/d", LOCAL + "/id/a"),
                results(pages(ds), "tractor"));
    }

    @Test
    void theHomePageCountsAndLinksEverything() {
        Document doc = parse(pages(plain).home());
        List<String> stats = doc.select(".stat").eachText();
        assertTrue(stats.contains("2 reports"), stats.toString());
        long claims = select(plain, "SELECT DISTINCT ?c WHERE { ?c a ars:Claim }").size();
        assertTrue(stats.contains(claims + " claims"), stats.toString());
        List<String> hrefs = doc.select("a[href]").eachAttr("href");
        assertTrue(hrefs.containsAll(List.of(LOCAL + "/id/report/seed-000-artillery-plants",
                LOCAL + "/id/report/seed-002-three-day-tour", LOCAL + "/", "#questions")));
        assertEquals(org.w3id.arsenal.query.CompetencyQuestions.all().size(),
                doc.select("#questions > ol > li").size());
        assertEquals(LOCAL + "/search", doc.selectFirst("form.search").attr("action"));
        long inspections = select(plain, "SELECT DISTINCT ?i WHERE { ?i a ars:Inspection }").size();
        assertTrue(doc.select("#kinds li").eachText().contains("Inspection " + inspections));
    }

    // ---- every page --------------------------------------------------------------------------------------

    static List<String> everyPage(Pages pages) {
        return List.of(pages.home(), pages.search("kim"), pages.search("<b>"), pages.entity(KJU).orElseThrow(),
                pages.entity(KANGGYE).orElseThrow(), pages.entity(SHELL).orElseThrow(),
                pages.entity(guidedVisit(plain)).orElseThrow(),
                pages.entity(ID + "country/north-korea").orElseThrow(),
                pages.entity(ID + "person/kim-chol").orElseThrow(),
                pages.entity(ID + "post/kim-jong-un/general-secretary-of-the-workers-party-of-korea").orElseThrow(),
                pages.entity(one(plain, "?x ars:claimSubject <" + KANGGYE + "> ; ars:claimPredicate ars:produces ."))
                        .orElseThrow(),
                pages.report(SEED0).orElseThrow(), pages.report(SEED2).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void pagesAreSelfContainedAndLinkOnlyToThisServerWikidataAndTheReportsOwnUrl(Dataset ds) {
        List<String> reportUrls = select(ds, "SELECT ?u WHERE { ?r ars:url ?u }").stream()
                .map(r -> r.getLiteral("u").getString()).toList();
        for (String html : everyPage(pages(ds))) {
            Document doc = parse(html);
            assertTrue(html.startsWith("<!DOCTYPE html>"));
            assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
            assertEquals("en", doc.selectFirst("html").attr("lang"));
            assertEquals(1, doc.select("style").size());
            assertTrue(doc.select("script, link, img, iframe, object, embed, [src]").isEmpty());
            String style = doc.selectFirst("style").data();
            assertFalse(style.contains("url(") || style.contains("@import"), "no external asset in the style");
            for (Element e : doc.select("[href], [action]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("action");
                if (!url.matches("(?i)^https?:.*")) {
                    assertTrue(url.startsWith("#"), "only fragments besides absolute links: " + url);
                    continue;
                }
                boolean allowed = url.startsWith(LOCAL + "/") || url.startsWith(ID)
                        || url.matches("https?://www\\.wikidata\\.org/entity/Q\\d+") || reportUrls.contains(url);
                assertTrue(allowed, "link to " + url);
            }
        }
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        List<String> first = everyPage(pages(plain));
        assertEquals(first, everyPage(pages(plain)));
        assertEquals(first, everyPage(pages(TestStores.samples())), "a store loaded again");
    }

    @Test
    void inferredStatementsSayWhereTheyComeFrom() {
        Document doc = parse(pages(inferred).entity(KANGGYE).orElseThrow());
        Element nk = groupNamed(doc, "Located in").select("li.stmt").stream()
                .filter(li -> li.selectFirst("p.say").text().endsWith("is located in North Korea")).findFirst()
                .orElseThrow();
        assertEquals("No report claim; stated in graph graph/inferred", nk.selectFirst("p.prov").text());
        assertTrue(select(inferred, "SELECT * WHERE { <" + KANGGYE + "> a ?t }").size() > 1, "supertypes stored");
        assertEquals(List.of("factory"), doc.select("p.kicker .type").eachText(), "only the most specific type");
    }
}
