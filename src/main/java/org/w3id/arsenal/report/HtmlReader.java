package org.w3id.arsenal.report;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** An HTML page: metadata from its head, the body from its main text only (see {@link HtmlMainText}). */
final class HtmlReader implements FormatReader {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|written by|words by)\\s+");

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public Report read(SourceFile file) {
        List<String> warnings = new ArrayList<>();
        Metadata meta = new Metadata(file.source(), warnings);
        String html = file.text(charset(file, meta));
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        readMetadata(doc, meta);
        String body = HtmlMainText.extract(doc);
        if (body.isBlank()) {
            throw ReportException.at(file.source(), 0, "no article text (only scripts, navigation or boilerplate)");
        }
        return meta.toReport(ReportFormat.HTML, body);
    }

    /** The charset a page declares, so a windows-1252 page is not reported as broken UTF-8. */
    private static Charset charset(SourceFile file, Metadata meta) {
        byte[] b = file.bytes();
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) return StandardCharsets.UTF_8;
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return StandardCharsets.UTF_8;
        try {
            // A page that reached us as bytes with an ASCII <meta> cannot really be UTF-16 (browsers agree).
            if (m.group(1).toUpperCase(Locale.ROOT).startsWith("UTF-")) return StandardCharsets.UTF_8;
            if (Charset.isSupported(m.group(1))) return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException e) {
            // fall through to the warning
        }
        meta.warn(0, "unknown charset '" + m.group(1) + "' declared; reading as UTF-8");
        return StandardCharsets.UTF_8;
    }

    /** Each field from the places pages put it, most reliable first. */
    private static void readMetadata(Document doc, Metadata meta) {
        offer(meta, "publisher", doc.selectFirst("meta[property=og:site_name]"), "content");
        offer(meta, "publisher", doc.selectFirst("meta[name=publisher]"), "content");
        Element title = doc.selectFirst("title");
        if (title != null) meta.offer("title", withoutSiteName(title.text(), meta), line(title));
        offer(meta, "title", doc.selectFirst("meta[property=og:title]"), "content");
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) meta.offer("title", h1.text(), line(h1));

        Element author = doc.selectFirst("meta[name=author]");
        if (author != null && !author.attr("content").startsWith("http")) offer(meta, "author", author, "content");
        Element byline = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, [class*=byline]");
        if (byline != null && !meta.has("author")) {
            String name = BY.matcher(byline.text().strip()).replaceFirst("").split("[,|•·]")[0].strip();
            if (BodyLayout.words(name) <= 6) meta.offer("author", name, line(byline));
        }

        offer(meta, "published", doc.selectFirst("meta[property=article:published_time]"), "content");
        offer(meta, "published", doc.selectFirst("meta[itemprop=datePublished]"), "content");
        offer(meta, "published", doc.selectFirst("[itemprop=datePublished][datetime]"), "datetime");
        offer(meta, "published", doc.selectFirst("article time[datetime]"), "datetime");
        offer(meta, "published", doc.selectFirst("time[datetime]"), "datetime");
        offer(meta, "published", doc.selectFirst("meta[name=date], meta[name=pubdate], meta[name=publishdate],"
                + " meta[name=dc.date], meta[name=DC.date]"), "content");

        offer(meta, "url", doc.selectFirst("link[rel=canonical]"), "href");
        offer(meta, "url", doc.selectFirst("meta[property=og:url]"), "content");
    }

    private static void offer(Metadata meta, String key, Element e, String attribute) {
        if (e != null && !meta.has(key) && e.hasAttr(attribute)) meta.offer(key, e.attr(attribute), line(e));
    }

    /** "Kim inspects plant | Atlas News" is titled "Kim inspects plant" when Atlas News is the publisher. */
    private static String withoutSiteName(String title, Metadata meta) {
        String site = meta.get("publisher").orElse(null);
        if (site == null) return title;
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            String suffix = sep + site;
            if (title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
                return title.substring(0, title.length() - suffix.length());
            }
        }
        return title;
    }

    private static int line(Element e) {
        return e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 0;
    }
}
