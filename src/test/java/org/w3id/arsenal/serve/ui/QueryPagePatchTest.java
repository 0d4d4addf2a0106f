package org.w3id.arsenal.serve.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;

/**
 * The patch against the real jena-fuseki-ui jar on the classpath: when a new UI version changes the query page,
 * this fails (the server itself would only log a warning and serve Fuseki's own examples).
 */
class QueryPagePatchTest {

    static final List<CompetencyQuestion> QUESTIONS = CompetencyQuestions.all();

    static UiWebapp ui() {
        return UiWebapp.find(QueryPagePatchTest.class.getClassLoader())
                .orElseThrow(() -> new AssertionError("jena-fuseki-ui is not on the classpath"));
    }

    @Test
    void theRealUiIsPatched() {
        QueryPagePatch.Patched p = QueryPagePatch.apply(ui(), QUESTIONS);
        String js = new String(p.script(), StandardCharsets.UTF_8);
        assertTrue(p.path().matches("static/[\\w.-]+\\.js"), p.path());
        for (CompetencyQuestion q : QUESTIONS) {
            assertTrue(js.contains("{value:" + QueryPagePatch.js(q.sparql()) + ",text:" + QueryPagePatch.js(q.title())
                    + "}"), q.name() + " is not an example query");
        }
        assertFalse(js.contains("Selection of triples"), "Fuseki's example queries are still there");
        assertTrue(js.contains("{uri:\"https://w3id.org/arsenal/ontology#\",text:\"ars\"}]"), "no ars: badge");
        assertTrue(js.contains("{uri:\"http://www.w3.org/2002/07/owl#\",text:\"owl\"}"), "the UI's own prefixes kept");
        assertTrue(js.contains("Yasqe.defaults.prefixCcApi=\"./" + QueryPagePatch.PREFIXES_PATH + "\""));
        assertFalse(js.contains("sourceMappingURL"), "the stale source map is kept");
        // nothing else changed: the original up to the example queries is kept byte for byte
        String original = ui().text(p.path());
        int cut = original.indexOf("queries:[");
        assertTrue(cut > 0);
        assertEquals(original.substring(0, cut), js.substring(0, cut));
    }

    @Test
    void prefixesForAutocompletionAreValidJsonWithArs() throws Exception {
        JsonNode prefixes = new ObjectMapper().readTree(QueryPagePatch.apply(ui(), QUESTIONS).prefixes());
        assertEquals(QueryPagePatch.ARS, prefixes.path("ars").asText());
        assertEquals("http://www.w3.org/2000/01/rdf-schema#", prefixes.path("rdfs").asText());
        assertEquals("http://www.w3.org/2001/XMLSchema#", prefixes.path("xsd").asText());
    }

    @Test
    void aChangedPageFailsLoudly() {
        String page = "x={queries:[{value:A,text:\"a\"}],prefixes:[{uri:\"http://x#\",text:\"x\"}]};const Yasqe=f();";
        String patched = QueryPagePatch.patch(page, QUESTIONS);
        assertTrue(patched.contains(QueryPagePatch.js(QUESTIONS.get(0).title())));
        assertTrue(patched.contains(
                "{uri:\"http://x#\",text:\"x\"},{uri:\"https://w3id.org/arsenal/ontology#\",text:\"ars\"}]"), patched);

        for (String changed : List.of(
                page.replace("queries:", "examples:"),
                page.replace("{value:A,text:\"a\"}", "{value:A,label:\"a\"}"),
                page.replace("prefixes:", "namespaces:"),
                page.replace("const Yasqe=", "const Q="),
                page + "y={queries:[{value:B,text:\"b\"}]}")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> QueryPagePatch.patch(changed, QUESTIONS), changed);
            assertTrue(e.getMessage().startsWith("Fuseki UI query page changed"), e.getMessage());
        }
    }

    @Test
    void anUnknownUiFallsBackToUnpatched(@TempDir Path dir) throws Exception {
        Path webapp = dir.resolve("webapp");
        Files.createDirectories(webapp.resolve("static"));
        Files.writeString(webapp.resolve("index.html"),
                "<script type=\"module\" src=\"./static/index-A.js\"></script>");
        Files.writeString(webapp.resolve("static/index-A.js"), "import(\"./Query-B.js\")");
        Files.writeString(webapp.resolve("static/Query-B.js"), "export default {data(){return{examples:[]}}}");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            UiWebapp fake = UiWebapp.find(loader).orElseThrow();
            assertEquals(List.of("static/index-A.js", "static/Query-B.js"), fake.scripts());
            assertThrows(IllegalStateException.class, () -> QueryPagePatch.apply(fake, QUESTIONS));
            assertTrue(QueryPagePatch.tryApply(fake, QUESTIONS).isEmpty());
        }
    }

    @Test
    void stringsAreSafeJavaScriptAndJson() throws Exception {
        String s = "say \"hi\"\\ \n\t</script> Kim Jong Un’s \u2028 é";
        String literal = QueryPagePatch.js(s);
        assertTrue(literal.chars().allMatch(c -> c >= 0x20 && c < 0x7f), literal);
        assertEquals(s, new ObjectMapper().readValue(literal, String.class));
    }

    /** Nothing from a CDN: index.html and the style sheets name only files of the UI itself (or data: URIs). */
    @Test
    void theUiReferencesOnlyItsOwnFiles() {
        UiWebapp ui = ui();
        String index = ui.text("index.html");
        Matcher m = Pattern.compile("\\s(?:src|href)=\"([^\"]*)\"").matcher(index);
        int refs = 0;
        while (m.find()) {
            refs++;
            assertTrue(m.group(1).startsWith("./"), "index.html refers to " + m.group(1));
            ui.read(m.group(1).substring(2)); // and it is there
        }
        assertTrue(refs >= 3, "index.html refers to " + refs + " files");
        // style sheets: the one index.html links, and those the entry script loads with its page chunks
        List<String> sheets = new ArrayList<>();
        Matcher css = Pattern.compile("href=\"\\./(static/[\\w.-]+\\.css)\"").matcher(index);
        while (css.find()) sheets.add(css.group(1));
        Matcher lazy = Pattern.compile("\"\\./([\\w.-]+\\.css)\"").matcher(ui.text(ui.scripts().get(0)));
        while (lazy.find()) sheets.add("static/" + lazy.group(1));
        assertTrue(sheets.size() >= 2, sheets.toString());
        for (String sheet : sheets) {
            Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)").matcher(ui.text(sheet));
            while (url.find()) {
                String u = url.group(1);
                assertFalse(u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//"), sheet + ": " + u);
            }
            Matcher imp = Pattern.compile("@import\\s+(?:url\\()?['\"]?([^'\")\\s;]*)").matcher(ui.text(sheet));
            while (imp.find()) assertFalse(imp.group(1).contains("//"), sheet + " imports " + imp.group(1));
        }
        // the scripts load their chunks by relative name only
        for (String script : ui.scripts()) {
            Matcher imp = Pattern.compile("import\\(\\s*\"([^\"]*)\"").matcher(ui.text(script));
            while (imp.find()) assertTrue(imp.group(1).startsWith("./"), script + " imports " + imp.group(1));
        }
    }
}
