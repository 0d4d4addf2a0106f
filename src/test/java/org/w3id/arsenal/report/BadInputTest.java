package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.arsenal.InputException;

/** Every kind of bad input ends in a ReportException whose message starts with the file. */
class BadInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "empty.txt | : empty report",
        "binary.txt | : not a text file",
        "noise.md | : not a text file",
        "invalid-utf8.txt | :4: invalid UTF-8: byte 0xE9 at byte offset 45",
        "header-only.txt | : no body",
        "header-no-blank.txt | :2: no body",
        "empty-body.md | : no body",
        "scripts-only.html | : no article text",
    })
    void refusedWithTheFileInTheMessage(String name, String expected) {
        Path file = Inputs.bad(name);
        ReportException e = assertThrows(ReportException.class, () -> Inputs.read(file));
        assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
        assertTrue(e instanceof InputException);
    }

    @Test
    void unknownExtensionIsNotAcceptedAndListsTheKnownOnes() {
        Path file = Inputs.bad("report.pdf");
        ReportReaders readers = ReportReaders.defaults();
        assertFalse(readers.accepts(file));
        ReportException e = assertThrows(ReportException.class, () -> readers.read(file));
        assertEquals(file + ": not a report file: unknown extension '.pdf' (known: .htm, .html, .markdown, .md,"
                + " .txt (or no extension))", e.getMessage());
    }

    @Test
    void whitespaceOnlyIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), "\uFEFF \n\n\t\n");
        ReportException e = assertThrows(ReportException.class, () -> Inputs.read(file));
        assertEquals(file + ": empty report", e.getMessage());
    }

    @Test
    void fileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.txt");
        // Sparse and far larger than the heap: reading it first would fail very differently.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(8L * 1024 * 1024 * 1024);
        }
        ReportException e = assertThrows(ReportException.class, () -> Inputs.read(file));
        assertEquals(file + ": too large: 8589934592 bytes, over the limit of 10485760 bytes", e.getMessage());
    }

    @Test
    void configuredLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("small.txt"), "title: T\n\n" + "x".repeat(100));
        ReportReaders readers = ReportReaders.defaults().maxBytes(100);
        ReportException e = assertThrows(ReportException.class, () -> readers.read(file));
        assertEquals(file + ": too large: 110 bytes, over the limit of 100 bytes", e.getMessage());
        assertEquals(110, ReportReaders.defaults().maxBytes(110).read(file).body().length() + 10);
    }

    @Test
    void streamOverTheLimitIsRefused() {
        byte[] bytes = ("title: T\n\n" + "x".repeat(100)).getBytes(StandardCharsets.UTF_8);
        ReportReaders readers = ReportReaders.defaults().maxBytes(50);
        ReportException e = assertThrows(ReportException.class,
                () -> readers.read("bundle/big.txt", new ByteArrayInputStream(bytes)));
        assertEquals("bundle/big.txt: too large: more than 50 bytes, over the limit of 50 bytes", e.getMessage());
    }

    @Test
    void missingFileAndDirectory() {
        Path missing = dir.resolve("missing.txt");
        assertEquals(missing + ": no such file",
                assertThrows(ReportException.class, () -> Inputs.read(missing)).getMessage());
        Path folder = dir.resolve("folder.md");
        assertTrue(folder.toFile().mkdir());
        assertEquals(folder + ": is a directory, not a report file",
                assertThrows(ReportException.class, () -> Inputs.read(folder)).getMessage());
    }

    @Test
    void invalidUtf8InTheBodyNamesLineAndOffset() throws IOException {
        Path file = dir.resolve("late.md");
        byte[] head = "---\ntitle: T\n---\n\nKim visited.\nThe \u2019 quote is fine but ".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3;   // a lead byte followed by ASCII: malformed
        all[head.length + 1] = 'x';
        Files.write(file, all);
        ReportException e = assertThrows(ReportException.class, () -> Inputs.read(file));
        assertEquals(file + ":6: invalid UTF-8: byte 0xC3 at byte offset " + head.length, e.getMessage());
    }
}
