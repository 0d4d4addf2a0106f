package org.w3id.arsenal.pipeline;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.arsenal.vocab.ARS;

/**
 * Writes graphs as TriG or Turtle with every statement sorted and the project's prefixes, so the same data
 * always gives the same bytes (files in {@code triples/} diff meaningfully).
 */
public final class RdfOutput {

    private RdfOutput() {}

    public static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ars", ARS.NS);
        pm.add("id", "https://w3id.org/arsenal/id/");
        pm.add("rdf", RDF.getURI());
        pm.add("rdfs", RDFS.getURI());
        pm.add("owl", OWL.getURI());
        pm.add("skos", SKOS.getURI());
        pm.add("xsd", XSD.getURI());
        pm.add("wd", "http://www.wikidata.org/entity/");
        return pm;
    }

    /** All named graphs of a dataset (not its default graph), sorted, as TriG. */
    public static void trig(DatasetGraph dsg, OutputStream out) {
        List<Quad> quads = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (!q.isDefaultGraph()) quads.add(q);
        }
        quads.sort(QuadOrder.QUADS);
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        w.start();
        new java.util.TreeMap<>(prefixes().getMapping()).forEach(w::prefix);
        quads.forEach(w::quad);
        w.finish();
    }

    /** A graph, sorted, as Turtle. */
    public static void turtle(Graph g, OutputStream out) {
        List<Triple> triples = new ArrayList<>(g.find().toList());
        triples.sort(QuadOrder.TRIPLES);
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        new java.util.TreeMap<>(prefixes().getMapping()).forEach(w::prefix);
        triples.forEach(w::triple);
        w.finish();
    }
}
