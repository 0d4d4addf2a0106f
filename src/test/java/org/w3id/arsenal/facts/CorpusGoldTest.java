package org.w3id.arsenal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every gold file of the held-out corpus (when it is on the test classpath) parses and scores 1.0 against itself:
 * the reader and the matcher accept everything the gold authors wrote. Only reads the files; tunes nothing.
 */
class CorpusGoldTest {

    @Test
    void everyCorpusGoldFileParsesAndMatchesItself() throws IOException {
        assumeTrue(Resources.class.getClassLoader().getResource("corpus/gold") != null, "no held-out corpus");
        List<Path> files;
        try (Stream<Path> s = Files.list(Resources.path("corpus/gold"))) {
            files = s.filter(p -> p.toString().endsWith(".facts.tsv")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        EvalTable table = new EvalTable();
        for (Path f : files) {
            List<GoldFact> gold = GoldFacts.read(f);
            assertFalse(gold.isEmpty(), f.toString());
            table.add(f.getFileName().toString(), Scorer.score(ScorerTest.asProduced(gold), gold));
            assertEquals(List.of(), Scorer.explain(ScorerTest.asProduced(gold), gold).lines(), f.toString());
        }
        Score overall = table.overall();
        for (Category c : Category.values()) assertEquals(1.0, overall.get(c).f1(), c.id());
    }
}
