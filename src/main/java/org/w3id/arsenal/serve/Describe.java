package org.w3id.arsenal.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.arsenal.Resources;
import org.w3id.arsenal.pipeline.RdfOutput;

/** The RDF document for one entity IRI, over the union of all graphs ({@code serve/describe.rq}). */
final class Describe {

    private static final Query QUERY = QueryFactory.create(Resources.text("serve/describe.rq"));

    private Describe() {}

    /** The description; empty when nothing in the store mentions the IRI. */
    static Model of(Dataset ds, String iri) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).set(TDB2.symUnionDefaultGraph, true)
                    .substitution("e", ResourceFactory.createResource(iri)).build()) {
                Model m = qe.execConstruct();
                m.setNsPrefixes(RdfOutput.prefixes().getMapping());
                return m;
            }
        });
    }
}
