package org.w3id.arsenal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.arsenal.Resources;

/** The ontology's class hierarchy, read from the bundled ontology, for "is this class a kind of product?". */
final class Taxonomy {

    static final Taxonomy INSTANCE = new Taxonomy();

    private final Model ontology = ModelFactory.createDefaultModel();

    private Taxonomy() {
        try (InputStream in = Resources.open("ontology/arsenal.ttl")) {
            RDFDataMgr.read(ontology, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers per (class, ancestor): the rules ask the same few questions for every mention. */
    private final java.util.Map<String, Boolean> answers = new java.util.concurrent.ConcurrentHashMap<>();

    /** Is {@code type} the class {@code ancestor} or a subclass of it? */
    boolean isA(Resource type, Resource ancestor) {
        return answers.computeIfAbsent(type.getURI() + " " + ancestor.getURI(),
                k -> isA(ontology.createResource(type.getURI()), ancestor, new HashSet<>()));
    }

    private boolean isA(Resource type, Resource ancestor, Set<Resource> seen) {
        if (type.equals(ancestor)) return true;
        if (!seen.add(type)) return false;
        for (var it = type.listProperties(RDFS.subClassOf); it.hasNext(); ) {
            var o = it.next().getObject();
            if (o.isURIResource() && isA(o.asResource(), ancestor, seen)) return true;
        }
        return false;
    }
}
