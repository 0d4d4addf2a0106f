package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-08-04 | 2023-08-04",
        "2023-08 | 2023-08",
        "2023 | 2023",
        "August 4, 2023 | 2023-08-04",
        "Aug 4 2023 | 2023-08-04",
        "4 August 2023 | 2023-08-04",
        "4th of August, 2023 | 2023-08-04",
        "Aug 2023 | 2023-08",
        "Sept. 2023 | 2023-09",
        "august   2023 | 2023-08",
        "Friday, August 4, 2023 | 2023-08-04",
        "2023-08-04T09:00:00+09:00 | 2023-08-04",
        "2023-08-04T23:30:00.123Z | 2023-08-04",
        "2023-08-04 09:00 | 2023-08-04",
        "Fri, 04 Aug 2023 09:00:00 +0900 | 2023-08-04",
    })
    void parses(String text, String iso) {
        assertEquals(iso, PublishedDates.parse(text).orElseThrow(() -> new AssertionError(text)).iso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"04/08/2023", "last Tuesday", "2023-02-30", "2023-13", "Augustus 2023", "Mayday 2023",
        "32 August 2023", "August 4", "23-08-04", "2023-08-04T25:00", "xyz"})
    void refusesRatherThanGuesses(String text) {
        assertTrue(PublishedDates.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "unknown", "Unknown"})
    void unknownValues(String text) {
        assertTrue(PublishedDates.isUnknown(text));
    }
}
