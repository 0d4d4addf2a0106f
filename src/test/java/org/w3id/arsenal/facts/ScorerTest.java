package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorerTest {

    /** A produced label that the alternative matches: itself, or for a word set a longer label holding its words. */
    static String labelFor(LabelPattern p) {
        return p.wordSet() ? "big " + p.text().substring(1) + " works" : p.text();
    }

    /** The gold facts as a system that got everything right would write them (first alternative of each). */
    static List<Fact> asProduced(List<GoldFact> gold) {
        List<Fact> out = new ArrayList<>();
        for (GoldFact g : gold) {
            String object = g.object().isEmpty() ? "" : labelFor(g.object().get(0));
            out.add(new Fact(g.kind(), labelFor(g.subject().get(0)), object, g.when(), ""));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {Resources.SEED_000, Resources.SEED_002})
    void goldScoredAgainstItselfIsPerfect(String resource) {
        List<GoldFact> gold = GoldFacts.read(Resources.path(resource));
        Score s = Scorer.score(asProduced(gold), gold);
        for (Category c : Category.values()) {
            PRF p = s.get(c);
            assertEquals(1.0, p.precision(), c.id());
            assertEquals(1.0, p.recall(), c.id());
            assertEquals(1.0, p.f1(), c.id());
        }
        assertTrue(Scorer.explain(asProduced(gold), gold).isEmpty());
    }

    @Test
    void goldDuplicatesCountOnceButDatedKeepsEachDate() {
        List<GoldFact> gold = GoldFacts.read(Resources.path(Resources.SEED_000));
        Score s = Scorer.score(asProduced(gold), gold);
        // 14 entity lines; 14 relation lines, two of them the same visits with a date: 12 relations, 14 dated
        assertEquals(new PRF(14, 14, 14, 14), s.entities());
        assertEquals(new PRF(12, 12, 12, 12), s.relations());
        assertEquals(new PRF(14, 14, 14, 14), s.dated());
    }

    private static final String GOLD = """
            leader\tKim Jong Un|Kim
            country\tNorth Korea|DPRK
            country\tRussia
            facility\tKanggye General Tractor Plant|Kanggye
            product\t~MLRS shell
            visited\tKim Jong Un\tKanggye General Tractor Plant|Kanggye\t2023-08
            visited\tKim Jong Un\t~tank Kusong
            produces\tKanggye General Tractor Plant|Kanggye\t~MLRS shell
            exports\tNorth Korea|DPRK\tRussia\t\tartillery
            """;

    private static final String PRODUCED = """
            leader\tKim Jong Un
            leader\tKIM JONG-UN
            country\tDPRK
            country\tUkraine
            facility\tthe Kanggye General Tractor Plant
            product\tMLRS shells
            product\ttanks
            visited\tKim Jong Un\tKanggye\t2023-08-04
            visited\tKim Jong Un\tKanggye\t2023
            produces\tKanggye\tMLRS shells
            produces\tKanggye\tCNC machines
            exports\tNorth Korea\tRussia\t2023\tshells
            located_in\tKanggye\tJagang Province
            """;

    @Test
    void handBuiltCaseGivesTheExpectedCounts() {
        Score s = Scorer.score(FactsTsv.parse(PRODUCED, "p"), GoldFacts.parse(GOLD, "g"));
        assertEquals(new PRF(4, 6, 4, 5), s.entities());    // FP Ukraine, tanks; miss Russia; Kim twice counts once
        assertEquals(new PRF(3, 5, 3, 4), s.relations());   // FP CNC, located_in; miss the Kusong visit
        assertEquals(new PRF(2, 6, 2, 4), s.dated());       // + FP visit in 2023 (too coarse), exports dated vs undated
        assertEquals(4.0 / 6, s.entities().precision(), 1e-12);
        assertEquals(0.8, s.entities().recall(), 1e-12);
        assertEquals(2 * (4.0 / 6) * 0.8 / (4.0 / 6 + 0.8), s.entities().f1(), 1e-12);
    }

    @Test
    void explainListsTheFalsePositivesAndMisses() {
        Mismatches m = Scorer.explain(FactsTsv.parse(PRODUCED, "p"), GoldFacts.parse(GOLD, "g"));
        assertEquals(List.of(
                "entities\tfp\tcountry\tUkraine",
                "entities\tfp\tproduct\ttanks",
                "entities\tmiss\tcountry\tRussia",
                "relations\tfp\tproduces\tKanggye\tCNC machines",
                "relations\tfp\tlocated_in\tKanggye\tJagang Province",
                "relations\tmiss\tvisited\tKim Jong Un\t~tank Kusong",
                "dated\tfp\tvisited\tKim Jong Un\tKanggye\t2023",
                "dated\tfp\tproduces\tKanggye\tCNC machines",
                "dated\tfp\texports\tNorth Korea\tRussia\t2023\tshells",
                "dated\tfp\tlocated_in\tKanggye\tJagang Province",
                "dated\tmiss\tvisited\tKim Jong Un\t~tank Kusong",
                "dated\tmiss\texports\tNorth Korea|DPRK\tRussia"), m.lines());
        assertEquals(2, m.falsePositives(Category.ENTITIES).size());
        assertEquals(1, m.misses(Category.RELATIONS).size());
    }

    @Test
    void aProducedFactMatchingSeveralGoldFactsCountsOnceAndMatchesThemAll() {
        List<GoldFact> gold = GoldFacts.parse("product\t~missile\nproduct\t~cruise missile\n", "g");
        Score s = Scorer.score(FactsTsv.parse("product\tcruise missiles\n", "p"), gold);
        assertEquals(new PRF(1, 1, 2, 2), s.entities());
    }

    @Test
    void kindMustMatch() {
        Score s = Scorer.score(FactsTsv.parse("place\tKusong\n", "p"), GoldFacts.parse("facility\tKusong\n", "g"));
        assertEquals(new PRF(0, 1, 0, 1), s.entities());
    }

    @Test
    void relationsNeedSubjectAndObjectToMatchButNotTheItem() {
        List<GoldFact> gold = GoldFacts.parse("exports\tNorth Korea\tRussia\t\tartillery\n", "g");
        assertEquals(new PRF(1, 1, 1, 1),
                Scorer.score(FactsTsv.parse("exports\tNorth Korea\tRussia\t\tmissiles\n", "p"), gold).relations());
        assertEquals(new PRF(0, 1, 0, 1),
                Scorer.score(FactsTsv.parse("exports\tRussia\tNorth Korea\t\tartillery\n", "p"), gold).relations());
        assertEquals(new PRF(0, 1, 0, 1),
                Scorer.score(FactsTsv.parse("exports\tNorth Korea\tIran\n", "p"), gold).relations());
    }

    @Test
    void entitiesAndRelationsAreScoredApart() {
        Score s = Scorer.score(FactsTsv.parse("leader\tKim Jong Un\n", "p"),
                GoldFacts.parse("accompanied\tKim Chol\tKim Jong Un\n", "g"));
        assertEquals(new PRF(0, 1, 0, 0), s.entities());
        assertEquals(new PRF(0, 0, 0, 1), s.relations());
        assertEquals(new PRF(0, 0, 0, 1), s.dated());
    }

    @Test
    void producedDayMatchesGoldMonthInScore() {
        List<GoldFact> gold = GoldFacts.parse("visited\tKim Jong Un\tKanggye\t2023-08\n", "g");
        Score day = Scorer.score(FactsTsv.parse("visited\tKim Jong Un\tKanggye\t2023-08-04\n", "p"), gold);
        assertEquals(new PRF(1, 1, 1, 1), day.dated());
        Score year = Scorer.score(FactsTsv.parse("visited\tKim Jong Un\tKanggye\t2023\n", "p"), gold);
        assertEquals(new PRF(1, 1, 1, 1), year.relations());
        assertEquals(new PRF(0, 1, 0, 1), year.dated());
    }

    @Test
    void aProducedFileForSeed000() {
        List<Fact> produced = FactsTsv.read(Resources.path("facts/seed-000.produced.facts.tsv"));
        List<GoldFact> gold = GoldFacts.read(Resources.path(Resources.SEED_000));
        Score s = Scorer.score(produced, gold);
        assertEquals(new PRF(13, 14, 13, 14), s.entities());   // FP KCNA; miss Ukraine
        assertEquals(new PRF(9, 10, 9, 12), s.relations());    // FP exports to Ukraine; 3 misses
        assertEquals(new PRF(9, 10, 9, 14), s.dated());        // the dated Huichon visit (2024-01-05) matches gold 2024
        Mismatches m = Scorer.explain(produced, gold);
        assertEquals(List.of("visited\tKim Jong Un\tHuichon Ryonha General Machine Plant|Huichon Ryonha|~Ryonha Machine",
                        "visited\tKim Jong Un\tKanggye General Tractor Plant|Kanggye\t2023-08",
                        "produces\t~tank Kusong|~tank production site|~tank factory|~tank plant\t~tank",
                        "located_in\t~tank Kusong|~tank production site|~tank factory|~tank plant\tKusong",
                        "affiliated_with\tKim Chol\t~anti-aircraft missile"),
                m.misses(Category.DATED).stream().map(GoldFacts::format).toList());
    }
}
