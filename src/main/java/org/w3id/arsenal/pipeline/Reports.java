package org.w3id.arsenal.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.rdf.ReportGraph;
import org.w3id.arsenal.store.OntologyGraphs;
import org.w3id.arsenal.report.ReportReaders;

/** The whole way from report files to RDF: read, extract, write each report into its own graph. */
public final class Reports {

    private final ReportReaders readers;
    private final Extractor extractor;

    public Reports(ReportReaders readers, Extractor extractor) {
        this.readers = readers;
        this.extractor = extractor;
    }

    public static Reports withDefaults() {
        return new Reports(ReportReaders.defaults(), Extractor.withBundledReference());
    }

    public ReportReaders readers() {
        return readers;
    }

    public ExtractedReport extract(Path file) {
        return extractor.extract(readers.read(file));
    }

    /** An in-memory dataset with each report in its named graph and the ontology in the default graph. */
    public static Dataset dataset(List<ExtractedReport> reports) {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.getDefaultModel().add(OntologyGraphs.core());
        for (ExtractedReport x : reports) ReportGraph.write(x, StreamRDFLib.dataset(ds.asDatasetGraph()));
        return ds;
    }
}
