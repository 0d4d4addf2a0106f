package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalTableTest {

    private static final Score A = new Score(new PRF(3, 4, 3, 6), new PRF(1, 1, 1, 2), new PRF(0, 1, 0, 2));
    private static final Score B = new Score(new PRF(1, 1, 1, 1), new PRF(0, 0, 0, 0), new PRF(0, 0, 0, 1));

    private static EvalTable table() {
        return new EvalTable().add("seed-000", A).add("heldout-report-1", B).group("held-out corpus", List.of("heldout-report-1"));
    }

    @Test
    void tsvHasOneRowPerReportAndCategoryThenOverallThenGroups() {
        String[] lines = table().tsv().split("\n");
        assertEquals(1 + 3 * 4, lines.length);
        assertEquals("scope\tname\tcategory\tprecision\trecall\tf1\tproduced_matched\tproduced\tgold_matched\tgold", lines[0]);
        assertEquals("report\tseed-000\tentities\t0.750\t0.500\t0.600\t3\t4\t3\t6", lines[1]);
        assertEquals("report\theldout-report-1\trelations\t1.000\t1.000\t1.000\t0\t0\t0\t0", lines[5]);
        assertEquals("overall\toverall\tentities\t0.800\t0.571\t0.667\t4\t5\t4\t7", lines[7]);
        assertEquals("overall\toverall\tdated\t0.000\t0.000\t0.000\t0\t1\t0\t3", lines[9]);
        assertEquals("group\theld-out corpus\tentities\t1.000\t1.000\t1.000\t1\t1\t1\t1", lines[10]);
    }

    @Test
    void textIsAligned() {
        String text = table().text();
        String[] lines = text.split("\\R");
        assertEquals(1 + 3 * 4 + 1, lines.length);                      // header, rows, one rule
        assertTrue(lines[0].startsWith("report            category"), lines[0]);
        assertEquals("seed-000          entities   0.750  0.500  0.600        3/4        3/6", lines[1]);
        assertTrue(lines[7].matches("-+"), lines[7]);
        assertEquals("overall           entities   0.800  0.571  0.667        4/5        4/7", lines[8]);
        assertEquals("held-out corpus   dated      1.000  0.000  0.000        0/0        0/1", lines[13]);
        for (String l : lines) if (!l.startsWith("-")) assertEquals(lines[1].length(), l.length(), l);
    }

    @Test
    void aggregatesAreMicroAverages() {
        assertEquals(A.plus(B), table().overall());
        assertEquals(B, table().groupScore("held-out corpus"));
    }

    @Test
    void unknownReportsInAGroupAndDuplicatesAreRejected() {
        EvalTable t = new EvalTable().add("a", A).group("g", List.of("b"));
        assertThrows(IllegalArgumentException.class, t::tsv);
        assertThrows(IllegalArgumentException.class, () -> new EvalTable().add("a", A).add("a", B));
    }
}
