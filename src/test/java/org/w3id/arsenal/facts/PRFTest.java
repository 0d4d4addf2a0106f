package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PRFTest {

    @Test
    void ordinaryCounts() {
        PRF p = new PRF(3, 4, 3, 6);
        assertEquals(0.75, p.precision());
        assertEquals(0.5, p.recall());
        assertEquals(0.6, p.f1(), 1e-12);
    }

    @Test
    void emptyDenominators() {
        assertEquals(1.0, PRF.ZERO.precision());
        assertEquals(1.0, PRF.ZERO.recall());
        assertEquals(1.0, PRF.ZERO.f1());
        PRF nothingProduced = new PRF(0, 0, 0, 5);
        assertEquals(1.0, nothingProduced.precision());
        assertEquals(0.0, nothingProduced.recall());
        assertEquals(0.0, nothingProduced.f1());
        PRF noGold = new PRF(0, 3, 0, 0);
        assertEquals(0.0, noGold.precision());
        assertEquals(1.0, noGold.recall());
        assertEquals(0.0, noGold.f1());
        assertEquals(0.0, new PRF(0, 2, 0, 2).f1());
    }

    @Test
    void plusSumsCountsForAMicroAverage() {
        PRF sum = new PRF(1, 2, 1, 1).plus(new PRF(9, 10, 5, 10));
        assertEquals(new PRF(10, 12, 6, 11), sum);
        Score s = new Score(new PRF(1, 2, 1, 1), PRF.ZERO, new PRF(0, 1, 0, 1))
                .plus(new Score(new PRF(1, 1, 1, 1), new PRF(2, 2, 2, 3), PRF.ZERO));
        assertEquals(new Score(new PRF(2, 3, 2, 2), new PRF(2, 2, 2, 3), new PRF(0, 1, 0, 1)), s);
        assertEquals(s.relations(), s.get(Category.RELATIONS));
    }

    @Test
    void inconsistentCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PRF(3, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PRF(0, 0, -1, 0));
    }
}
