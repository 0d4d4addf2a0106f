package org.w3id.arsenal.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.pipeline.RdfOutput;
import org.w3id.arsenal.pipeline.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract claims from reports and print the graph as TriG: each report in its own named "
                + "graph with its metadata, the entities it mentions, every claim with its sentence, offsets, "
                + "certainty and attribution. Nothing is stored; see 'load'."},
        footer = {"", "Examples:", "  arsenal extract", "  arsenal extract my-report.txt > my-report.trig"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportInputs inputs;

    @Override
    public Integer call() {
        int[] failures = {0};
        List<ExtractedReport> extracted = inputs.extract(spec.commandLine().getErr(), failures);
        spec.commandLine().getOut().flush();
        RdfOutput.trig(Reports.dataset(extracted).asDatasetGraph(), System.out);
        System.out.flush();
        return failures[0] > 0 ? Main.USER_ERROR : Main.OK;
    }
}
