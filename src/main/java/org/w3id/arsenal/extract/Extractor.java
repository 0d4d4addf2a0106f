package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.w3id.arsenal.claim.Evidence;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.report.TextRange;
import org.w3id.arsenal.text.Document;
import org.w3id.arsenal.text.Sentence;
import org.w3id.arsenal.text.TextAnalyzer;
import org.w3id.arsenal.text.Token;
import org.w3id.arsenal.time.DateValue;
import org.w3id.arsenal.time.TimeMention;
import org.w3id.arsenal.time.TimeTagger;

/**
 * Turns a report into claims: sentences and tokens, then per sentence its mentions, time expressions and
 * stance, then the relation rules; after the last sentence, dates are carried across a visit's narrative and
 * repeated product mentions are merged. Not thread-safe: use one extractor per thread.
 */
public final class Extractor {

    private final Gazetteer gazetteer;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final TimeTagger tagger = TimeTagger.english();
    private final Hedging hedging = new Hedging();

    public Extractor(Model reference) {
        this.gazetteer = new Gazetteer(reference);
    }

    /** An extractor over the reference vocabulary bundled with Arsenal. */
    public static Extractor withBundledReference() {
        return new Extractor(ReferenceData.model());
    }

    public ExtractedReport extract(Report report) {
        String slug = ReportIds.slug(report);
        List<int[]> margins = new ArrayList<>();
        for (TextRange r : report.margins()) margins.add(new int[] {r.begin(), r.end()});
        Document doc = analyzer.analyze(report.body(), margins);
        Discourse d = new Discourse(slug);
        Findings found = new Findings();
        SentenceReader reader = new SentenceReader(gazetteer);
        Rules rules = new Rules(d, found, gazetteer);
        for (Sentence s : doc.sentences()) {
            View v = new View(s);
            List<Rules.Timed> times = times(v, report.published());
            Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
            SentenceReader.Reading r = reader.read(v, ev, d);
            markStandaloneProducts(r);
            Hedging.Stance stance = hedging.of(v);
            rules.apply(new Rules.Input(r, times, new Findings.Source(ev, stance.certainty(), stance.attribution())));
            for (Mention m : r.mentions()) if (m.form() != Mention.Form.PRONOUN) d.saw(m.ent());
        }
        Narrative.carryDates(found);
        Narrative.mergeProducts(d, found);
        return new ClaimAssembler(report, slug, d, found).assemble();
    }

    /** Time expressions of a sentence as token spans; their tokens are marked so no rule reads them as names. */
    private List<Rules.Timed> times(View v, Optional<DateValue> anchor) {
        List<Rules.Timed> out = new ArrayList<>();
        Sentence s = v.sentence;
        for (TimeMention tm : tagger.find(s.text(), anchor)) {
            int from = -1;
            int to = -1;
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int b = tokens.get(i).begin() - s.begin();
                int e = tokens.get(i).end() - s.begin();
                if (from < 0 && e > tm.begin()) from = i;
                if (b < tm.end()) to = i + 1;
            }
            if (from < 0 || to <= from) continue;
            for (int i = from; i < to; i++) v.time[i] = true;
            out.add(new Rules.Timed(from, to, tm));
        }
        return out;
    }

    /** A product named on its own (not only as a word in a facility's description) is an entity of the report. */
    private static void markStandaloneProducts(SentenceReader.Reading r) {
        for (ProductPhrase p : r.products()) {
            boolean inFacility = false;
            for (FacilityPhrase f : r.facilities()) inFacility |= p.from() >= f.from() && p.to() <= f.to();
            if (!inFacility && !p.qualifiesNoun()) r.productEnts().get(p).onlyModifier = false;
        }
    }
}
