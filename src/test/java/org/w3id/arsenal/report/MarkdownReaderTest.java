package org.w3id.arsenal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.time.DateValue;

class MarkdownReaderTest {

    @TempDir
    Path dir;

    @Test
    void frontMatterFieldsAndWarnings() {
        Path file = Inputs.good("factory-visit.md");
        Report r = Inputs.read(file);
        assertEquals(ReportFormat.MARKDOWN, r.format());
        assertEquals(Optional.of("Kim visits engine factory"), r.title());
        assertEquals(Optional.of("Example Daily"), r.publisher());
        assertEquals(Optional.of("Lee Min, Park Soo"), r.author());
        assertEquals(Optional.of(DateValue.of(LocalDate.of(2023, 8, 4))), r.published(), "an unquoted YAML date");
        assertEquals(Optional.empty(), r.url());
        assertEquals(List.of(file + ":9: unknown header key 'tags' ignored (known: title, publisher, author,"
                + " published, url)"), r.warnings());
    }

    @Test
    void bodyIsPlainText() {
        String body = Inputs.read(Inputs.good("factory-visit.md")).body();
        assertTrue(body.startsWith("Kim visits engine factory\n\nNorth Korean leader Kim Jong Un visited a factory"
                + " producing engines for strategic cruise missiles, state media reported.\n\nKey points\n\n"
                + "Production of engines to be expanded\nReliability to be improved with new test stands\n"), body);
        assertTrue(body.contains("\"The factory plays a crucial role,\" Kim said. He called for serial production."));
        assertTrue(body.contains("Tom & Jerry."));
        for (String markup : List.of("**", "](", "![", "# ", "> ", "- ", "---")) {
            assertFalse(body.replace("code stays as is: **not bold**", "").contains(markup), markup);
        }
    }

    @Test
    void noFrontMatterIsAWarning() {
        Path file = Inputs.good("no-front-matter.md");
        Report r = Inputs.read(file);
        assertEquals("Heading line\n\nKim inspected a tank plant in Kusong.", r.body());
        assertEquals(List.of(file + ":1: no front matter (first line is not '---')"), r.warnings());
    }

    @Test
    void yamlTypedValuesAreReadAsWritten() {
        Path file = Inputs.write(dir, "typed.markdown",
                "---\ntitle: 1984\npublished: 2023\nurl: ~\n---\nBody text.\n");
        Report r = Inputs.read(file);
        assertEquals(Optional.of("1984"), r.title());
        assertEquals(Optional.of(DateValue.of(Year.of(2023))), r.published());
        assertEquals(Optional.empty(), r.url());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void dateTimeAndUnparseableDates() {
        Path ok = Inputs.write(dir, "time.md", "---\npublished: 2023-08-04T09:00:00+09:00\n---\nBody.\n");
        assertEquals(Optional.of(DateValue.of(LocalDate.of(2023, 8, 4))), Inputs.read(ok).published());
        Path bad = Inputs.write(dir, "bad.md", "---\ntitle: T\npublished: soon\n---\nBody.\n");
        Report r = Inputs.read(bad);
        assertEquals(Optional.empty(), r.published());
        assertEquals(List.of(bad + ":3: unparseable published date 'soon'"), r.warnings());
    }

    @Test
    void invalidYamlIsAWarningWithItsLine() {
        Path file = Inputs.write(dir, "broken.md", "---\ntitle: ok\nauthor: [unclosed\n---\nBody.\n");
        Report r = Inputs.read(file);
        assertEquals("Body.", r.body());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith(file + ":"), r.warnings().get(0));
        assertTrue(r.warnings().get(0).contains("invalid YAML front matter"), r.warnings().get(0));
    }

    @Test
    void nestedValueIsAWarning() {
        Path file = Inputs.write(dir, "nested.md", "---\nauthor:\n  name: Lee\n---\nBody.\n");
        Report r = Inputs.read(file);
        assertEquals(Optional.empty(), r.author());
        assertEquals(List.of(file + ":2: front matter key 'author' is not a single value; ignored"), r.warnings());
    }

    @Test
    void unclosedFrontMatterIsReadAsMarkdown() {
        Path file = Inputs.write(dir, "unclosed.md", "---\ntitle: T\n\nBody.\n");
        Report r = Inputs.read(file);
        assertTrue(r.body().contains("Body."));
        assertTrue(r.warnings().get(0).contains("front matter is not closed"));
    }
}
