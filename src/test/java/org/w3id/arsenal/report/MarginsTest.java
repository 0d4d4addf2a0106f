package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The margin rules on inputs other than the sample reports, including what they must leave alone. */
class MarginsTest {

    private static final String ARTICLE = """
            Kim Jong Un visited the Kanggye General Tractor Plant, state media said on Thursday.

            Kim praised the workers and called for more shells. Kim also toured a second plant.

            """;

    private static List<String> margins(String body, String title, String author) {
        return Margins.find(body, Optional.ofNullable(title), Optional.ofNullable(author)).stream()
                .map(m -> m.reason() + ": " + m.of(body)).toList();
    }

    @Test
    void repeatedNameAndBiographyWithoutHeaderAuthor() {
        String body = ARTICLE + "Mina Park\nMina Park\n\nMina has worked for the Seoul Herald and covers the peninsula.\n";
        assertEquals(List.of("author biography: Mina Park\nMina Park\n\nMina has worked for the Seoul Herald and covers"
                + " the peninsula."), margins(body, null, null));
    }

    @Test
    void biographyStartingWithTheAuthorsName() {
        String body = ARTICLE + "Mina Park is a correspondent based in Seoul. Her work has appeared in several outlets.\n";
        assertEquals(List.of("author biography: Mina Park is a correspondent based in Seoul. Her work has appeared in"
                + " several outlets."), margins(body, null, "Mina Park"));
    }

    @Test
    void aboutTheAuthorHeading() {
        String body = ARTICLE + "About the author\n\nMina covers defense industries across Asia.\n";
        assertEquals(List.of("author biography: About the author\n\nMina covers defense industries across Asia."),
                margins(body, null, null));
    }

    @Test
    void authorNameAloneIsABylineButOtherPeopleAreNot() {
        String body = "Mina Park\n\n" + ARTICLE + "Kim Jong Un\n\nKim Jong Un is the leader of North Korea.\n";
        assertEquals(List.of("byline: Mina Park"), margins(body, null, "Mina Park"));
    }

    @Test
    void bylineLines() {
        assertEquals(List.of("byline: By Mina Park and Lee Joon, Seoul"),
                margins("By Mina Park and Lee Joon, Seoul\n\n" + ARTICLE, null, null));
        assertEquals(List.of(), margins("By August the plant had doubled its output.\n\n" + ARTICLE, null, null));
        assertEquals(List.of(), margins("By contrast the second plant stalled\n\n" + ARTICLE, null, null));
    }

    @Test
    void teasersNeedTitleAndEllipsisAndSomethingBeforeThem() {
        String teasers = "Greek Warships Deployed\nThe lasting impression of calm has been fleeting…\n\n"
                + "Houthis Warn of Impending Response\n\nThere has been a notable uptick in messaging...\n";
        assertEquals(List.of("teaser: Greek Warships Deployed\nThe lasting impression of calm has been fleeting…",
                "teaser: Houthis Warn of Impending Response\n\nThere has been a notable uptick in messaging..."),
                margins(ARTICLE + teasers, null, null));
        String truncated = "Kim Visits Plant\n\nKim Jong Un visited the Kanggye plant and said...\n";
        assertEquals(List.of(), margins(truncated, null, null), "a truncated article alone is kept");
        String sentence = ARTICLE + "Kim said he would return.\n\nHe then left for the next plant...\n";
        assertEquals(List.of(), margins(sentence, null, null), "no title-like line before the ellipsis");
    }

    @Test
    void trailingRelatedSectionRunsToTheEnd() {
        String body = ARTICLE + ARTICLE + "Read next:\n\nKim tours missile plant\n\nNorth Korea tests new engine\n";
        assertEquals(List.of("related articles: Read next:\n\nKim tours missile plant\n\nNorth Korea tests new engine"),
                margins(body, null, null));
        String early = "Recommended\n\n" + ARTICLE + ARTICLE;
        assertEquals(List.of(), margins(early, null, null), "only in the second half of the body");
    }

    @Test
    void readMoreIntroducesContentAndIsNotAMargin() {
        String body = ARTICLE + "Read More:\n\nBelow is the KCNA report.\n\n“Kim Jong Un gave field guidance.”\n";
        assertEquals(List.of(), margins(body, null, null));
    }

    @Test
    void captionsAreConservative() {
        String body = ARTICLE + "Kim inspecting a launcher.\n\nKim at the assembly line.\n\n(Photo: KCNA)\n\n";
        assertEquals(List.of("photo caption: Kim inspecting a launcher.", "photo caption: Kim at the assembly line.",
                "photo caption: (Photo: KCNA)"), margins(body, null, null));
        for (String kept : List.of("Kim visited the plant.", "Kim inspecting it, state media said.",
                "Kim at the plant on August 4.", "Kim at Plant No. 5.", "Kim in the assembly hall",
                "Kim during the inspection of the new hall and its many machines.", "Putin during a visit.",
                "The Details:")) {
            assertEquals(List.of(), margins(ARTICLE + kept + "\n\n" + ARTICLE, null, null), kept);
        }
    }

    @Test
    void titleNamesTheSubjectForCaptions() {
        String body = "Putin arrived in Pyongyang.\n\nPutin greeting officials.\n\nHe left.\n";
        assertEquals(List.of(), margins(body, null, null));
        assertEquals(List.of("photo caption: Putin greeting officials."), margins(body, "Putin visits Pyongyang", null));
    }

    @Test
    void marginsAreSortedAndDoNotOverlap() {
        String body = "By Mina Park\n\n" + ARTICLE + "Kim at the assembly line.\n\n" + ARTICLE
                + "Mina Park\nMina Park is a reporter.\n\nRelated articles\n\nOne\n\nTwo\n";
        List<TextRange> found = Margins.find(body, Optional.empty(), Optional.of("Mina Park"));
        assertEquals(4, found.size(), found.toString());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).begin());
        }
    }
}
