package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.time.DateValue;

class TextReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsHeaderWithCaseInsensitiveKeys() {
        Report r = Inputs.read(Inputs.good("wire-report.txt"));
        assertEquals(ReportFormat.TEXT, r.format());
        assertEquals(Optional.of("Russia receives new shipment of North Korean shells"), r.title());
        assertEquals(Optional.of("Example Wire"), r.publisher());
        assertEquals(Optional.of("Jane Doe"), r.author());
        assertEquals(Optional.of(DateValue.of(LocalDate.of(2023, 8, 4))), r.published());
        assertEquals(Optional.of("https://example.org/news/shells"), r.url());
    }

    @Test
    void unknownKeyAndMalformedLineAreWarningsWithFileAndLine() {
        Path file = Inputs.good("wire-report.txt");
        Report r = Inputs.read(file);
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith(file + ":3: malformed header line 'Byline Jane Doe"),
                r.warnings().get(0));
        assertTrue(r.warnings().get(1).startsWith(file + ":6: unknown header key 'source'"), r.warnings().get(1));
    }

    @Test
    void bodyIsExactlyTheTextAfterTheBlankLine() {
        Path file = Inputs.good("wire-report.txt");
        String text = Inputs.text(file);
        Report r = Inputs.read(file);
        assertEquals(text.substring(text.indexOf("\n\n") + 2), r.body());
        int at = r.body().indexOf("Rail cars");
        assertEquals(text.indexOf("Rail cars") - (text.indexOf("\n\n") + 2), at);
    }

    @Test
    void marginsOfAnotherReport() {
        Report r = Inputs.read(Inputs.good("wire-report.txt"));
        assertEquals(List.of("By Jane Doe, Example Wire", "Shoigu during a visit to the border.",
                "Jane Doe\nJane Doe is a reporter for Example Wire covering North Korea. She previously worked in Seoul.",
                "Related stories\n\nKim tours missile plant\nNorth Korea tests new engine"), Inputs.marginTexts(r));
        assertEquals(List.of("byline", "photo caption", "author biography", "related articles"),
                r.margins().stream().map(TextRange::reason).toList());
        int quote = r.body().indexOf("Officials in Seoul said");
        assertFalse(r.inMargin(quote, quote + 5));
    }

    @Test
    void noHeaderMeansWholeFileIsBody() {
        Path file = Inputs.good("no-header.txt");
        Report r = Inputs.read(file);
        assertEquals(Inputs.text(file), r.body());
        assertEquals(List.of(file + ":1: no header (first line is not 'key: value'); the whole file is the body"),
                r.warnings());
        assertEquals(Optional.empty(), r.title());
    }

    @Test
    void firstHeaderLineWithoutColonIsWarnedAndTheRestIsRead() {
        Path file = Inputs.write(dir, "colon.txt", "title Kim inspects\npublisher: Atlas\n\nBody.\n");
        Report r = Inputs.read(file);
        assertEquals(Optional.of("Atlas"), r.publisher());
        assertEquals(Optional.empty(), r.title());
        assertEquals("Body.\n", r.body());
        assertEquals(List.of(file + ":1: malformed header line 'title Kim inspects' (expected 'key: value')"),
                r.warnings());
    }

    @Test
    void firstParagraphWithoutKnownKeysIsNotAHeader() {
        Path file = Inputs.write(dir, "dateline.txt", "Pyongyang: Kim inspected a plant.\n\nMore text.\n");
        Report r = Inputs.read(file);
        assertTrue(r.body().startsWith("Pyongyang: Kim"));
        assertTrue(r.warnings().get(0).contains("no header"));
    }

    @Test
    void byteOrderMarkAndCrlfAreNormalised() throws IOException {
        Path file = dir.resolve("windows.txt");
        Files.writeString(file, "\uFEFFtitle: Plant\r\npublished: unknown\r\nurl:\r\n\r\nLine one.\r\nLine two.\rEnd.\r\n");
        Report r = Inputs.read(file);
        assertEquals(Optional.of("Plant"), r.title());
        assertEquals(Optional.empty(), r.published());
        assertEquals(Optional.empty(), r.url());
        assertEquals("Line one.\nLine two.\nEnd.\n", r.body());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void unknownAndEmptyValuesAreEmptyWithoutWarning() {
        Path file = Inputs.write(dir, "unknowns.txt",
                "title: UNKNOWN\npublisher:\nauthor: unknown\npublished:   \nurl: unknown\n\nBody.\n");
        Report r = Inputs.read(file);
        assertEquals(Optional.empty(), r.title());
        assertEquals(Optional.empty(), r.publisher());
        assertEquals(Optional.empty(), r.author());
        assertEquals(Optional.empty(), r.published());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void unparseableDateIsAWarningNamingFileAndLineAndIsNeverGuessed() {
        Path file = Inputs.write(dir, "bad-date.txt", "title: T\npublished: 04/08/2023\n\nBody.\n");
        Report r = Inputs.read(file);
        assertEquals(Optional.empty(), r.published());
        assertEquals(List.of(file + ":2: unparseable published date '04/08/2023'"), r.warnings());
    }

    @Test
    void repeatedKeyKeepsTheFirst() {
        Path file = Inputs.write(dir, "twice.txt", "title: First\ntitle: Second\n\nBody.\n");
        Report r = Inputs.read(file);
        assertEquals(Optional.of("First"), r.title());
        assertTrue(r.warnings().get(0).startsWith(file + ":2: repeated header key 'title'"));
    }

    @Test
    void proseRightAfterTheHeaderStartsTheBody() {
        Path file = Inputs.write(dir, "no-blank.txt", "title: T\nKim Jong Un visited the plant on Friday and called for"
                + " more shells to be made.\n\nSecond paragraph.\n");
        Report r = Inputs.read(file);
        assertTrue(r.body().startsWith("Kim Jong Un visited the plant"), r.body());
        assertEquals(List.of(file + ":2: no blank line after the header; the body starts here"), r.warnings());
    }

    @Test
    void extraBlankLinesBelongToTheBody() {
        Path file = Inputs.write(dir, "blank-lines.txt", "title: T\n\n\nBody.\n");
        assertEquals("\nBody.\n", Inputs.read(file).body());
    }

    @Test
    void fileWithoutExtensionIsText() {
        Path file = Inputs.write(dir, "REPORT", "title: No extension\n\nBody.\n");
        Report r = Inputs.read(file);
        assertEquals(ReportFormat.TEXT, r.format());
        assertEquals(Optional.of("No extension"), r.title());
        assertEquals(file.toString(), r.source());
    }
}
