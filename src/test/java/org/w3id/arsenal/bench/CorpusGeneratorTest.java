package org.w3id.arsenal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.report.ReportReaders;

class CorpusGeneratorTest {

    private static final int N = 150;

    @Test
    void sameSeedSameTextsOtherSeedOtherTexts() {
        List<GeneratedReport> a = new CorpusGenerator(7).generate(N);
        assertEquals(a, new CorpusGenerator(7).generate(N));
        List<GeneratedReport> b = new CorpusGenerator(8).generate(N);
        int same = 0;
        for (int i = 0; i < N; i++) if (a.get(i).text().equals(b.get(i).text())) same++;
        assertEquals(0, same, "another seed gives other reports");
        // report i depends only on (seed, i): a small corpus is a prefix of a larger one
        assertEquals(a.subList(0, 10), new CorpusGenerator(7).generate(10));
    }

    @Test
    void reportsReadWithoutWarningsAndHeadersParse() {
        ReportReaders readers = ReportReaders.defaults();
        Set<String> names = new HashSet<>();
        Set<String> styles = new HashSet<>();
        for (GeneratedReport g : new CorpusGenerator(3).generate(N)) {
            assertTrue(names.add(g.name()), "unique name " + g.name());
            styles.add(g.name().substring(0, g.name().indexOf('-')));
            Report r = readers.read(g.name(), new ByteArrayInputStream(g.text().getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(), r.warnings(), g.name());
            assertTrue(r.title().isPresent() && r.publisher().isPresent() && r.url().isPresent(), g.name());
            boolean unknownDate = g.text().contains("\npublished: unknown\n");
            assertEquals(!unknownDate, r.published().isPresent(), g.name() + ": published parses");
            assertTrue(r.url().get().startsWith("https://reports.example.org/"), g.name());
            int words = CorpusGenerator.words(r.body());
            assertTrue(words >= CorpusGenerator.MIN_WORDS && words <= CorpusGenerator.MAX_WORDS + 100,
                    g.name() + " has " + words + " words");
            assertFalse(g.text().contains("{") || g.text().contains("}"), g.name() + " has an unfilled slot");
        }
        assertEquals(Set.of("kcna", "wire", "tt"), styles);
    }

    @Test
    void everyTemplateFillsEverySlot() {
        int templates = 0;
        for (List<String> kind : Templates.all()) {
            for (String t : kind) {
                templates++;
                for (long seed = 0; seed < 20; seed++) {
                    Cast cast = new Cast(new Random(seed), Style.values()[(int) (seed % 3)], LocalDate.of(2024, 5, 9));
                    String s = cast.fill(t);
                    assertFalse(s.contains("{") || s.contains("}"), t + " -> " + s);
                    assertTrue(Character.isUpperCase(s.charAt(0)) || !Character.isLetter(s.charAt(0)), s);
                }
            }
        }
        assertTrue(Templates.KCNA_BODY.size() + Templates.WIRE_BODY.size() + Templates.THINK_TANK_BODY.size() >= 60);
        assertTrue(templates >= 90, "templates: " + templates);
    }

    @Test
    void unknownSlotIsAnError() {
        Cast cast = new Cast(new Random(1), Style.WIRE, LocalDate.of(2024, 5, 9));
        assertThrows(IllegalArgumentException.class, () -> cast.fill("{no_such_slot} was seen."));
    }

    @Test
    void writesTheCorpusAsFiles(@TempDir Path dir) throws IOException {
        List<GeneratedReport> corpus = new CorpusGenerator(5).generate(12);
        CorpusGenerator.write(corpus, dir.resolve("corpus"));
        ReportReaders readers = ReportReaders.defaults();
        for (GeneratedReport g : corpus) {
            Path f = dir.resolve("corpus").resolve(g.name());
            assertEquals(g.text(), Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(List.of(), readers.read(f).warnings());
        }
        try (var files = Files.list(dir.resolve("corpus"))) {
            assertEquals(12, files.count());
        }
    }

    @Test
    void differentSeedsStillDiffer() {
        assertNotEquals(new CorpusGenerator(1).report(0), new CorpusGenerator(2).report(0));
    }
}
