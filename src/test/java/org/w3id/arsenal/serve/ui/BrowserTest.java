package org.w3id.arsenal.serve.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;
import org.w3id.arsenal.serve.ArsenalServer;
import org.w3id.arsenal.serve.ServerSettings;
import org.w3id.arsenal.store.Store;

/**
 * The server with the bundled reports, seen through a real browser (Debian's headless Chromium): the entity page's
 * link chart and timeline are drawn, and the Fuseki UI lists the dataset, offers Arsenal's questions, runs one
 * and fetches nothing from anywhere but this server. Screenshots are kept in BUILD_DIR/screenshots.
 *
 * <p>Without Chromium the test is skipped, except in CI (CI=true), where it fails: CI must run it.
 */
class BrowserTest {

    private static final Duration APP = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    static Store store;
    static ArsenalServer server;
    static String base;
    static Path screenshots;

    HeadlessChromium chromium;

    static String skipped;

    @BeforeAll
    static void start() throws Exception {
        if (!HeadlessChromium.installed()) {
            String why = HeadlessChromium.EXECUTABLE + " is not installed (Debian: apt-get install -y chromium)";
            if ("true".equals(System.getenv("CI"))) fail("CI must run the browser test: " + why);
            // skipped test by test (in @BeforeEach), so the reports count them and say why
            skipped = "browser test skipped: " + why;
            return;
        }
        store = Store.open(dir.resolve("store"));
        StoreSetup.loadDefaults(store, line -> { });
        server = ArsenalServer.start(store, ServerSettings.defaults().withPort(0));
        base = server.url();
        screenshots = buildDir().resolve("screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @BeforeEach
    void browser() throws Exception {
        Assumptions.assumeTrue(skipped == null, skipped);
        chromium = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) chromium.close();
    }

    @Test
    void entityPageDrawsItsLinkChartAndTimeline() throws IOException {
        chromium.navigate(base + "/id/person/kim-jong-un");
        String dom = chromium.dom();
        Files.writeString(screenshots.resolve("kim-jong-un.html"), dom);
        assertTrue(dom.contains("Kim Jong Un"), "no Kim Jong Un in the page");

        // the elements are real SVG in the rendered DOM, not text that happens to look like it
        int nodes = count("svg.chart .nodes .node");
        int rows = count("svg.timeline .row");
        int marks = count("svg.timeline .row .mark");
        assertTrue(chromium.eval("document.querySelector('svg.chart') instanceof SVGSVGElement").asBoolean(), "chart");
        assertTrue(chromium.eval("document.querySelector('svg.timeline') instanceof SVGSVGElement").asBoolean(),
                "timeline");
        assertTrue(nodes >= 5, "link chart nodes: " + nodes);
        assertTrue(count("svg.chart .edges line") >= 5, "link chart edges");
        assertTrue(rows >= 3 && marks >= 3, "timeline events: " + rows + " rows, " + marks + " marks");

        byte[] png = chromium.screenshot();
        Files.write(screenshots.resolve("kim-jong-un.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(HeadlessChromium.WIDTH, image.getWidth(), "one image pixel per CSS pixel");
        double page = inked(image, 0, 0, image.getWidth(), image.getHeight());
        assertTrue(page > 0.05, "the page looks blank: " + percent(page) + " of its pixels are not white");
        // where the browser drew each figure: its box in page coordinates (no scrolling happened)
        for (String figure : List.of("svg.chart", "svg.timeline")) {
            JsonNode r = chromium.eval("(() => { const b = document.querySelector('" + figure
                    + "').getBoundingClientRect(); return {x: b.left + scrollX, y: b.top + scrollY, w: b.width, "
                    + "h: b.height}; })()");
            int x = r.get("x").asInt();
            int y = r.get("y").asInt();
            int w = r.get("w").asInt();
            int h = r.get("h").asInt();
            assertTrue(w > 300 && h > 100, figure + " is drawn " + w + "x" + h);
            assertTrue(x + w <= image.getWidth() && y + h <= image.getHeight(), figure + " is outside the screenshot");
            double share = inked(image, x, y, w, h);
            int hues = colours(image, x, y, w, h);
            assertTrue(share > 0.03, figure + " looks blank: " + percent(share) + " of its pixels are not white");
            // the chart's nodes are coloured by kind (several), the timeline's marks by certainty (one or more)
            assertTrue(hues >= (figure.equals("svg.chart") ? 2 : 1), figure + " has no coloured marks: " + hues);
        }
    }

    @Test
    void fusekiUiListsTheDatasetAndOffersArsenalsQuestions() throws IOException {
        chromium.navigate(base + "/");
        assertTrue(chromium.waitFor("document.querySelector('#app table') && "
                + "document.querySelector('#app table').innerText.includes('/arsenal')", APP),
                "the dataset list does not show /arsenal:\n" + chromium.dom());
        String home = chromium.dom();
        Files.writeString(screenshots.resolve("ui-home.html"), home);
        Files.write(screenshots.resolve("ui-home.png"), chromium.screenshot());
        assertTrue(home.contains("Version "), "no server version (from /$/server) on the home page");
        assertAllLocal(chromium.requests());

        List<CompetencyQuestion> questions = CompetencyQuestions.all();
        chromium.navigate(base + "/#/dataset/arsenal/query");
        assertTrue(chromium.waitFor("document.querySelectorAll('span.badge.text-bg-info').length >= " + questions.size()
                + " && document.querySelector('#yasqe .CodeMirror')", APP), "the query page did not render");
        List<String> examples = texts("span.badge.text-bg-info");
        for (CompetencyQuestion q : questions) assertTrue(examples.contains(q.title()), q.title() + " in " + examples);
        assertFalse(examples.contains("Selection of triples"), "Fuseki's own examples are still there");
        assertTrue(texts("fieldset span.badge").contains("ars"), "no ars: prefix badge");
        assertTrue(chromium.eval("document.querySelector('#sparql-endpoint').value").asText()
                .equals("/arsenal/query"), "the editor's endpoint");

        // run a question the way a user does: pick the example, press the editor's run button
        CompetencyQuestion reports = CompetencyQuestions.byName("reports").orElseThrow();
        chromium.eval("[...document.querySelectorAll('span.badge.text-bg-info')].find(b => b.innerText.trim() === "
                + QueryPagePatch.js(reports.title()) + ").click()");
        assertTrue(chromium.waitFor("document.querySelector('#yasqe').innerText.includes('ars:Report')", APP),
                "the example did not reach the editor");
        chromium.eval("document.querySelector('.yasqe_queryButton').click()");
        assertTrue(chromium.waitFor("document.querySelector('#yasr') && "
                + "document.querySelector('#yasr').innerText.includes('seed-000-artillery-plants')", APP),
                "no results from /arsenal in the editor:\n"
                        + chromium.eval("document.querySelector('#yasr').innerText"));
        Files.writeString(screenshots.resolve("ui-query.html"), chromium.dom());
        Files.write(screenshots.resolve("ui-query.png"), chromium.screenshot());

        List<String> requests = chromium.requests();
        assertAllLocal(requests);
        assertTrue(requests.stream().anyMatch(u -> u.endsWith("/" + QueryPagePatch.PREFIXES_PATH)),
                "the editor did not load its prefixes from this server: " + requests);
        assertTrue(requests.stream().anyMatch(u -> u.startsWith(base + "/arsenal/query")),
                "the query did not go to /arsenal/query: " + requests);
    }

    // ---- helpers ----

    private int count(String selector) {
        return chromium.eval("document.querySelectorAll(" + QueryPagePatch.js(selector) + ").length").asInt();
    }

    private List<String> texts(String selector) {
        List<String> out = new ArrayList<>();
        chromium.eval("[...document.querySelectorAll(" + QueryPagePatch.js(selector) + ")]"
                + ".map(e => e.innerText.trim())")
                .forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Nothing from a CDN or any other host: every request the page made went to this server. */
    private static void assertAllLocal(List<String> requests) {
        assertFalse(requests.isEmpty(), "no requests recorded");
        for (String u : requests) {
            assertTrue(u.startsWith(base + "/") || u.startsWith("data:") || u.startsWith("blob:"),
                    "a request left the server: " + u);
        }
    }

    /** The share of pixels in the box that are not (near) white. */
    static double inked(BufferedImage img, int x0, int y0, int w, int h) {
        long inked = 0;
        long all = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x0 + w); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                all++;
                if (r < 235 || g < 235 || b < 235) inked++;
            }
        }
        return all == 0 ? 0 : (double) inked / all;
    }

    /** How many clearly saturated hues (in 12 bins) have at least 30 pixels in the box: marks drawn in colour. */
    static int colours(BufferedImage img, int x0, int y0, int w, int h) {
        int[] bins = new int[12];
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x0 + w); x++) {
                int rgb = img.getRGB(x, y);
                float[] hsb = java.awt.Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, null);
                if (hsb[1] > 0.4f && hsb[2] > 0.3f) bins[Math.min(11, (int) (hsb[0] * 12))]++;
            }
        }
        int n = 0;
        for (int c : bins) if (c >= 30) n++;
        return n;
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    /** The Maven build directory (target/, or -Darsenal.build.dir): the parent of the compiled tests. */
    private static Path buildDir() {
        try {
            Path classes = Path.of(BrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(classes) && classes.getParent() != null) return classes.getParent();
        } catch (Exception e) {
            // fall through to the conventional place
        }
        return Path.of("target");
    }
}
