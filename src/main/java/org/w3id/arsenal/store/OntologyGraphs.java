package org.w3id.arsenal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.arsenal.Resources;

/**
 * Puts the ontology bundled in the jar into the store, each module in a graph named by its ontology IRI,
 * so queries can walk the class hierarchy and read labels of classes.
 */
public final class OntologyGraphs {

    static final List<String> MODULES = List.of("ontology/arsenal.ttl", "ontology/arsenal-align.ttl");

    private OntologyGraphs() {}

    /** Loads (or refreshes) every bundled ontology module; returns the graph names. */
    public static List<String> install(Store store) {
        List<Model> modules = MODULES.stream().map(OntologyGraphs::read).toList();
        return Txn.calculateWrite(store.dataset(), () -> modules.stream().map(m -> {
            String name = ontologyIri(m);
            store.dataset().replaceNamedModel(name, m);
            return name;
        }).toList());
    }

    /** The core ontology (without the alignment module), for walking the class hierarchy. */
    public static Model core() {
        return read(MODULES.get(0));
    }

    /** The alignment module. */
    public static Model alignment() {
        return read(MODULES.get(1));
    }

    static Model read(String resource) {
        try (InputStream in = Resources.open(resource)) {
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ontologyIri(Model m) {
        List<Resource> headers = m.listResourcesWithProperty(RDF.type, OWL.Ontology).toList();
        if (headers.size() != 1 || !headers.get(0).isURIResource()) {
            throw new IllegalStateException("an ontology module must declare exactly one named owl:Ontology");
        }
        return headers.get(0).getURI();
    }
}
