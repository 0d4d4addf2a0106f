package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportReadersTest {

    @ParameterizedTest
    @CsvSource({"a.txt, TEXT", "notes, TEXT", "A.TXT, TEXT", "a.md, MARKDOWN", "a.markdown, MARKDOWN",
        "a.html, HTML", "dir.v2/a.HTM, HTML", ".profile, TEXT"})
    void formatByExtension(String name, ReportFormat format) {
        ReportReaders readers = ReportReaders.defaults();
        assertTrue(readers.accepts(Path.of(name)));
        assertEquals(Optional.of(format), readers.formatOf(Path.of(name)));
    }

    @ParameterizedTest
    @CsvSource({"a.pdf", "a.docx", "a.txt.gz", ".profile.json"})
    void otherExtensionsAreRefused(String name) {
        assertFalse(ReportReaders.defaults().accepts(Path.of(name)));
    }

    @Test
    void limitsAreImmutableCopies() {
        ReportReaders defaults = ReportReaders.defaults();
        ReportReaders small = defaults.maxBytes(10);
        assertEquals(10 * 1024 * 1024, defaults.maxBytes());
        assertEquals(10, small.maxBytes());
        assertThrows(IllegalArgumentException.class, () -> defaults.maxBytes(0));
    }

    @Test
    void readsABundledResourceFromAStream() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reports/seed-002-three-day-tour.txt")) {
            Report r = ReportReaders.defaults().read("reports/seed-002-three-day-tour.txt", in);
            assertEquals("reports/seed-002-three-day-tour.txt", r.source());
            assertEquals(Optional.of("Chase Baker"), r.author());
        }
    }

    @Test
    void reportRejectsMarginsOutsideTheBody() {
        assertThrows(IllegalArgumentException.class, () -> new Report("x", ReportFormat.TEXT, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "abc",
                java.util.List.of(new TextRange(0, 4, "caption")), java.util.List.of()));
    }
}
