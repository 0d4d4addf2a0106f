package org.w3id.arsenal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the spans of a body that are not the article: bylines, author biographies, teasers of other articles,
 * "related" sections and photo captions. Plain-text reports carry no markup saying so, hence rules over lines and
 * paragraphs. Each rule errs towards keeping text: a margin is text the extractor never sees.
 */
final class Margins {

    static final String BYLINE = "byline";
    static final String BIOGRAPHY = "author biography";
    static final String TEASER = "teaser";
    static final String RELATED = "related articles";
    static final String CAPTION = "photo caption";

    private final BodyLayout layout;
    private final MarginRules rules;
    private final List<TextRange> found = new ArrayList<>();

    private Margins(String body, Optional<String> title, Optional<String> author) {
        this.layout = new BodyLayout(body);
        this.rules = new MarginRules(body, title, author);
    }

    /** Sorted, non-overlapping margins of {@code body}. */
    static List<TextRange> find(String body, Optional<String> title, Optional<String> author) {
        Margins m = new Margins(body, title, author);
        int articleEnd = m.relatedSection();
        m.trailingTeasers(articleEnd);
        m.biographies();
        m.singleLines();
        m.found.sort(Comparator.comparingInt(TextRange::begin));
        return List.copyOf(m.found);
    }

    /** A "Related articles" style heading in the second half starts a margin that runs to the end. */
    private int relatedSection() {
        int half = layout.body.length() / 2;
        for (BodyLayout.Line line : layout.lines) {
            if (line.begin() >= half && rules.isRelatedHeading(line.stripped())) {
                int end = layout.paragraphs.get(layout.paragraphs.size() - 1).end();
                add(line.begin(), end, RELATED);
                return line.begin();
            }
        }
        return layout.body.length();
    }

    /**
     * Teasers sit at the end, after the article: a title line without final punctuation, then a short blurb cut
     * off with an ellipsis. At least one paragraph must stay before them, so a truncated article alone is kept.
     */
    private void trailingTeasers(int articleEnd) {
        List<BodyLayout.Paragraph> ps = new ArrayList<>();
        for (BodyLayout.Paragraph p : layout.paragraphs) {
            if (p.end() <= articleEnd) ps.add(p);
        }
        List<TextRange> teasers = new ArrayList<>();
        int k = ps.size() - 1;
        while (k >= 0) {
            BodyLayout.Paragraph blurb = ps.get(k);
            if (!rules.isTeaserBlurb(blurb.text())) break;
            if (!blurb.singleLine() && rules.isTitleLike(blurb.lines().get(0).stripped())) {
                teasers.add(new TextRange(blurb.begin(), blurb.end(), TEASER));
                k--;
            } else if (k >= 1 && ps.get(k - 1).singleLine() && rules.isTitleLike(ps.get(k - 1).text())) {
                teasers.add(new TextRange(ps.get(k - 1).begin(), blurb.end(), TEASER));
                k -= 2;
            } else {
                break;
            }
        }
        if (k >= 0) teasers.forEach(t -> add(t.begin(), t.end(), t.reason()));
    }

    /**
     * An author block: the author's name on a line of its own (or a short name-like line repeated), then a
     * paragraph about the author. The name line alone, when it is the header's author, is a byline.
     */
    private void biographies() {
        List<BodyLayout.Line> lines = layout.lines;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).stripped();
            if (s.isEmpty()) continue;
            boolean heading = rules.isAboutTheAuthor(s);
            boolean authorLine = rules.isAuthorName(s);
            int next = nextNonBlank(i + 1);
            boolean repeated = !authorLine && next >= 0 && rules.isNameLike(s) && lines.get(next).stripped().equals(s);
            if (!heading && !authorLine && !repeated) continue;
            int lastName = i;
            while (next >= 0 && lines.get(next).stripped().equals(s)) {
                lastName = next;
                next = nextNonBlank(next + 1);
            }
            int bioEnd = next < 0 ? -1 : endOfParagraph(next);
            if (bioEnd >= 0 && (heading || rules.isBiography(joined(next, bioEnd)))) {
                add(lines.get(i).begin(), lines.get(bioEnd).end(), BIOGRAPHY);
                i = bioEnd;
            } else if (authorLine) {
                add(lines.get(i).begin(), lines.get(lastName).end(), BYLINE);
                i = lastName;
            }
        }
        for (BodyLayout.Paragraph p : layout.paragraphs) {
            if (rules.isStandaloneBiography(p.text())) add(p.begin(), p.end(), BIOGRAPHY);
        }
    }

    /** Rules that judge one line or one single-line paragraph. */
    private void singleLines() {
        for (BodyLayout.Paragraph p : layout.paragraphs) {
            String text = p.text();
            if (p.lines().size() <= 3 && BodyLayout.words(text) <= 30) {
                for (BodyLayout.Line l : p.lines()) {
                    if (rules.isByline(l.stripped())) add(l.begin(), l.end(), BYLINE);
                }
            }
            if (!p.singleLine()) continue;
            if (rules.isRelatedLink(text)) add(p.begin(), p.end(), TEASER);
            else if (rules.isPhotoCredit(text) || rules.isCaption(text)) add(p.begin(), p.end(), CAPTION);
        }
    }

    private int nextNonBlank(int from) {
        for (int j = from; j < layout.lines.size(); j++) {
            if (!layout.lines.get(j).blank()) return j;
        }
        return -1;
    }

    /** The last line of the run of non-blank lines starting at {@code from}. */
    private int endOfParagraph(int from) {
        int j = from;
        while (j + 1 < layout.lines.size() && !layout.lines.get(j + 1).blank()) j++;
        return j;
    }

    private String joined(int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int j = first; j <= last; j++) b.append(layout.lines.get(j).stripped()).append(' ');
        return b.toString().strip();
    }

    /** Earlier rules win: a span overlapping one already found is dropped. */
    private void add(int begin, int end, String reason) {
        if (end <= begin) return;
        for (TextRange r : found) {
            if (r.overlaps(begin, end)) return;
        }
        found.add(new TextRange(begin, end, reason));
    }
}
