package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    private static String plain(String markdown) {
        return MarkdownText.toPlainText(markdown);
    }

    @Test
    void headingsLoseTheirMarkers() {
        assertEquals("Title\n\nSection\n\nSetext\n\nBody.", plain("# Title #\n\n## Section\nSetext\n---\nBody."));
        assertEquals("Underlined\n\nText.", plain("Underlined\n==========\nText."));
    }

    @Test
    void emphasisMarkersAreRemoved() {
        assertEquals("bold and italic and both and struck and under",
                plain("**bold** and *italic* and ***both*** and ~~struck~~ and __under__"));
        assertEquals("nested emphasis here", plain("**nested _emphasis_ here**"));
    }

    @Test
    void literalStarsAndUnderscoresStay() {
        assertEquals("5 * 3 = 15 and snake_case_name and a *star*",
                plain("5 * 3 = 15 and snake_case_name and a \\*star\\*"));
    }

    @Test
    void linksKeepTheirTextAndImagesAreDropped() {
        assertEquals("See the factory and the plant, or https://kcna.kp here.",
                plain("See ![photo](a.jpg)the [factory](https://x.org/f_(1) \"T\") and the [plant][p], or <https://kcna.kp> here.\n\n[p]: https://x.org/p"));
    }

    @Test
    void listItemsOnePerLineWithoutBullets() {
        assertEquals("Intro.\n\nfirst\nsecond continued\nthird\nfourth\ndone\n\nAfter.",
                plain("Intro.\n\n- first\n* second\n  continued\n+ third\n1. fourth\n2) [x] done\n\nAfter."));
    }

    @Test
    void blockQuotesLoseTheirMarkers() {
        assertEquals("Before.\n\n\"Quoted,\" he said. More.\n\nSecond quoted paragraph.\n\nAfter.",
                plain("Before.\n> \"Quoted,\" he said.\n> More.\n>\n> > Second quoted paragraph.\n\nAfter."));
    }

    @Test
    void paragraphsSeparatedByOneBlankLine() {
        assertEquals("One line continues.\n\nTwo.", plain("One line\ncontinues.\n\n\n\nTwo.\n"));
        assertEquals("Hard\nbreak.", plain("Hard  \nbreak."));
    }

    @Test
    void codeIsKeptLiterally() {
        assertEquals("Use **x** here.\n\nfenced *code*", plain("Use `**x**` here.\n\n```java\nfenced *code*\n```"));
    }

    @Test
    void htmlCommentsTagsAndEntitiesAndRules() {
        assertEquals("Tom & Jerry line one.\n\nNext.", plain("Tom &amp; <b>Jerry</b><br>line one.<!-- hidden -->\n\n***\n<!--\nmulti\n-->\nNext."));
    }

    @Test
    void tablesBecomeOneLinePerRow() {
        assertEquals("Plant\tProduct\nKanggye\tShells", plain("| Plant | Product |\n|---|:---:|\n| Kanggye | Shells |"));
    }
}
