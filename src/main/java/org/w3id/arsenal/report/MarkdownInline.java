package org.w3id.arsenal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Inline Markdown to plain text: emphasis markers, links and images go, their readable text stays. */
final class MarkdownInline {

    // Code spans and backslash escapes are parked in private-use characters so no later rule rewrites them.
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PARKED = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final String DESTINATION = "\\((?:[^()]|\\([^()]*\\))*\\)";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:" + DESTINATION + "|\\[[^\\]]*\\])");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)\\]" + DESTINATION);
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]+\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^>\\s]+|[^@>\\s]+@[^>\\s]+)>");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern[] EMPHASIS = {
        Pattern.compile("(\\*\\*\\*|___)(?=\\S)(.+?)(?<=\\S)\\1"),
        Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*"),
        Pattern.compile("(?<![\\p{L}\\p{N}_])__(?=\\S)(.+?)(?<=\\S)__(?![\\p{L}\\p{N}_])"),
        Pattern.compile("\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*"),
        // Underscores inside words (snake_case, file names) are not emphasis.
        Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])"),
        Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~"),
    };

    private MarkdownInline() {
    }

    static String toText(String markdown) {
        List<String> parked = new ArrayList<>();
        String s = park(CODE, markdown, parked, 2, true);
        s = park(ESCAPE, s, parked, 1, false);
        s = COMMENT.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll("");
        s = INLINE_LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = FOOTNOTE_REF.matcher(s).replaceAll("");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = BREAK_TAG.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        for (int round = 0; round < 3; round++) {  // nested emphasis: ***a*** or **a _b_**
            String before = s;
            for (Pattern p : EMPHASIS) {
                s = p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(m.groupCount())));
            }
            if (s.equals(before)) break;
        }
        s = Parser.unescapeEntities(s, false);
        s = unpark(s, parked);
        // Tabs survive as table cell separators; other runs of blanks become one space.
        return s.replaceAll("[ \\u000B\\f]+", " ").replaceAll(" ?\t[ \t]*", "\t").replaceAll(" ?\n ?", "\n").strip();
    }

    private static String park(Pattern p, String s, List<String> parked, int group, boolean strip) {
        return p.matcher(s).replaceAll(m -> {
            String text = m.group(group);
            parked.add(strip && text.length() > 1 && text.startsWith(" ") && text.endsWith(" ")
                    ? text.substring(1, text.length() - 1) : text);
            return OPEN + String.valueOf(parked.size() - 1) + CLOSE;
        });
    }

    private static String unpark(String s, List<String> parked) {
        return PARKED.matcher(s).replaceAll(m -> Matcher.quoteReplacement(parked.get(Integer.parseInt(m.group(1)))));
    }
}
