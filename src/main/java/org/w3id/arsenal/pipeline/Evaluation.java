package org.w3id.arsenal.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.facts.EvalTable;
import org.w3id.arsenal.facts.Fact;
import org.w3id.arsenal.facts.FactsView;
import org.w3id.arsenal.facts.GoldFacts;
import org.w3id.arsenal.facts.Mismatches;
import org.w3id.arsenal.facts.Scorer;

/**
 * Scores extraction against gold facts: each report's facts (by SPARQL over its extracted graph) against
 * {@code NAME.facts.tsv} found in one of the gold directories. Reports are grouped by the directory they come
 * from, so the bundled samples and a held-out corpus get separate aggregates.
 */
public final class Evaluation {

    /** The table, and the mismatches of each report for {@code --explain}. */
    public record Result(EvalTable table, Map<String, Mismatches> mismatches) {}

    private final Reports reports;

    public Evaluation(Reports reports) {
        this.reports = reports;
    }

    public Result run(List<Path> reportFiles, List<Path> goldDirs) {
        EvalTable table = new EvalTable();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, Mismatches> mismatches = new LinkedHashMap<>();
        for (Path file : reportFiles) {
            Path gold = goldFor(file, goldDirs);
            ExtractedReport x = reports.extract(file);
            List<Fact> facts = FactsView.of(Reports.dataset(List.of(x)), x.iri());
            var goldFacts = GoldFacts.read(gold);
            String name = file.getFileName().toString();
            table.add(name, Scorer.score(facts, goldFacts));
            mismatches.put(name, Scorer.explain(facts, goldFacts));
            Path parent = file.toAbsolutePath().normalize().getParent();
            String group = parent == null ? "." : parent.toString();
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(name);
        }
        if (groups.size() > 1) groups.forEach(table::group);
        return new Result(table, mismatches);
    }

    static Path goldFor(Path report, List<Path> goldDirs) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String gold = (dot > 0 ? name.substring(0, dot) : name) + ".facts.tsv";
        for (Path dir : goldDirs) {
            Path candidate = dir.resolve(gold);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new InputException(report + ": no gold file " + gold + " in " + goldDirs);
    }
}
