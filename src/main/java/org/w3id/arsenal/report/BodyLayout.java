package org.w3id.arsenal.report;

import java.util.ArrayList;
import java.util.List;

/** A body cut into lines and paragraphs (runs of non-blank lines), each with its offsets in the body. */
final class BodyLayout {

    /** One line without its line break: {@code [begin, end)}. */
    record Line(int index, int begin, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }

        String stripped() {
            return text.strip();
        }
    }

    /** Lines {@code first..last} inclusive, none of them blank. */
    record Paragraph(int index, int first, int last, List<Line> lines) {
        int begin() {
            return lines.get(0).begin();
        }

        int end() {
            return lines.get(lines.size() - 1).end();
        }

        /** The paragraph's lines joined by spaces. */
        String text() {
            StringBuilder b = new StringBuilder();
            for (Line l : lines) {
                if (b.length() > 0) b.append(' ');
                b.append(l.stripped());
            }
            return b.toString();
        }

        boolean singleLine() {
            return lines.size() == 1;
        }
    }

    final String body;
    final List<Line> lines = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();

    BodyLayout(String body) {
        this.body = body;
        int start = 0;
        while (start <= body.length()) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 ? body.length() : nl;
            lines.add(new Line(lines.size(), start, end, body.substring(start, end)));
            if (nl < 0) break;
            start = nl + 1;
        }
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < lines.size() && !lines.get(j + 1).blank()) j++;
            paragraphs.add(new Paragraph(paragraphs.size(), i, j, List.copyOf(lines.subList(i, j + 1))));
            i = j + 1;
        }
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
