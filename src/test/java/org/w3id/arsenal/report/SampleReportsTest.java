package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.time.DateValue;

/** The bundled default corpus (src/main/resources/reports) read as the product reads it. */
class SampleReportsTest {

    private static final String SEED_000 = "reports/seed-000-artillery-plants.txt";
    private static final String SEED_002 = "reports/seed-002-three-day-tour.txt";

    @Test
    void seed000HasItsTitleAndUnknownsStayEmpty() {
        Report r = Inputs.read(Inputs.resource(SEED_000));
        assertEquals(ReportFormat.TEXT, r.format());
        assertEquals(Optional.of("Kim inspects artillery plants again as North Korea pushes to modernize its weapons"
                + " industry at full speed"), r.title());
        assertEquals(Optional.empty(), r.publisher());
        assertEquals(Optional.empty(), r.published());
        assertEquals(Optional.empty(), r.url());
        assertEquals(Optional.empty(), r.author());
        assertEquals(List.of(), r.warnings());
        assertEquals(List.of(), r.margins(), "every paragraph of seed-000 is article text");
        assertTrue(r.body().startsWith("Kim inspects artillery plants again as North Korea pushes"));
    }

    @Test
    void seed002Metadata() {
        Report r = Inputs.read(Inputs.resource(SEED_002));
        assertEquals(Optional.of("Kim Jong Un’s Three-Day Tour of North Korean Weapons Factories"), r.title());
        assertEquals(Optional.of("Atlas News"), r.publisher());
        assertEquals(Optional.of("Chase Baker"), r.author());
        assertEquals(Optional.of(DateValue.of(YearMonth.of(2023, 8))), r.published());
        assertEquals(Optional.empty(), r.url());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void seed002BiographyAndTeasersAreMargins() {
        Report r = Inputs.read(Inputs.resource(SEED_002));
        String body = r.body();
        assertCovered(r, body.indexOf("Chase Baker\nChase Baker"), body.indexOf("for three years.") + 16,
                "author biography");
        int naval = body.indexOf("Naval Standoff in South Aegean");
        int houthis = body.indexOf("Houthis Warn of Impending Response");
        assertCovered(r, naval, body.indexOf("warships were deployed...") + 25, "teaser");
        assertCovered(r, houthis, body.indexOf("Yemeni port...") + 14, "teaser");
    }

    @Test
    void seed002KcnaQuotationAndReadMoreAreNotMargins() {
        Report r = Inputs.read(Inputs.resource(SEED_002));
        String body = r.body();
        int readMore = body.indexOf("Read More:");
        int quoteEnd = body.indexOf("strategic weapons.”") + "strategic weapons.”".length();
        assertTrue(readMore > 0 && quoteEnd > readMore);
        for (TextRange m : r.margins()) {
            assertFalse(m.overlaps(readMore, quoteEnd), "margin inside the KCNA quotation: " + m.of(body));
        }
        int first = body.indexOf("North Korean leader Kim Jong Un recently went");
        assertFalse(r.inMargin(first, first + 10));
        int know = body.indexOf("What You Need to Know:");
        assertFalse(r.inMargin(know, know + 10));
    }

    @Test
    void seed002PhotoCaptionsAreMargins() {
        Report r = Inputs.read(Inputs.resource(SEED_002));
        for (String caption : List.of("Kim during his inspection.", "Kim being shown around during his inspection.",
                "Kim firing a rifle.")) {
            int at = r.body().indexOf("\n" + caption + "\n") + 1;
            assertCovered(r, at, at + caption.length(), "photo caption");
        }
    }

    @Test
    void bodyIsTheFileTextAfterTheHeaderBlankLine() {
        for (String name : List.of(SEED_000, SEED_002)) {
            String file = Inputs.text(Inputs.resource(name));
            Report r = Inputs.read(Inputs.resource(name));
            assertEquals(file.substring(file.indexOf("\n\n") + 2), r.body(), name);
        }
    }

    private static void assertCovered(Report r, int begin, int end, String reason) {
        assertTrue(begin >= 0 && end > begin, "span not found");
        TextRange hit = r.margins().stream().filter(m -> m.begin() <= begin && m.end() >= end).findFirst()
                .orElseThrow(() -> new AssertionError("not a margin: " + r.body().substring(begin, end)
                        + "\nmargins: " + Inputs.marginTexts(r)));
        assertEquals(reason, hit.reason());
    }
}
