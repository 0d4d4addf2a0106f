package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.time.DateValue;

class FactsTsvTest {

    @TempDir
    Path dir;

    @Test
    void parsesAllFieldsSkippingCommentsAndBlankLines() {
        List<Fact> facts = FactsTsv.parse("""
                # a comment
                leader\tKim Jong Un

                visited\tKim Jong Un\tKanggye General Tractor Plant\t2023-08-03/2023-08-05
                exports\tNorth Korea\tRussia\t\tartillery shells
                located_in\tKanggye\tJagang Province\t\t
                """, "x.tsv");
        assertEquals(List.of(
                Fact.entity(FactKind.LEADER, "Kim Jong Un"),
                Fact.relation(FactKind.VISITED, "Kim Jong Un", "Kanggye General Tractor Plant",
                        DateValue.parse("2023-08-03/2023-08-05")),
                new Fact(FactKind.EXPORTS, "North Korea", "Russia", Optional.empty(), "artillery shells"),
                Fact.relation(FactKind.LOCATED_IN, "Kanggye", "Jagang Province")), facts);
    }

    @Test
    void acceptsCrLfAndAByteOrderMark() {
        List<Fact> facts = FactsTsv.parse("\uFEFFcountry\tRussia\r\nplace\tKusong\r\n", "x.tsv");
        assertEquals(List.of(Fact.entity(FactKind.COUNTRY, "Russia"), Fact.entity(FactKind.PLACE, "Kusong")), facts);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "weapon\\tKim;unknown fact kind 'weapon'",
            "leader;leader: missing subject",
            "leader\\t ;leader: missing subject",
            "country\\tRussia\\tUkraine;country is an entity kind",
            "country\\tRussia\\t\\t2023;country is an entity kind",
            "visited\\tKim Jong Un;visited: missing object",
            "visited\\tKim\\tKanggye\\tAugust 2023;bad when",
            "visited\\tKim\\tKanggye\\t2023-13;bad when",
            "visited\\tKim\\tKanggye\\t2023-08-05/2023-08-03;bad when",
            "exports\\ta\\tb\\t\\titem\\textra;too many fields",
    })
    void aBadLineIsReportedWithFileAndLine(String line, String message) {
        String text = "# header\nleader\tKim Jong Un\n" + line.replace("\\t", "\t") + "\n";
        InputException e = assertThrows(InputException.class, () -> FactsTsv.parse(text, "produced.tsv"));
        assertTrue(e.getMessage().startsWith("produced.tsv:3: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void readNamesTheFileInErrors() throws IOException {
        Path file = dir.resolve("bad.facts.tsv");
        Files.writeString(file, "leader\tKim\n\nfacility\n");
        InputException e = assertThrows(InputException.class, () -> FactsTsv.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
        assertThrows(InputException.class, () -> FactsTsv.read(dir.resolve("missing.tsv")));
    }

    @Test
    void writesInAStableOrderDroppingTrailingEmptyFieldsAndDuplicates() {
        List<Fact> facts = List.of(
                Fact.relation(FactKind.VISITED, "Kim Jong Un", "Kanggye", DateValue.parse("2023-08")),
                Fact.relation(FactKind.VISITED, "Kim Jong Un", "Kanggye"),
                new Fact(FactKind.EXPORTS, "North Korea", "Russia", Optional.empty(), "shells"),
                Fact.entity(FactKind.PRODUCT, "tanks"),
                Fact.entity(FactKind.LEADER, "Kim Jong Un"),
                Fact.entity(FactKind.PRODUCT, "CNC machines"),
                Fact.entity(FactKind.LEADER, "Kim Jong Un"));
        String expected = """
                leader\tKim Jong Un
                product\tCNC machines
                product\ttanks
                visited\tKim Jong Un\tKanggye
                visited\tKim Jong Un\tKanggye\t2023-08
                exports\tNorth Korea\tRussia\t\tshells
                """;
        assertEquals(expected, FactsTsv.write(facts));
        List<Fact> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);
        assertEquals(expected, FactsTsv.write(reversed));
    }

    @Test
    void writtenFactsReadBackEqual() throws IOException {
        List<Fact> facts = List.of(
                Fact.entity(FactKind.FACILITY, "Huichon Ryonha General Machine Plant"),
                Fact.relation(FactKind.ACCOMPANIED, "Kim Chol", "Kim Jong Un", DateValue.parse("2023-08-03/2023-08-05")),
                new Fact(FactKind.EXPORTS, "North Korea", "Russia", Optional.of(DateValue.parse("2023")), "shells"));
        Path file = dir.resolve("round.facts.tsv");
        try (var out = Files.newBufferedWriter(file)) {
            FactsTsv.write(facts, out);
        }
        assertEquals(facts, FactsTsv.read(file));
    }

    @Test
    void tabsAndLineBreaksInsideLabelsAreWrittenAsSpaces() {
        Fact f = Fact.entity(FactKind.FACILITY, "Kanggye General\nTractor\tPlant");
        assertEquals("facility\tKanggye General Tractor Plant\n", FactsTsv.write(List.of(f)));
    }

    @Test
    void theModelRejectsFactsThatCannotBeLines() {
        assertThrows(IllegalArgumentException.class, () -> Fact.entity(FactKind.LEADER, " "));
        assertThrows(IllegalArgumentException.class, () -> Fact.relation(FactKind.COUNTRY, "Russia", "Ukraine"));
        assertThrows(IllegalArgumentException.class, () -> Fact.relation(FactKind.VISITED, "Kim", ""));
    }

    @Test
    void kindIdsRoundTrip() {
        for (FactKind k : FactKind.values()) assertEquals(k, FactKind.fromId(k.id()));
        assertEquals("located_in", FactKind.LOCATED_IN.id());
        assertEquals(FactKind.HOLDS_ROLE, FactKind.fromId(" Holds_Role "));
        assertTrue(FactKind.PRODUCT.isEntity());
        assertTrue(!FactKind.VISITED.isEntity());
        assertThrows(IllegalArgumentException.class, () -> FactKind.fromId("visit"));
    }
}
