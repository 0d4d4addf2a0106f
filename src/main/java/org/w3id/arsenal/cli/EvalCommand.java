package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.arsenal.pipeline.Evaluation;
import org.w3id.arsenal.pipeline.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against gold facts: precision, recall and F1 for entities, relations and "
                + "dated relations, per report, overall, and per directory of reports when there are several "
                + "(e.g. the samples and a held-out corpus). The gold for REPORT.ext is REPORT.facts.tsv in a --gold "
                + "directory."},
        footer = {"", "Examples:",
            "  arsenal eval --gold src/test/resources/gold src/main/resources/reports/*.txt",
            "  arsenal eval --gold src/test/resources/gold --gold src/test/resources/corpus/gold \\",
            "      src/main/resources/reports/*.txt src/test/resources/corpus/reports/* --explain"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Directory of gold facts files.")
    List<Path> goldDirs;

    @Option(names = "--explain", description = "Also list each report's false positives and misses.")
    boolean explain;

    @Option(names = "--tsv", description = "Print the scores as TSV.")
    boolean tsv;

    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Report files to score.")
    List<Path> reports;

    @Override
    public Integer call() {
        Evaluation.Result result = new Evaluation(Reports.withDefaults()).run(reports, goldDirs);
        PrintWriter out = spec.commandLine().getOut();
        out.print(tsv ? result.table().tsv() : result.table().text());
        if (explain) {
            result.mismatches().forEach((report, m) -> {
                out.println();
                out.println("# " + report);
                m.lines().forEach(out::println);
            });
        }
        out.flush();
        return Main.OK;
    }
}
