package org.w3id.arsenal.extract;

import org.w3id.arsenal.claim.Iris;
import java.nio.file.Path;
import org.w3id.arsenal.report.Report;

/** A report's IRI segment: its file name without extension, as a slug, so the same file always maps alike. */
public final class ReportIds {

    private ReportIds() {}

    public static String slug(Report report) {
        String name = Path.of(report.source()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Iris.slug(dot > 0 ? name.substring(0, dot) : name);
    }

    public static String iri(Report report) {
        return Iris.report(slug(report));
    }
}
