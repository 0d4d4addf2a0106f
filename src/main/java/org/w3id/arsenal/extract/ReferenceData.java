package org.w3id.arsenal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The reference vocabulary of known entities bundled under {@code reference/} (listed in its index.txt). */
public final class ReferenceData {

    /** The graph name the reference vocabulary is loaded under. */
    public static final String GRAPH = Discourse.ID + "graph/reference";

    private ReferenceData() {}

    public static List<String> files() {
        return read("reference/index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** A fresh copy of the whole reference vocabulary. */
    public static Model model() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : files()) {
            try (InputStream in = resource("reference/" + f)) {
                RDFDataMgr.read(m, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing bundled resource " + name);
        return in;
    }
}
