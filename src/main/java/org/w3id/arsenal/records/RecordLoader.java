package org.w3id.arsenal.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.facts.FactKind;
import org.w3id.arsenal.rdf.ReportGraph;
import org.w3id.arsenal.store.LoadOptions;
import org.w3id.arsenal.store.Store;
import org.w3id.arsenal.store.Validation;

/**
 * Structured records (CSV, JSON, YAML; one fact per row, the columns of FACTS.md plus source, quote and
 * certainty) turned into the reports, claims, provenance and IRIs the text extraction produces, one report graph
 * per source, so curated and extracted facts about the same things meet in the store.
 *
 * <p>A bad row rejects the whole file (listing every bad row) unless lenient, which skips the bad rows and lists
 * them; a broken file structure (quoting, header, JSON/YAML syntax) is always an error.
 */
public final class RecordLoader {

    /** The reports of a records file, and in lenient mode the rows left out ({@code FILE:LINE: message}). */
    public record Records(List<ExtractedReport> reports, int rows, List<String> skipped) {}

    /** What one load wrote. */
    public record Loaded(Path file, List<String> graphs, int rows, int claims, long statements, List<String> skipped) {}

    private RecordLoader() {}

    /** True for a records file by its extension: {@code .csv}, {@code .json}, {@code .yaml}, {@code .yml}. */
    public static boolean accepts(Path file) {
        return RecordReader.accepts(file);
    }

    public static Records read(Path file, LoadOptions options) {
        String src = file.toString();
        RecordReader.Parsed parsed = RecordReader.read(file);
        List<RecordReader.Problem> problems = new ArrayList<>(parsed.problems());
        List<RecordCheck.Row> rows = new ArrayList<>();
        for (Record r : parsed.records()) {
            if (r.kind().isEmpty() && r.subject().isEmpty() && r.object().isEmpty() && r.quote().isEmpty()) continue;
            try {
                rows.add(RecordCheck.check(r));
            } catch (RecordCheck.Bad e) {
                problems.add(new RecordReader.Problem(r.line(), e.getMessage()));
            }
        }
        EntityNames names = new EntityNames();
        for (RecordCheck.Row r : rows) if (r.kind().isEntity()) names.declare(r.subject(), RecordTypes.of(r.kind()));
        Map<String, SourceReport> sources = new LinkedHashMap<>();
        String fallback = file.getFileName().toString();
        // Companions attach to visits, so every source's other rows go first.
        List<RecordCheck.Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(r -> r.kind() == FactKind.ACCOMPANIED));
        int placed = 0;
        for (RecordCheck.Row r : ordered) {
            String source = r.source().isEmpty() ? fallback : r.source();
            // keyed by slug: two spellings of one source ("KCNA 2023-08-04", "kcna-2023-08-04") are one report IRI
            SourceReport s = sources.computeIfAbsent(Iris.slug(source), k -> new SourceReport(source, src, names));
            try {
                s.add(r);
                placed++;
            } catch (RecordCheck.Bad e) {
                problems.add(new RecordReader.Problem(r.line(), e.getMessage()));
            }
        }
        problems.sort(Comparator.comparingInt(RecordReader.Problem::line));
        List<String> listed = problems.stream().map(p -> InputException.at(src, p.line(), 0, p.message()).getMessage())
                .toList();
        if (!listed.isEmpty() && !options.lenient()) {
            throw new InputException(String.join("\n", listed) + "\n" + src + ": not loaded: " + listed.size()
                    + (listed.size() == 1 ? " bad row" : " bad rows") + " (--lenient loads the good rows)");
        }
        return new Records(sources.values().stream().map(SourceReport::build).toList(), placed, listed);
    }

    /**
     * Loads a records file in one transaction: each source's report graph is replaced; on any error (or, with
     * the shape check, any SHACL violation) nothing is stored.
     */
    public static Loaded load(Store store, Path file, LoadOptions options) {
        Records records = read(file, options);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<String> graphs = new ArrayList<>();
        List<Node> graphNodes = new ArrayList<>();
        int claims = 0;
        long statements = 0;
        List<List<Quad>> quads = new ArrayList<>();
        for (ExtractedReport x : records.reports()) {
            graphs.add(x.iri());
            graphNodes.add(NodeFactory.createURI(x.iri()));
            claims += x.claims().size();
            List<Quad> q = ReportGraph.quads(x);
            statements += q.size();
            quads.add(q);
        }
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < graphNodes.size(); i++) {
                dsg.deleteAny(graphNodes.get(i), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : quads.get(i)) dsg.add(q);
            }
            if (options.checkShapes()) Validation.refuseViolations(file.toString(), dsg, graphNodes);
        });
        return new Loaded(file, graphs, records.rows(), claims, statements, records.skipped());
    }
}
