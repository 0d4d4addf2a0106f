package org.w3id.arsenal.serve.pages;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.arsenal.vocab.ARS;

/** Test stores: in-memory TDB2 (like production), named graphs only, queried as their union. */
final class TestStores {

    static final String ID = "https://w3id.org/arsenal/id/";
    static final String LOCAL = "http://localhost:3030";

    private TestStores() {}

    /** The bundled sample reports (triples/reports.trig), the ontology and the reference vocabulary. */
    static Dataset samples() {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> {
            RDFDataMgr.read(ds, "triples/reports.trig");
            String ontology = ARS.NS.substring(0, ARS.NS.length() - 1);
            ds.addNamedModel(ontology, RDFDataMgr.loadModel("ontology/arsenal.ttl"));
            ds.addNamedModel(ID + "graph/reference", RDFDataMgr.loadModel("triples/reference/reference.ttl"));
        });
        return ds;
    }

    /** A small store from Turtle (prefixes ids:, ars:, rdfs:, skos:, xsd: predeclared), with the ontology. */
    static Dataset tiny(String turtle) {
        String prefixes = "@prefix ids: <" + ID + "> . @prefix ars: <" + ARS.NS + "> . "
                + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
                + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . "
                + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> {
            var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new java.io.StringReader(prefixes + turtle), null, org.apache.jena.riot.Lang.TURTLE);
            ds.addNamedModel(ID + "graph/test", m);
            ds.addNamedModel(ARS.NS.substring(0, ARS.NS.length() - 1), RDFDataMgr.loadModel("ontology/arsenal.ttl"));
        });
        return ds;
    }

    /**
     * The samples plus what the loader materialises in production (supertypes, inverse properties, companions
     * implied by guides, transitive locations), written here by hand so pages are tested against both shapes.
     */
    static Dataset samplesWithInferences() {
        Dataset ds = samples();
        String prefixes = "PREFIX ars: <" + ARS.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        String graph = ID + "graph/inferred";
        for (String rule : new String[] {
            "CONSTRUCT { ?x a ?sup } WHERE { ?x a ?c . ?c rdfs:subClassOf+ ?sup "
                    + "FILTER(STRSTARTS(STR(?sup), STR(ars:))) }",
            "CONSTRUCT { ?o ars:producedAt ?s } WHERE { ?s ars:produces ?o }",
            "CONSTRUCT { ?e ars:accompaniedBy ?p } WHERE { ?e ars:guidedBy ?p }",
            "CONSTRUCT { ?x ars:locatedIn ?z } WHERE { ?x ars:locatedIn/ars:locatedIn+ ?z FILTER(?x != ?z) }"}) {
            Txn.executeWrite(ds, () -> {
                var m = org.apache.jena.query.QueryExecution.dataset(ds).query(prefixes + rule)
                        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build().execConstruct();
                ds.getNamedModel(graph).add(m);
            });
        }
        return ds;
    }
}
