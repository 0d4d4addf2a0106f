package org.w3id.arsenal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Things that are not time mentions: names, quantities, codes, and vague words (never found, never a value). */
class TimeTaggerNegativeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            assigned at the 5th Plenary Meeting of the 8th Central Committee of the WPK
            Kim inspected the Hwasong-17 and the KN-23 launchers
            the 240mm and 122-mm rocket launchers
            a proposed building spanning 15 acres
            workers of the February 8 Vinalon Complex
            a banquet at the April 25 Hotel
            Kim visited the January 18 General Machine Plant
            the plant near the March 1 Movement memorial
            the 5 o'clock news
            the factory produced 2000 shells
            some 2000 troops were sent
            more than 2000 were built
            it cost $2000 per unit
            output rose from 2000 to 3000 shells
            between 2000 and 2500 shells were fired
            a 2000 km range
            1,000 units and 2.5 million rounds
            the 2S19 and T-72 tanks
            3D plans for a new facility
            Kim Jong Un recently went on a three-day inspection tour
            production will resume soon
            he was a colonel at the time
            the latest Huichon Ryonha visit
            to complete defense goals before year’s end
            to complete defense goals at the end of the year
            it was built a few years ago
            in recent years and over the past 24 hours
            he has been with Atlas for three years
            their 50-year dispute over the shelf
            the plan the factory has carried out until now
            Kim may visit the plant; the march continued; the may pole
            production now exceeds twice its previous record year
            the following day he left
            Juche 112 was proclaimed
            a mass games show at May Day Stadium
            under UN Security Council Resolution 2094
            the launch came at 1800 GMT
            workers at March 16 Factory
            """)
    void notAMention(String text) {
        List<TimeMention> found = TimeTaggerTest.find(text, "2024-02-14");
        assertEquals(List.of(), found, text);
    }
}
