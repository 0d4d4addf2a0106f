package org.w3id.arsenal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of a page: page furniture (scripts, navigation, asides, figures) and blocks whose class or id
 * marks them as bylines, biographies, teasers, sharing or comments are removed, then the article (or main
 * element, or the element holding most paragraph text) is written out one paragraph per block.
 */
final class HtmlMainText {

    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " figure, figcaption, iframe, object, embed, svg, canvas, video, audio, button, select, textarea,"
            + " dialog, [hidden], [aria-hidden=true]";
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[-_\\s])(?:byline|author|authors|bio"
            + "|biography|about-the-author|related|teaser|teasers|recommended|recommendations|newsletter|share"
            + "|sharing|social|comment|comments|advert|advertisement|ads?|sponsored|promo|subscribe|signup|popular"
            + "|trending|read-more|more-stories|breadcrumbs?|cookie|cookies|paywall)(?:$|[-_\\s])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
            "caption", "address", "hr", "body", "details", "summary");

    private HtmlMainText() {
    }

    /** Paragraphs separated by a blank line; empty when the page has no article text. */
    static String extract(Document doc) {
        Element body = doc.body();
        if (body == null) return "";
        body.select(FURNITURE).remove();
        for (Element e : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find()) e.remove();
        }
        removeBoilerplate(body);
        return paragraphs(root(body));
    }

    /**
     * A class such as "post-share" marks a block to drop; but a page may put such a class on a wrapper of the
     * whole article ("has-comments"), so a block holding most of the page's text is kept.
     */
    private static void removeBoilerplate(Element body) {
        int total = body.text().length();
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            String marks = e.className() + " " + e.id();
            if (BOILERPLATE.matcher(marks).find() && e.text().length() * 2 < total) drop.add(e);
        }
        drop.forEach(Element::remove);
    }

    /** The article element with most text, else main, else the element whose own paragraphs hold most text. */
    private static Element root(Element body) {
        Element best = null;
        for (Element a : body.select("article")) {
            if (best == null || a.text().length() > best.text().length()) best = a;
        }
        if (best != null && !best.text().isBlank()) return best;
        Element main = body.selectFirst("main, [role=main]");
        if (main != null && !main.text().isBlank()) return main;
        Map<Element, Integer> byParent = new HashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) byParent.merge(parent, p.text().length(), Integer::sum);
        }
        return byParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(e -> e.text().length() > 0).orElse(body);
    }

    private static String paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    current.append(' ');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(current, out);
            }
        }, root);
        flush(current, out);
        return String.join("\n\n", out);
    }

    private static void flush(StringBuilder current, List<String> out) {
        String s = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!s.isEmpty()) out.add(s);
        current.setLength(0);
    }
}
