package org.w3id.arsenal.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Hostile labels, quotes and URLs in the data end up as text, never as markup or script. */
class EscapingTest {

    static final String ID = TestStores.ID;
    static final String LOCAL = TestStores.LOCAL;

    static final Dataset DS = TestStores.tiny("""
            ids:person\\/x a ars:Person ;
                rdfs:label "<script>alert('x')</script> & Co" ;
                skos:altLabel "\\" onmouseover=\\"alert(2)" ;
                rdfs:comment "<b>bold</b> claim" .
            ids:site\\/y a ars:Factory ; rdfs:label "<svg onload=alert(3)>" .
            ids:visit\\/1 a ars:Inspection ; rdfs:label "visit <i>1</i>" ;
                ars:visitor ids:person\\/x ; ars:site ids:site\\/y ; ars:date "2023-08"^^xsd:gYearMonth .
            ids:claim\\/1 a ars:Claim ; ars:claimSubject ids:visit\\/1 ; ars:claimPredicate ars:visitor ;
                ars:claimObject ids:person\\/x ; ars:certainty ars:Confirmed ; ars:attributionText "</p><script>" ;
                ars:hasEvidence ids:evidence\\/1 .
            ids:evidence\\/1 a ars:Evidence ; ars:quote "He said <script>alert(4)</script>." ;
                ars:startOffset 0 ; ars:endOffset 34 ; ars:inReport ids:report\\/r .
            ids:report\\/r a ars:Report ; rdfs:label "<img src=x onerror=alert(5)>" ;
                ars:title "<img src=x onerror=alert(5)>" ; ars:url "javascript:alert(6)" ;
                ars:publisherName "A & B <Media>" ;
                ars:bodyText "He said <script>alert(4)</script>. More text." .
            """);

    static void assertInert(String html) {
        Document doc = PagesTest.parse(html);
        assertTrue(doc.select("script, img, iframe, b, i, svg[onload]").isEmpty(), doc.body().html());
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), "handler " + a));
        }
        assertTrue(doc.select("a[href^=javascript], a[href^=JAVASCRIPT]").isEmpty());
    }

    @Test
    void entityEventAndReportPagesEscapeLabelsQuotesAndUrls() {
        Pages pages = new Pages(DS, ID, LOCAL);
        String person = pages.entity(ID + "person/x").orElseThrow();
        assertInert(person);
        assertTrue(person.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
        Document doc = PagesTest.parse(person);
        assertEquals("<script>alert('x')</script> & Co", doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("p.aliases").text().contains("\" onmouseover=\"alert(2)"));
        assertEquals("<b>bold</b> claim", doc.selectFirst("p.desc").text());
        assertTrue(doc.select("svg.chart text").eachText().contains("<svg onload=alert(3)>"), "chart label as text");
        assertTrue(doc.select("svg.timeline text.tlabel").eachText().contains("visited <svg onload=alert(3)>"));
        assertEquals("He said <script>alert(4)</script>.", doc.selectFirst("blockquote.quote").wholeText());

        String report = pages.report(ID + "report/r").orElseThrow();
        assertInert(report);
        Document r = PagesTest.parse(report);
        assertEquals("<img src=x onerror=alert(5)>", r.selectFirst("h1").text());
        assertTrue(r.select("dl.details code").eachText().contains("javascript:alert(6)"), "a bad URL is not linked");
        assertTrue(r.selectFirst("#text mark").text().equals("He said <script>alert(4)</script>."));

        assertInert(pages.entity(ID + "visit/1").orElseThrow());
        assertInert(pages.home());
    }

    @Test
    void searchEchoesTheQueryAsText() {
        Pages pages = new Pages(DS, ID, LOCAL);
        String html = pages.search("\"><script>alert(7)</script>");
        assertInert(html);
        Document doc = PagesTest.parse(html);
        assertEquals("\"><script>alert(7)</script>", doc.selectFirst("input[name=q]").val());
        assertInert(pages.search("<script>"));
        assertEquals(List.of(LOCAL + "/id/person/x"), PagesTest.results(pages, "<SCRIPT>"));
    }
}
