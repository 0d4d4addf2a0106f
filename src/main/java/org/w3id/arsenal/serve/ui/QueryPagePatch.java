package org.w3id.arsenal.serve.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.arsenal.query.CompetencyQuestion;

/**
 * Rewrites the Fuseki UI's query page (a minified Vite chunk) so that its "Example Queries" are Arsenal's
 * competency questions and its prefix badges include {@code ars:}. The chunk is minified, so this matches the
 * literal shapes the page's {@code data()} has in jena-fuseki-ui 5.x; each must occur exactly once, otherwise
 * {@link #patch} throws (the tests call it on the real jar, so a new UI version fails the build, never a server).
 *
 * <p>It also points the SPARQL editor's prefix autocompletion at a local file instead of prefix.cc, and drops the
 * property and class autocompleters, which send what the user types to lov.linkeddata.es: the page makes no
 * request beyond this server.
 */
public final class QueryPagePatch {

    private static final Logger LOG = LoggerFactory.getLogger(QueryPagePatch.class);

    public static final String ARS = "https://w3id.org/arsenal/ontology#";
    /** Served beside the UI's own assets; relative, so it resolves against index.html wherever the UI is. */
    public static final String PREFIXES_PATH = "static/arsenal-prefixes.json";

    // a JS string literal; possessive, so a long one cannot make the regex engine recurse deeply
    private static final String STR = "\"(?:[^\"\\\\]++|\\\\.)*+\"";
    // queries:[{value:SELECT_TRIPLES_QUERY,text:"Selection of triples"},…]
    private static final Pattern QUERIES = Pattern.compile(
            "queries:\\[\\{value:[\\w$]+,text:" + STR + "\\}(?:,\\{value:[\\w$]+,text:" + STR + "\\})*\\]");
    // prefixes:[{uri:"http://…#",text:"rdf"},…]
    private static final Pattern PREFIXES = Pattern.compile(
            "prefixes:\\[\\{uri:" + STR + ",text:" + STR + "\\}(?:,\\{uri:" + STR + ",text:" + STR + "\\})*\\]");
    // the editor class as a module-level binding, whose static defaults every new editor copies
    private static final Pattern YASQE = Pattern.compile("\\bconst Yasqe=");
    private static final Pattern SOURCE_MAP = Pattern.compile("\\n//# sourceMappingURL=[^\\n]*\\s*$");
    private static final Pattern PREFIX_DECL = Pattern.compile("(?im)^\\s*PREFIX\\s+([\\w.-]*):\\s*<([^>]*)>");
    private static final Map<String, String> UI_PREFIXES = Map.of(
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "owl", "http://www.w3.org/2002/07/owl#", "xsd", "http://www.w3.org/2001/XMLSchema#");

    /** The patched query page: where the UI loads it from, its new bytes, and the prefix list it now fetches. */
    public record Patched(String path, byte[] script, byte[] prefixes) {}

    private QueryPagePatch() {}

    /**
     * {@link #apply}, or empty with a logged warning: at runtime a UI version this code does not know is still a
     * working UI, with Fuseki's own example queries.
     */
    public static Optional<Patched> tryApply(UiWebapp ui, List<CompetencyQuestion> questions) {
        try {
            return Optional.of(apply(ui, questions));
        } catch (RuntimeException e) {
            LOG.warn("Fuseki UI served unpatched (Fuseki's example queries, not Arsenal's): {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Finds the query page among the UI's scripts and patches it; throws if it is missing or has changed. */
    public static Patched apply(UiWebapp ui, List<CompetencyQuestion> questions) {
        List<String> scripts = ui.scripts();
        // the page chunk is called Query-HASH.js today: look there first, then anywhere
        List<String> ordered = new ArrayList<>();
        scripts.stream().filter(s -> s.startsWith("static/Query-")).forEach(ordered::add);
        scripts.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        for (String path : ordered) {
            String js = ui.text(path);
            if (QUERIES.matcher(js).find()) {
                return new Patched(path, patch(js, questions).getBytes(StandardCharsets.UTF_8),
                        prefixesJson(questions).getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new IllegalStateException("no Fuseki UI script has the example queries (queries:[{value:…,text:…}]); "
                + "looked in " + scripts);
    }

    /** The query page's source with Arsenal's example queries, the ars: prefix badge and local autocompletion. */
    public static String patch(String js, List<CompetencyQuestion> questions) {
        if (questions.isEmpty()) throw new IllegalArgumentException("no competency questions");
        Matcher q = once(QUERIES, js, "example queries (queries:[{value:…,text:\"…\"},…])");
        StringBuilder list = new StringBuilder("queries:[");
        for (CompetencyQuestion c : questions) {
            if (list.length() > "queries:[".length()) list.append(',');
            list.append("{value:").append(js(c.sparql())).append(",text:").append(js(c.title())).append('}');
        }
        String out = js.substring(0, q.start()) + list.append(']') + js.substring(q.end());

        Matcher p = once(PREFIXES, out, "prefix badges (prefixes:[{uri:\"…\",text:\"…\"},…])");
        String badges = p.group();
        if (!badges.contains("uri:" + js(ARS))) {
            badges = badges.substring(0, badges.length() - 1) + ",{uri:" + js(ARS) + ",text:\"ars\"}]";
        }
        out = out.substring(0, p.start()) + badges + out.substring(p.end());

        once(YASQE, out, "the SPARQL editor class (const Yasqe=)");
        // the inline source map no longer matches the code it maps: drop it rather than mislead a debugger
        out = SOURCE_MAP.matcher(out).replaceFirst("\n");
        return out + ";try{Yasqe.defaults.prefixCcApi=" + js("./" + PREFIXES_PATH)
                + ";Yasqe.defaults.autocompleters=Yasqe.defaults.autocompleters.filter(function(n){"
                + "return n!==\"property\"&&n!==\"class\"})}catch(e){console.warn(\"Arsenal: Yasqe defaults\",e)}\n";
    }

    /** The prefix list the editor autocompletes from, in prefix.cc's format: ars:, the questions' own, the UI's. */
    static String prefixesJson(List<CompetencyQuestion> questions) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("ars", ARS);
        for (CompetencyQuestion c : questions) {
            Matcher m = PREFIX_DECL.matcher(c.sparql());
            while (m.find()) all.putIfAbsent(m.group(1), m.group(2));
        }
        UI_PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.putIfAbsent(e.getKey(), e.getValue()));
        StringBuilder b = new StringBuilder("{");
        all.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(js(k)).append(':').append(js(v)));
        return b.append("}\n").toString();
    }

    /** The pattern's only match in js (positioned on it); throws when it has none or several. */
    private static Matcher once(Pattern pattern, String js, String what) {
        Matcher m = pattern.matcher(js);
        if (!m.find()) throw new IllegalStateException("Fuseki UI query page changed: no " + what);
        int start = m.start();
        if (m.find()) throw new IllegalStateException("Fuseki UI query page changed: more than one " + what);
        m.find(start);
        return m;
    }

    /** A JavaScript (and JSON) string literal; everything outside printable ASCII escaped, so no charset issue. */
    static String js(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
