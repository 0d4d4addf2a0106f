package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.time.DateValue;

class HtmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void metadataFromTheHead() {
        Report r = Inputs.read(Inputs.good("article.html"));
        assertEquals(ReportFormat.HTML, r.format());
        assertEquals(Optional.of("Kim inspects artillery plant"), r.title(), "<title> without the site name");
        assertEquals(Optional.of("Atlas News"), r.publisher());
        assertEquals(Optional.of("Chase Baker"), r.author());
        assertEquals(Optional.of(DateValue.of(LocalDate.of(2023, 8, 4))), r.published());
        assertEquals(Optional.of("https://atlas.example/kim-artillery"), r.url());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void bodyIsTheArticleOneParagraphPerBlock() {
        Report r = Inputs.read(Inputs.good("article.html"));
        assertEquals("Kim inspects artillery plant\n\n"
                + "North Korean leader Kim Jong Un inspected an artillery plant in Jagang Province, state media said.\n\n"
                + "He praised the plant's growth, saying production had doubled.\n\n"
                + "Exports\n\nShells for Russia\n\nRockets for the army\n\n"
                + "\"Follow Kanggye,\" he said.", r.body());
        for (String junk : List.of("Home", "tracking", "color", "newsletter", "Share on", "seasoned journalist",
                "Houthis", "Copyright", "Enable JavaScript", "Kim at the plant", "By Chase Baker")) {
            assertFalse(r.body().contains(junk), junk);
        }
    }

    @Test
    void withoutArticleTheElementWithMostParagraphTextIsChosen() {
        Report r = Inputs.read(Inputs.good("div-page.html"));
        assertEquals("Kim Jong Un visited the tank plant in Kusong and called for faster production of new tanks.\n\n"
                + "The plant has expanded its assembly hall, satellite images show.", r.body());
        assertEquals(Optional.of("Tank plant visit"), r.title());
        assertEquals(Optional.of(DateValue.of(YearMonth.of(2023, 8))), r.published(), "from meta name=date");
    }

    @Test
    void declaredCharsetIsHonoured() {
        Report r = Inputs.read(Inputs.good("windows-1252.html"));
        assertEquals("The plant’s output doubled.", r.body());
    }

    @Test
    void fallbacksForTitleAuthorPublishedAndUrl() {
        Path file = Inputs.write(dir, "fallback.htm", """
                <html><head><meta property="og:title" content="OG title">
                <meta property="og:url" content="https://x.example/a"></head>
                <body><article><p class="meta">Filed <time datetime="2024-07-30">yesterday</time></p>
                <span class="byline">By Jane Doe, Example Wire</span>
                <p>Kim visited a plant.</p></article></body></html>
                """);
        Report r = Inputs.read(file);
        assertEquals(Optional.of("OG title"), r.title());
        assertEquals(Optional.of("Jane Doe"), r.author());
        assertEquals(Optional.of(DateValue.of(LocalDate.of(2024, 7, 30))), r.published());
        assertEquals(Optional.of("https://x.example/a"), r.url());
        assertFalse(r.body().contains("Jane Doe"));
    }

    @Test
    void unparseablePublishedIsAWarningWithLine() {
        Path file = Inputs.write(dir, "date.html", "<html><head>\n<title>T</title>\n"
                + "<meta property=\"article:published_time\" content=\"soon\">\n</head>"
                + "<body><p>Kim visited a plant.</p></body></html>");
        Report r = Inputs.read(file);
        assertEquals(Optional.empty(), r.published());
        assertEquals(List.of(file + ":3: unparseable published date 'soon'"), r.warnings());
    }

    @Test
    void marginRulesApplyToHtmlToo() {
        Path file = Inputs.write(dir, "teasers.html", "<html><body><article>"
                + "<p>Kim Jong Un visited the Kanggye plant and praised its shell production.</p>"
                + "<p>Kim Jong Un also toured a machine plant in Huichon.</p>"
                + "<p>Kim during a tour of the assembly hall.</p>"
                + "<p>Kim ordered more shells.</p>"
                + "<h3>Houthis Warn of Response</h3><p>Over the past day the Houthis said...</p>"
                + "</article></body></html>");
        Report r = Inputs.read(file);
        assertEquals(List.of("Kim during a tour of the assembly hall.",
                "Houthis Warn of Response\n\nOver the past day the Houthis said..."), Inputs.marginTexts(r));
    }

    @Test
    void boilerplateClassOnTheWholeArticleDoesNotEmptyIt() {
        Path file = Inputs.write(dir, "wrapper.html", "<html><body><div class=\"post has-comments\">"
                + "<p>Kim Jong Un visited the Kanggye plant and praised its shell production.</p>"
                + "<div class=\"comments\"><p>First!</p></div></div></body></html>");
        Report r = Inputs.read(file);
        assertEquals("Kim Jong Un visited the Kanggye plant and praised its shell production.", r.body());
    }
}
