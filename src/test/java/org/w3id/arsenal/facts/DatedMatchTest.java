package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.time.DateValue;

/** The dated rule of FACTS.md: overlapping intervals, produced at least as precise, empty only for empty. */
class DatedMatchTest {

    private static GoldFact gold(String when) {
        return GoldFacts.parse("visited\tKim Jong Un\tKanggye\t" + when + "\n", "g").get(0);
    }

    private static Optional<DateValue> d(String when) {
        return when.isEmpty() ? Optional.empty() : Optional.of(DateValue.parse(when));
    }

    @Test
    void moreOrEquallyPreciseAndOverlappingMatches() {
        assertTrue(gold("2023-08").whenMatches(d("2023-08-04")));
        assertTrue(gold("2023-08").whenMatches(d("2023-08")));
        assertTrue(gold("2023").whenMatches(d("2023-08")));
        assertTrue(gold("2023-08").whenMatches(d("2023-07-30/2023-08-02")));      // day interval, overlapping
        assertTrue(gold("2023-08-03/2023-08-05").whenMatches(d("2023-08-04")));
        assertTrue(gold("2023-08-03/2023-08-05").whenMatches(d("2023-08-05/2023-08-07")));
    }

    @Test
    void lessPreciseDoesNotMatchEvenIfItOverlaps() {
        assertFalse(gold("2023-08").whenMatches(d("2023")));
        assertFalse(gold("2023-08-03/2023-08-05").whenMatches(d("2023-08")));
        assertFalse(gold("2023-08-04").whenMatches(d("2023-08")));
    }

    @Test
    void disjointDoesNotMatch() {
        assertFalse(gold("2023-08").whenMatches(d("2023-09-01")));
        assertFalse(gold("2023-08-03/2023-08-05").whenMatches(d("2023-08-06")));
        assertFalse(gold("2024").whenMatches(d("2023-12-31")));
    }

    @Test
    void emptyMatchesOnlyEmpty() {
        GoldFact undated = GoldFacts.parse("visited\tKim Jong Un\tKanggye\n", "g").get(0);
        assertTrue(undated.whenMatches(d("")));
        assertFalse(undated.whenMatches(d("2023-08-04")));
        assertFalse(gold("2023-08").whenMatches(d("")));
    }

    @Test
    void matchesDatedAlsoNeedsTheRelation() {
        GoldFact g = gold("2023-08");
        assertTrue(g.matchesDated(Fact.relation(FactKind.VISITED, "Kim Jong Un", "Kanggye", DateValue.parse("2023-08-04"))));
        assertFalse(g.matchesDated(Fact.relation(FactKind.VISITED, "Kim Chol", "Kanggye", DateValue.parse("2023-08-04"))));
    }
}
