package org.w3id.arsenal.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.extract.ReferenceData;
import org.w3id.arsenal.report.Report;

/**
 * The generated graph kept in {@code triples/}: the reference vocabulary ({@code reference/reference.ttl}),
 * the bundled reports with the identity candidates between them ({@code reports.trig}, one named graph each)
 * and the same merged into one graph ({@code reports.ttl}). Sorted, so a change in extraction shows as a
 * readable diff, and CI can tell whether the committed files are up to date.
 */
public final class TriplesDirectory {

    private TriplesDirectory() {}

    /** File name (relative to the directory) → content. */
    public static Map<String, byte[]> generate(Reports reports, Extractor extractor) {
        List<ExtractedReport> extracted = new ArrayList<>();
        for (Report r : BundledReports.read(reports.readers())) extracted.add(extractor.extract(r));
        Dataset ds = Reports.dataset(extracted);
        IdentityLinker.link(ds);
        Map<String, byte[]> files = new LinkedHashMap<>();
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        RdfOutput.trig(ds.asDatasetGraph(), trig);
        files.put("reports.trig", trig.toByteArray());
        Graph merged = GraphFactory.createDefaultGraph();
        ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> ds.asDatasetGraph().getGraph(g).find()
                .forEachRemaining(merged::add));
        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        RdfOutput.turtle(merged, ttl);
        files.put("reports.ttl", ttl.toByteArray());
        ByteArrayOutputStream ref = new ByteArrayOutputStream();
        RdfOutput.turtle(ReferenceData.model().getGraph(), ref);
        files.put("reference/reference.ttl", ref.toByteArray());
        return files;
    }

    public static void write(Map<String, byte[]> files, Path dir) {
        try {
            for (var e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The files that differ from (or are missing in) the directory. */
    public static List<String> stale(Map<String, byte[]> files, Path dir) {
        List<String> out = new ArrayList<>();
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            try {
                if (!Files.isRegularFile(p) || !java.util.Arrays.equals(Files.readAllBytes(p), e.getValue())) {
                    out.add(e.getKey());
                }
            } catch (IOException ex) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
