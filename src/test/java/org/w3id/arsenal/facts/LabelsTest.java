package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest(name = "''{0}'' = ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Kim Jong Un|kim jong un",                       // case
            "  Kim   Jong\tUn |kim jong un",                  // spacing
            "Kim Jong-un|kim jong un",                        // hyphen separates
            "large-caliber artillery|large caliber artillery",
            "U.S.|us",                                        // periods join, 2 letters keep their s
            "US|us",
            "Workers' Party of Korea|worker party of korea",  // apostrophe joins, then plural s
            "Workers\u2019 Party|worker party",               // curly apostrophe
            "Korean People's Army|korean people army",
            "Korea\u2019s|korea",                             // possessive
            "Ch\u02BCongjin|chongjin",                         // modifier-letter apostrophe (romanization)
            "Py\u014Fngyang|pyongyang",                       // diacritics
            "The Kanggye General Tractor Plant|kanggye general tractor plant",
            "arms|arm",
            "shells|shell",
            "ICBMs|icbm",
            "ICBM|icbm",
            "UAVs|uav",
            "gas|gas",                                        // 3 letters: kept
            "class|class",                                    // -ss: kept
            "factories|factory",
            "\u201CKusong\u201D (site)|kusong site",           // quotes and brackets separate
            "240mm shells|240mm shell",
    })
    void normalizes(String label, String expected) {
        assertEquals(expected, Labels.normalize(label));
    }

    @Test
    void theIsDroppedOnlyAtTheStartAndNotWhenAlone() {
        assertEquals(List.of("kanggye"), Labels.words("the Kanggye"));
        assertEquals(List.of("plant", "of", "the", "north"), Labels.words("Plant of the North"));
        assertEquals(List.of("the"), Labels.words("The"));
    }

    @Test
    void differentLabelsStayDifferent() {
        assertNotEquals(Labels.normalize("small arms"), Labels.normalize("small army"));
        assertNotEquals(Labels.normalize("Kim"), Labels.normalize("Kim Jong Un"));
        assertNotEquals(Labels.normalize("vice-chairman"), Labels.normalize("vicechairman"));
        assertNotEquals(Labels.normalize("US"), Labels.normalize("USA"));
        assertEquals(List.of(), Labels.words(" -- . "));
    }
}
