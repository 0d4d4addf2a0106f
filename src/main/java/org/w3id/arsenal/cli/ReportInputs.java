package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.pipeline.BundledReports;
import org.w3id.arsenal.pipeline.Reports;
import org.w3id.arsenal.report.Report;
import picocli.CommandLine.Parameters;

/** The report files a command works on; none given means the bundled sample reports. */
final class ReportInputs {

    @Parameters(arity = "0..*", paramLabel = "REPORT",
            description = "Report files (.txt with header, .md with YAML front matter, .html). Default: the bundled "
                    + "sample reports.")
    List<Path> files = new ArrayList<>();

    /** Extracts every report; a bad one is reported on {@code err} and skipped. Returns the good ones. */
    List<ExtractedReport> extract(PrintWriter err, int[] failures) {
        Reports reports = Reports.withDefaults();
        List<ExtractedReport> out = new ArrayList<>();
        if (files.isEmpty()) {
            Extractor extractor = Extractor.withBundledReference();
            for (Report r : BundledReports.read(reports.readers())) out.add(extractor.extract(r));
            return out;
        }
        for (Path f : files) {
            try {
                ExtractedReport x = reports.extract(f);
                x.report().warnings().forEach(w -> err.println("arsenal: warning: " + w));
                out.add(x);
            } catch (InputException e) {
                err.println("arsenal: " + e.getMessage());
                failures[0]++;
            }
        }
        return out;
    }
}
