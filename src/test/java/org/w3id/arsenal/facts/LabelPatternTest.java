package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPatternTest {

    private static boolean any(String field, String label) {
        return LabelPattern.parseAll(field).stream().anyMatch(p -> p.matches(label));
    }

    @Test
    void exactLabelMatchesCaseInsensitively() {
        assertTrue(LabelPattern.parse("Kim Jong Un").matches("KIM JONG UN"));
        assertFalse(LabelPattern.parse("Kim Jong Un").matches("Kim Jong Il"));
    }

    @Test
    void exactLabelIgnoresPunctuation() {
        assertTrue(LabelPattern.parse("Korean People's Army").matches("Korean Peoples Army"));
        assertTrue(LabelPattern.parse("U.S.").matches("US"));
        assertFalse(LabelPattern.parse("U.S.").matches("USA"));
    }

    @Test
    void exactLabelIgnoresLeadingThe() {
        assertTrue(LabelPattern.parse("Kanggye General Tractor Plant").matches("the Kanggye General Tractor Plant"));
        assertFalse(LabelPattern.parse("Kanggye General Tractor Plant").matches("Kanggye the General Tractor Plant"));
    }

    @Test
    void exactLabelIgnoresPluralS() {
        assertTrue(LabelPattern.parse("ICBM").matches("ICBMs"));
        assertTrue(LabelPattern.parse("CNC machines").matches("CNC machine"));
        assertFalse(LabelPattern.parse("ICBM").matches("ICBM launcher"));
    }

    @Test
    void exactLabelMustBeWhole() {
        assertTrue(LabelPattern.parse("Kim").matches("kim"));
        assertFalse(LabelPattern.parse("Kim").matches("Kim Chol"));
    }

    @Test
    void wordSetMatchesAnyLabelContainingAllItsWords() {
        LabelPattern p = LabelPattern.parse("~tank Kusong");
        assertTrue(p.wordSet());
        assertEquals(List.of("tank", "kusong"), p.words());
        assertTrue(p.matches("tank production site in Kusong"));
        assertTrue(p.matches("Kusong tank factory"));                // any order
        assertTrue(p.matches("the tanks of Kusong"));               // normalized words
        assertFalse(p.matches("tank production site"));              // a word missing
        assertFalse(p.matches("tanker site in Kusong"));             // whole words, not substrings
    }

    @Test
    void wordSetWordsAreNormalized() {
        assertTrue(LabelPattern.parse("~general secretary Workers' Party").matches("General Secretary of the Workers’ Party of Korea"));
        assertTrue(LabelPattern.parse("~anti-aircraft missile").matches("anti aircraft missiles"));
        assertTrue(LabelPattern.parse("~small arm").matches("small arms"));
        assertFalse(LabelPattern.parse("~small arm").matches("small army"));
    }

    @Test
    void tildeOnlyCountsAtTheStart() {
        LabelPattern p = LabelPattern.parse("Kusong ~tank");
        assertFalse(p.wordSet());
        assertTrue(p.matches("Kusong tank"));
        assertFalse(p.matches("Kusong tank plant"));
    }

    @Test
    void barSeparatesAlternatives() {
        String field = "North Korea|DPRK|~Democratic Korea";
        assertEquals(3, LabelPattern.parseAll(field).size());
        assertTrue(any(field, "DPRK"));
        assertTrue(any(field, "North Korea"));
        assertTrue(any(field, "Democratic People's Republic of Korea"));
        assertFalse(any(field, "South Korea"));
        assertFalse(any(field, "North Korea|DPRK"));                 // a produced label is never split
    }

    @Test
    void emptyAlternativesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LabelPattern.parseAll("Kim||Kim Jong Un"));
        assertThrows(IllegalArgumentException.class, () -> LabelPattern.parse("~"));
        assertThrows(IllegalArgumentException.class, () -> LabelPattern.parse(" ... "));
    }
}
