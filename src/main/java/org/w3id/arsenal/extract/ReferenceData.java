package org.w3id.arsenal.extract;

import org.w3id.arsenal.claim.Iris;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.arsenal.Resources;

/** The reference vocabulary of known entities bundled under {@code reference/} (listed in its index.txt). */
public final class ReferenceData {

    /** The graph name the reference vocabulary is loaded under. */
    public static final String GRAPH = Iris.graph("reference");

    private ReferenceData() {}

    public static List<String> files() {
        return Resources.index("reference/index.txt");
    }

    /** A fresh copy of the whole reference vocabulary. */
    public static Model model() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : files()) {
            try (InputStream in = Resources.open("reference/" + f)) {
                RDFDataMgr.read(m, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }
}
