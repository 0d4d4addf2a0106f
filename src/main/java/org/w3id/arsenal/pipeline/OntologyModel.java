package org.w3id.arsenal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Reads the bundled core ontology into a model. */
final class OntologyModel {

    private OntologyModel() {}

    static void addTo(Model m) {
        try (InputStream in = OntologyModel.class.getClassLoader().getResourceAsStream("ontology/arsenal.ttl")) {
            if (in == null) throw new IllegalStateException("missing bundled resource ontology/arsenal.ttl");
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
