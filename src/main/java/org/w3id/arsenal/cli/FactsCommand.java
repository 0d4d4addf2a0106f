package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.facts.FactsTsv;
import org.w3id.arsenal.facts.FactsView;
import org.w3id.arsenal.pipeline.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Print what reports say as plain facts, one per line: kind TAB subject TAB object TAB when "
                + "TAB item (the format of the gold files). Computed by SPARQL over each report's extracted graph."},
        footer = {"", "Examples:", "  arsenal facts", "  arsenal facts my-report.txt"})
final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportInputs inputs;

    @Override
    public Integer call() {
        int[] failures = {0};
        List<ExtractedReport> extracted = inputs.extract(spec.commandLine().getErr(), failures);
        Dataset ds = Reports.dataset(extracted);
        PrintWriter out = spec.commandLine().getOut();
        for (ExtractedReport x : extracted) {
            if (extracted.size() > 1) out.println("# report: " + x.report().source());
            out.print(FactsTsv.write(FactsView.of(ds, x.iri())));
        }
        out.flush();
        return failures[0] > 0 ? Main.USER_ERROR : Main.OK;
    }
}
