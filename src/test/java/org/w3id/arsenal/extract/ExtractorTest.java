package org.w3id.arsenal.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.claim.Certainty;
import org.w3id.arsenal.claim.Claim;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.facts.FactsTsv;
import org.w3id.arsenal.facts.FactsView;
import org.w3id.arsenal.pipeline.Reports;
import org.w3id.arsenal.report.ReportReaders;
import org.w3id.arsenal.vocab.ARS;

/**
 * The extraction rules on small made-up reports, one construction at a time (none of these sentences is from the
 * sample reports or the held-out corpus). Expectations are facts lines, so they read like the gold files.
 */
class ExtractorTest {

    private static final Extractor EXTRACTOR = Extractor.withBundledReference();

    static ExtractedReport extract(String published, String body) {
        String text = "title: test\npublished: " + published + "\n\n" + body + "\n";
        return EXTRACTOR.extract(ReportReaders.defaults().read("test.txt",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    static Set<String> facts(String published, String body) {
        ExtractedReport x = extract(published, body);
        String tsv = FactsTsv.write(FactsView.of(Reports.dataset(List.of(x)), x.iri()));
        return tsv.lines().collect(Collectors.toSet());
    }

    static void has(Set<String> facts, String... lines) {
        for (String l : lines) assertTrue(facts.contains(l), "missing: " + l + "\nin:\n" + String.join("\n", facts));
    }

    static void hasNot(Set<String> facts, String... lines) {
        for (String l : lines) assertFalse(facts.contains(l), "unexpected: " + l + "\nin:\n" + String.join("\n", facts));
    }

    @Test
    void aVisitWithCompanionsTitlesAndAnIntervalResolvedAgainstThePublishedDate() {
        Set<String> f = facts("2024-05-12", "Kim Jong Un inspected the Sungri Motor Complex from May 8 to 10. "
                + "He was accompanied by Jo Yong Won, secretary of the Central Committee of the Workers' Party of "
                + "Korea, and Kim Jong Sik.");
        has(f, "leader\tKim Jong Un", "facility\tSungri Motor Complex",
                "visited\tKim Jong Un\tSungri Motor Complex\t2024-05-08/2024-05-10",
                "accompanied\tJo Yong Won\tKim Jong Un\t2024-05-08/2024-05-10",
                "accompanied\tKim Jong Sik\tKim Jong Un\t2024-05-08/2024-05-10",
                "holds_role\tJo Yong Won\tsecretary of the Central Committee of the Workers' Party of Korea");
    }

    @Test
    void aWeekdayNeedsAFullPublishedDate() {
        has(facts("2024-05-12", "Kim Jong Un visited a tank factory in Kusong on Wednesday."),
                "visited\tKim Jong Un\ttank factory in Kusong\t2024-05-08");
        has(facts("2024-05", "Kim Jong Un visited a tank factory in Kusong on Wednesday."),
                "visited\tKim Jong Un\ttank factory in Kusong");
    }

    @Test
    void describedFacilitiesSayWhatTheyMakeAndWhereTheyAre() {
        Set<String> f = facts("2023", "Satellite images show a new assembly hall at a missile factory in Sinpo "
                + "producing submarine-launched ballistic missiles.");
        has(f, "facility\tmissile factory in Sinpo", "place\tSinpo",
                "produces\tmissile factory in Sinpo\tsubmarine-launched ballistic missile",
                "located_in\tmissile factory in Sinpo\tSinpo");
    }

    @Test
    void namedPlantsAndWhatTheyMake() {
        Set<String> f = facts("2022", "The Ryongsong Machine Complex, which manufactures heavy machine tools, "
                + "expanded its main hall.");
        has(f, "facility\tRyongsong Machine Complex", "produces\tRyongsong Machine Complex\theavy machine tool");
    }

    @Test
    void transfersWithPossessivesCapitalsAndReceivers() {
        has(facts("2024-02", "Pyongyang has shipped millions of artillery shells to Moscow, officials said."),
                "exports\tNorth Korea\tRussia\t\tartillery shell");
        has(facts("2024-02", "Russia received Shahed drones from Iran last year."),
                "exports\tIran\tRussia\t2023\tShahed drone");
    }

    @Test
    void transfersWithTheRecipientBeforeTheItemOrBothAfterTheNoun() {
        has(facts("2024-02", "Belarus has supplied Russia with tanks, according to the report."),
                "exports\tBelarus\tRussia\t\ttank");
        has(facts("2024-02", "The shipments of rockets from North Korea to Russia continued in January."),
                "exports\tNorth Korea\tRussia\t2024-01\trocket");
        hasNot(facts("2024-02", "North Korea sent troops to Russia."), "exports\tNorth Korea\tRussia");
    }

    @Test
    void negatedAndPlannedTransfersAreNotClaims() {
        Set<String> f = facts("2024-02", "Iran has not delivered ballistic missiles to Russia. "
                + "Belarus plans to send tanks to Russia.");
        hasNot(f, "exports\tIran\tRussia\t\tballistic missile", "exports\tBelarus\tRussia\t\ttank");
    }

    @Test
    void hedgesSetTheCertainty() {
        ExtractedReport x = extract("2024", "The site appears to be a drone factory in Hamhung. "
                + "North Korea likely sold rockets to Russia. Iran reportedly supplied drones to Russia.");
        Certainty produces = certainty(x, ARS.locatedIn);
        Certainty supplier = x.claims().stream().filter(c -> c.predicate().equals(ARS.supplier)
                && c.evidence().quote().contains("likely")).findFirst().orElseThrow().certainty();
        Certainty reported = x.claims().stream().filter(c -> c.predicate().equals(ARS.supplier)
                && c.evidence().quote().contains("reportedly")).findFirst().orElseThrow().certainty();
        assertTrue(produces == Certainty.POSSIBLE, "appears to be: " + produces);
        assertTrue(supplier == Certainty.PROBABLE, "likely: " + supplier);
        assertTrue(reported == Certainty.ALLEGED, "reportedly: " + reported);
    }

    private static Certainty certainty(ExtractedReport x, org.apache.jena.rdf.model.Property p) {
        return x.claims().stream().filter(c -> c.predicate().equals(p)).map(Claim::certainty).findFirst().orElseThrow();
    }

    @Test
    void shortNamesAndPronounsReferBack() {
        Set<String> f = facts("2024-03-01", "Kim Jong Un toured the Kanggye General Tractor Plant. "
                + "At Kanggye, he praised the workers. He later inspected the plant's new production line.");
        has(f, "visited\tKim Jong Un\tKanggye General Tractor Plant");
        hasNot(f, "place\tKanggye");
    }

    @Test
    void aDateAfterAnEventGivesOnlyTheYear() {
        has(facts("unknown", "Kim Jong Un last toured the Kanggye General Tractor Plant after a party meeting in "
                + "June 2021."), "visited\tKim Jong Un\tKanggye General Tractor Plant\t2021");
    }

    @Test
    void catchAllWordsAreNotProducts() {
        Set<String> f = facts("2024", "The factory makes weapons and ammunition for the army.");
        assertTrue(f.stream().noneMatch(l -> l.startsWith("product\t")), String.join("\n", f));
    }
}
