package org.w3id.arsenal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3id.arsenal.time.Grammar.Parse;
import org.w3id.arsenal.time.Tokens.Tok;

/**
 * Finds time expressions in English report text and resolves them against the report's published date.
 *
 * <p>Choices (see also {@link Relative}):
 * <ul>
 * <li>A date without a year ("on November 9", "in August") takes the anchor's year, or the year before when it
 * would otherwise fall after the anchor; it needs an anchor of at least year precision.</li>
 * <li>A bare weekday is the anchor date itself when it is that weekday, else the latest one before it.</li>
 * <li>"earlier this week" runs from the week's Monday to the day before the anchor.</li>
 * <li>Vague words ("recently", "soon", "at the time", "the latest", "the end of the year", "year's end",
 * "a few years ago") are not found at all; a decade ("the 1990s") is found with an empty value.</li>
 * <li>"by 2025" is UNTIL; "from 2022 onwards" is SINCE; "followed by" / "preceded" are BEFORE and "preceded by"
 * is AFTER, so that the relation always says where the dated thing lies relative to the value.</li>
 * </ul>
 * Thread-safe and allocation-light: no regex, one token pass, and a grammar that rejects most tokens on sight.
 */
public final class TimeTagger {

    private static final TimeTagger ENGLISH = new TimeTagger();
    /** How many tokens before an expression a relation cue may stand ("followed a major political meeting in"). */
    private static final int CUE_WINDOW = 6;

    private TimeTagger() {
    }

    public static TimeTagger english() {
        return ENGLISH;
    }

    /** Every time expression in text (usually one sentence), left to right, non-overlapping (longest match). */
    public List<TimeMention> find(String text, Optional<DateValue> anchor) {
        Tok[] toks = Tokens.tokenize(text);
        Anchor an = Anchor.of(anchor.orElse(null));
        Grammar g = new Grammar(toks);
        List<TimeMention> out = new ArrayList<>(2);
        int floor = 0;
        for (int i = 0; i < toks.length; ) {
            Parse p = g.at(i);
            if (p == null) {
                i++;
                continue;
            }
            int b = toks[i].begin();
            Tok last = toks[p.end() - 1];
            // The "T" of an ISO timestamp ("2024-08-02T10:15") is not part of the date.
            boolean isoTime = last.kind() == Tokens.NUM && last.suffix().equals("t");
            int e = isoTime ? last.begin() + last.lower().length() : last.end();
            TimeRelation rel = p.relation() != null ? p.relation() : cue(toks, i, floor);
            out.add(new TimeMention(b, e, text.substring(b, e), Optional.ofNullable(p.value().resolve(an)), rel,
                    p.relative()));
            i = floor = p.end();
        }
        return out;
    }

    /**
     * The relation a cue word a few tokens before the expression gives it ("after", "following", "followed [a
     * meeting] in July 2024"); AT when a clause boundary, punctuation or an earlier expression comes first.
     */
    private static TimeRelation cue(Tok[] t, int begin, int floor) {
        for (int k = begin - 1; k >= floor && k >= begin - CUE_WINDOW; k--) {
            Tok x = t[k];
            if (x.kind() == Tokens.PUNCT) {
                if (x.dash() || x.is('\'') || x.is('’')) continue;
                return TimeRelation.AT;
            }
            if (x.kind() != Tokens.WORD) continue;
            boolean by = k + 1 < t.length && t[k + 1].is("by");
            switch (x.lower()) {
                case "after": case "following": return TimeRelation.AFTER;
                case "followed": return by ? TimeRelation.BEFORE : TimeRelation.AFTER;
                case "preceded": return by ? TimeRelation.AFTER : TimeRelation.BEFORE;
                case "before": return TimeRelation.BEFORE;
                case "prior": case "ahead":
                    if (k + 1 < t.length && (t[k + 1].is("to") || t[k + 1].is("of"))) return TimeRelation.BEFORE;
                    break;
                case "since": return TimeRelation.SINCE;
                case "until": case "till": return TimeRelation.UNTIL;
                default:
                    if (Lexicon.CLAUSE_WORDS.contains(x.lower())) return TimeRelation.AT;
            }
        }
        return TimeRelation.AT;
    }
}
