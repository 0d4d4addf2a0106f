package org.w3id.arsenal.serve.pages;

import org.w3id.arsenal.Resources;

/**
 * A string builder for HTML that escapes every piece of text and every attribute value it is given; markup is only
 * ever written by this package's own code through {@link #raw}. Also the page shell: one inline style sheet, no
 * external asset of any kind, so pages work offline.
 */
final class Html {

    private static final String STYLE = Resources.text("pages/style.css").strip();

    private final StringBuilder b = new StringBuilder(4096);

    /** Escapes text for element content and for quoted attribute values alike. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in HTML text.
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') out.append('\uFFFD');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    Html text(String s) {
        b.append(esc(s));
        return this;
    }

    /** {@code <tag a="v" …>}; attribute pairs with a null value are left out. */
    Html open(String tag, String... attrs) {
        b.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] == null) continue;
            b.append(' ').append(attrs[i]).append("=\"").append(esc(attrs[i + 1])).append('"');
        }
        b.append('>');
        return this;
    }

    Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text content. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A link, or plain text when there is nowhere to link to. */
    Html a(String href, String text, String... attrs) {
        if (href == null) return el("span", text, attrs);
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    /** A titled panel holding a chart: "Title (n things)", the SVG in a box that scrolls sideways on phones. */
    Html panel(String id, String title, int n, String one, String many, String svg) {
        return open("section", "class", "panel", "id", id).open("h2").text(title + " ")
                .el("span", n + " " + (n == 1 ? one : many), "class", "count").close("h2")
                .open("div", "class", "scroll").raw(svg).close("div").close("section");
    }

    /** "1 claim", "2 claims". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    boolean isEmpty() {
        return b.length() == 0;
    }

    @Override
    public String toString() {
        return b.toString();
    }

    /** The whole document: head with the inline style, site header with the search box, main, footer. */
    static String page(Links links, String title, String searchValue, String main) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .open("title").text(title + " · Arsenal").close("title")
                .raw("<style>").raw(STYLE).raw("</style></head>\n<body>")
                .raw("<header class=\"site\"><div class=\"wrap bar\">")
                .open("a", "class", "brand", "href", links.home()).text("Arsenal").close("a")
                .open("form", "class", "search", "method", "get", "action", links.search(), "role", "search")
                .open("input", "type", "search", "name", "q", "value", searchValue, "placeholder",
                        "Search people, plants, places, products…", "aria-label", "Search labels")
                .open("button", "type", "submit").text("Search").close("button").close("form")
                .open("nav").a(links.home(), "Overview").a(links.sparqlUi(), "SPARQL").a(links.ontology(), "Ontology")
                .close("nav").raw("</div></header>\n")
                .raw("<main class=\"wrap\">").raw(main).raw("</main>\n")
                .raw("<footer class=\"wrap\"><p>Arsenal knowledge graph of defense-industry entities, extracted from "
                        + "news reports. Every statement is a claim backed by the sentence that makes it; certainty "
                        + "reflects the report’s own hedging, not an assessment.</p></footer>\n</body></html>\n");
        return h.toString();
    }
}
