package org.w3id.arsenal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.w3id.arsenal.Resources;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.report.ReportReaders;

/** The sample reports bundled in the jar ({@code reports/index.txt}): the default corpus. */
public final class BundledReports {

    private static final String DIR = "reports/";

    private BundledReports() {}

    public static List<String> names() {
        return Resources.index(DIR + "index.txt");
    }

    public static List<Report> read(ReportReaders readers) {
        List<Report> out = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = Resources.open(DIR + name)) {
                out.add(readers.read(DIR + name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
