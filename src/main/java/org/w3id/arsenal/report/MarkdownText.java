package org.w3id.arsenal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text, block by block: headings, paragraphs, code and quotes become paragraphs separated by a
 * blank line; a list or table becomes one line per item or row. Inline markup is left to {@link MarkdownInline}.
 * Covers common CommonMark, not all of it: a report's prose is what matters, not layout.
 */
final class MarkdownText {

    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+(.*))?$");
    private static final Pattern TASK = Pattern.compile("^\\[[ xX]\\][ \\t]+");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern FOOTNOTE = Pattern.compile("^ {0,3}\\[\\^[^\\]]+\\]:\\s*(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    private final List<String> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private boolean blankSinceItem;

    private MarkdownText() {
    }

    static String toPlainText(String markdown) {
        MarkdownText t = new MarkdownText();
        t.convert(markdown.split("\n", -1));
        return String.join("\n\n", t.blocks);
    }

    private void convert(String[] lines) {
        int quoteDepth = 0;
        String fence = null;
        List<String> code = new ArrayList<>();
        boolean inComment = false;
        for (String raw : lines) {
            if (fence != null) {
                if (raw.strip().startsWith(fence) && raw.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    addBlock(String.join("\n", code).strip());
                    code.clear();
                    fence = null;
                } else {
                    code.add(raw);
                }
                continue;
            }
            if (inComment) {
                inComment = !raw.contains("-->");
                continue;
            }
            if (raw.contains("<!--") && !raw.substring(raw.indexOf("<!--")).contains("-->")) {
                inComment = true;
                raw = raw.substring(0, raw.indexOf("<!--"));
            }
            int depth = 0;
            String line = raw;
            Matcher q;
            while ((q = QUOTE.matcher(line)).find()) {
                line = line.substring(q.end());
                depth++;
            }
            if (depth != quoteDepth && !line.isBlank()) flushAll();
            quoteDepth = line.isBlank() && depth == 0 ? 0 : depth;
            fence = line(line, fence);
        }
        if (fence != null) addBlock(String.join("\n", code).strip());
        flushAll();
    }

    /** Handles one line with quote markers removed; returns the fence it opens, if any. */
    private String line(String line, String fence) {
        Matcher m;
        if (line.isBlank()) {
            flushParagraph();
            if (!items.isEmpty()) blankSinceItem = true;
            return fence;
        }
        if ((m = FENCE.matcher(line)).matches()) {
            flushAll();
            return m.group(1);
        }
        if (!paragraph.isEmpty() && items.isEmpty() && SETEXT.matcher(line).matches()) {
            flushParagraph();  // the paragraph was a heading
            return fence;
        }
        if (BREAK.matcher(line).matches()) {
            flushAll();
            return fence;
        }
        if ((m = ATX.matcher(line)).matches()) {
            flushAll();
            if (m.group(1) != null) addBlock(MarkdownInline.toText(m.group(1)));
            return fence;
        }
        if (LINK_DEFINITION.matcher(line).matches()) return fence;
        if ((m = FOOTNOTE.matcher(line)).matches()) {
            flushAll();
            addBlock(MarkdownInline.toText(m.group(1)));
            return fence;
        }
        if ((m = ITEM.matcher(line)).matches()) {
            flushParagraph();
            String item = m.group(2) == null ? "" : m.group(2);
            items.add(TASK.matcher(item).replaceFirst(""));
            blankSinceItem = false;
            return fence;
        }
        if (line.strip().startsWith("|")) {
            flushParagraph();
            if (!TABLE_RULE.matcher(line).matches()) items.add(tableRow(line));
            blankSinceItem = false;
            return fence;
        }
        boolean continuesItem = !items.isEmpty() && (!blankSinceItem || line.startsWith("  ") || line.startsWith("\t"));
        if (continuesItem) {
            int last = items.size() - 1;
            items.set(last, items.get(last) + " " + line.strip());
            return fence;
        }
        flushItems();
        paragraph.add(line);
        return fence;
    }

    private static String tableRow(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|") && !s.endsWith("\\|")) s = s.substring(0, s.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : s.split("(?<!\\\\)\\|")) cells.add(cell.strip().replace('\t', ' '));
        return String.join("\t", cells);
    }

    private void flushAll() {
        flushParagraph();
        flushItems();
    }

    /** Soft line breaks become spaces; a hard break (two trailing spaces or a backslash) stays a line break. */
    private void flushParagraph() {
        if (paragraph.isEmpty()) return;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < paragraph.size(); i++) {
            String l = paragraph.get(i);
            boolean hard = i < paragraph.size() - 1 && (l.endsWith("  ") || l.endsWith("\\"));
            String s = l.strip();
            if (hard && s.endsWith("\\")) s = s.substring(0, s.length() - 1);
            b.append(s).append(i == paragraph.size() - 1 ? "" : hard ? "\n" : " ");
        }
        paragraph.clear();
        addBlock(MarkdownInline.toText(b.toString()));
    }

    private void flushItems() {
        if (items.isEmpty()) return;
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String t = MarkdownInline.toText(item);
            if (!t.isBlank()) out.add(t);
        }
        items.clear();
        blankSinceItem = false;
        addBlock(String.join("\n", out));
    }

    private void addBlock(String text) {
        if (!text.isBlank()) blocks.add(text);
    }
}
