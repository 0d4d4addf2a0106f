package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.time.DateValue;
import org.w3id.arsenal.time.Precision;

class GoldFactsTest {

    private static Map<String, Integer> countByKind(List<GoldFact> gold) {
        Map<String, Integer> counts = new TreeMap<>();
        for (GoldFact g : gold) counts.merge(g.kind().id(), 1, Integer::sum);
        return counts;
    }

    @Test
    void readsEveryLineOfSeed000() {
        List<GoldFact> gold = GoldFacts.read(Resources.path(Resources.SEED_000));
        assertEquals(28, gold.size());
        assertEquals(Map.ofEntries(Map.entry("accompanied", 1), Map.entry("affiliated_with", 1),
                Map.entry("country", 3), Map.entry("exports", 1), Map.entry("facility", 3), Map.entry("leader", 1),
                Map.entry("located_in", 3), Map.entry("official", 1), Map.entry("place", 2),
                Map.entry("produces", 3), Map.entry("product", 4), Map.entry("visited", 5)), countByKind(gold));

        GoldFact leader = gold.get(0);
        assertEquals(FactKind.LEADER, leader.kind());
        assertEquals(List.of("Kim Jong Un", "Kim"), leader.subject().stream().map(LabelPattern::text).toList());
        assertEquals(List.of(), leader.object());

        GoldFact facility = gold.get(8);                 // Huichon Ryonha General Machine Plant|Huichon Ryonha|~Ryonha Machine
        assertEquals(3, facility.subject().size());
        assertFalse(facility.subject().get(0).wordSet());
        assertTrue(facility.subject().get(2).wordSet());
        assertEquals(List.of("ryonha", "machine"), facility.subject().get(2).words());

        GoldFact datedVisit = gold.get(16);
        assertEquals(FactKind.VISITED, datedVisit.kind());
        assertEquals(Optional.of(DateValue.parse("2023-08")), datedVisit.when());
        assertEquals(Optional.of(DateValue.parse("2024")), gold.get(17).when());

        GoldFact exports = gold.get(gold.size() - 2);   // the item ("artillery") is read and dropped
        assertEquals(FactKind.EXPORTS, exports.kind());
        assertEquals("exports\tNorth Korea|DPRK|Democratic People's Republic of Korea\tRussia", GoldFacts.format(exports));
    }

    @Test
    void readsEveryLineOfSeed002WithIntervals() {
        List<GoldFact> gold = GoldFacts.read(Resources.path(Resources.SEED_002));
        assertEquals(34, gold.size());
        assertEquals(Map.of("country", 3, "facility", 5, "holds_role", 2, "leader", 1, "organization", 4,
                "produces", 5, "product", 8, "visited", 6), countByKind(gold));
        List<GoldFact> visits = gold.stream().filter(g -> g.kind() == FactKind.VISITED).toList();
        assertEquals(5, visits.stream().filter(v -> v.when().equals(Optional.of(DateValue.parse("2023-08-03/2023-08-05")))).count());
        DateValue interval = visits.get(0).when().orElseThrow();
        assertTrue(interval.isInterval());
        assertEquals(Precision.DAY, interval.precision());
        assertEquals(Optional.of(DateValue.parse("2022-11-09")), visits.get(1).when());
        // "~ballistic missile|ICBM": a word set and an exact label in one field
        GoldFact ballistic = gold.stream().filter(g -> g.subject().get(0).text().equals("~ballistic missile")).findFirst().orElseThrow();
        assertEquals(List.of(true, false), ballistic.subject().stream().map(LabelPattern::wordSet).toList());
    }

    @Test
    void formatGivesBackTheGoldLine() {
        String line = "visited\tKim Jong Un|Kim\t~small arm|~rifle\t2023-08-03/2023-08-05";
        assertEquals(line, GoldFacts.format(GoldFacts.parse(line, "g").get(0)));
    }

    @Test
    void aBadGoldLineIsReportedWithFileAndLine() {
        assertError("leader\tKim Jong Un\nvisited\tKim||Kim Jong Un\tKanggye\n", "gold.tsv:2: ", "empty label alternative");
        assertError("# c\n\nproduct\t~\n", "gold.tsv:3: ", "empty label alternative");
        assertError("visited\tKim\tKanggye\t2023-8\n", "gold.tsv:1: ", "bad when");
        assertError("leader\tKim\nfactory\tKanggye\n", "gold.tsv:2: ", "unknown fact kind");
        assertError("country\tRussia|Ukraine\tUkraine\n", "gold.tsv:1: ", "entity kind");
    }

    @Test
    void readNamesTheFile() {
        Path missing = Resources.path(Resources.SEED_000).resolveSibling("no-such.facts.tsv");
        InputException e = assertThrows(InputException.class, () -> GoldFacts.read(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }

    private static void assertError(String text, String where, String what) {
        InputException e = assertThrows(InputException.class, () -> GoldFacts.parse(text, "gold.tsv"));
        assertTrue(e.getMessage().startsWith(where), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }
}
