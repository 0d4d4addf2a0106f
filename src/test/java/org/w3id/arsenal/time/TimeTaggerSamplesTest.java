package org.w3id.arsenal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The two shared sample reports with their gold anchors: seed-000 unknown, seed-002 2023-08. */
class TimeTaggerSamplesTest {

    private static final String SEED_000 = """
            Kim inspects artillery plants again as North Korea pushes to modernize its weapons industry at full speed. \
            On Wednesday, state media confirmed that Kim toured two production sites in Jagang Province to examine \
            artillery upgrades. These plans show a proposed building twice the size of the existing hall, spanning 15 \
            acres. He last officially toured Kanggye in August 2023, while the latest Huichon Ryonha visit followed a \
            major political meeting in July 2024. These inspections align with his broader push to complete defense \
            goals before year’s end.
            Earlier this week, Kim also visited a tank production site in Kusong.""";

    private static final String SEED_002 = """
            North Korean leader Kim Jong Un recently went on a three-day inspection tour. Kim Jong Un gave field \
            guidance to major munitions factories including a factory producing shells of large-caliber multiple \
            rocket launchers from August 3 to 5 to learn about the implementation of the core goal. He highly praised \
            the factory for the long-term goal assigned at the 5th Plenary Meeting of the 8th Central Committee of the \
            WPK, a task set forth by him during his field guidance to the factory on November 9 last year. Saying that \
            the factory takes lion’s share in the serial production of recently-developed new strategic weapons. He \
            acquainted himself with the plan the factory has carried out until now. Chase covered the 2022 conflict \
            in eastern Ukraine, and has been with Atlas for three years.""";

    private static String render(List<TimeMention> ms) {
        return ms.stream().map(m -> m.text() + "=" + TimeTaggerTest.iso(m) + " " + m.relation() + (m.relative() ? " rel" : ""))
                .collect(Collectors.joining("; "));
    }

    @Test
    void seed000UnknownAnchorLeavesRelativeDatesEmpty() {
        assertEquals("On Wednesday=- AT rel; in August 2023=2023-08 AT; in July 2024=2024-07 AFTER; "
                + "Earlier this week=- AT rel", render(TimeTaggerTest.find(SEED_000, "-")));
    }

    @Test
    void seed002MonthAnchor() {
        assertEquals("from August 3 to 5=2023-08-03/2023-08-05 AT rel; on November 9 last year=2022-11-09 AT rel; "
                + "2022=2022 AT", render(TimeTaggerTest.find(SEED_002, "2023-08")));
    }

    /** The full shared reports, when present: same expressions, spans that match the text, left to right. */
    @Test
    void sharedReports() throws IOException {
        Path dir = Path.of("/work/shared/reports");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared reports not available");
        String s0 = Files.readString(dir.resolve("seed-000-artillery-plants.txt"));
        String s2 = Files.readString(dir.resolve("seed-002-three-day-tour.txt"));
        assertEquals("On Wednesday=- AT rel; in August 2023=2023-08 AT; in July 2024=2024-07 AFTER; "
                + "Earlier this week=- AT rel", render(TimeTaggerTest.find(s0, "-")));
        List<TimeMention> m2 = TimeTaggerTest.find(s2, "2023-08");
        assertEquals("from August 3 to 5=2023-08-03/2023-08-05 AT rel; on November 9 last year=2022-11-09 AT rel; "
                + "2022=2022 AT", render(m2));
        int last = 0;
        for (TimeMention m : m2) {
            assertEquals(m.text(), s2.substring(m.begin(), m.end()));
            assertTrue(m.begin() >= last, "ordered, non-overlapping");
            last = m.end();
        }
    }
}
