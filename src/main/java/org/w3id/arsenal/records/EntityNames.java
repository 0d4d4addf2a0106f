package org.w3id.arsenal.records;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.extract.ReferenceData;
import org.w3id.arsenal.store.OntologyGraphs;
import org.w3id.arsenal.vocab.ARS;

/**
 * Gives a name in a record the IRI, label and class the text extraction gives it: a name of the reference
 * vocabulary (its label or an alias, compared by IRI slug) becomes that entity; any other name gets
 * {@link Iris#entity} in the segment of its kind. A name's kind comes from an entity row of the same file, else
 * from the reference vocabulary, else from the role it plays in the relation.
 */
final class EntityNames {

    /** A resolved name. {@code known}: from the reference vocabulary. */
    record Entity(String iri, Resource type, String label, boolean known) {}

    private record Ref(String iri, String label, Resource type) {}

    private static final Map<String, Ref> REFERENCE = reference();
    private static final Model ONTOLOGY = OntologyGraphs.core();

    /** Entity rows of the file: slug of the name → declared class. */
    private final Map<String, Resource> declared = new HashMap<>();

    /** Records an entity row's kind for the name; the first row for a name wins. */
    void declare(String name, Resource type) {
        declared.putIfAbsent(Iris.slug(name), type);
    }

    /**
     * @param roleTypes the classes the relation allows for this role, most likely first; the first is the
     *                  class of a name nothing else tells about
     */
    Entity resolve(String name, List<Resource> roleTypes) {
        Resource declaredType = declared.get(Iris.slug(name));
        if (declaredType != null) {
            Ref ref = REFERENCE.get(segment(declaredType) + "/" + Iris.slug(name));
            if (ref == null) return new Entity(Iris.entity(segment(declaredType), name), declaredType, name, false);
            Resource type = isSubClass(ref.type(), declaredType) ? ref.type() : declaredType;
            return new Entity(ref.iri(), type, ref.label(), true);
        }
        for (Resource t : roleTypes) {
            Ref ref = REFERENCE.get(segment(t) + "/" + Iris.slug(name));
            if (ref != null) return new Entity(ref.iri(), ref.type(), ref.label(), true);
        }
        Resource t = roleTypes.get(0);
        return new Entity(Iris.entity(segment(t), name), t, name, false);
    }

    /** The IRI segment of an entity class, as the text extraction uses it. */
    static String segment(Resource type) {
        if (isSubClass(type, ARS.Person)) return "person";
        if (isSubClass(type, ARS.Country)) return "country";
        if (isSubClass(type, ARS.Facility)) return "facility";
        if (isSubClass(type, ARS.Place) || isSubClass(type, ARS.Location)) return "place";
        if (isSubClass(type, ARS.Product)) return "product";
        if (isSubClass(type, ARS.Organization)) return "org";
        throw new IllegalArgumentException("not an entity class: " + type);
    }

    static boolean isSubClass(Resource sub, Resource sup) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new java.util.ArrayList<>(List.of(sub));
        while (!todo.isEmpty()) {
            Resource c = todo.remove(todo.size() - 1);
            if (c.equals(sup)) return true;
            if (!seen.add(c)) continue;
            ONTOLOGY.listObjectsOfProperty(ONTOLOGY.createResource(c.getURI()), RDFS.subClassOf)
                    .filterKeep(RDFNode::isURIResource).forEach(n -> todo.add(n.asResource()));
        }
        return false;
    }

    /** Every label and alias of the reference vocabulary, keyed by segment and slug; ambiguous keys dropped. */
    private static Map<String, Ref> reference() {
        Model m = ReferenceData.model();
        Map<String, Ref> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Property p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
            for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
                Resource e = s.getSubject();
                if (!e.isURIResource() || !e.getURI().startsWith(Iris.ID) || !s.getObject().isLiteral()) continue;
                Resource type = arsType(e);
                Statement label = e.getProperty(RDFS.label);
                if (type == null || label == null) continue;
                String segment = e.getURI().substring(Iris.ID.length()).split("/")[0];
                String key = segment + "/" + Iris.slug(s.getString());
                Ref ref = new Ref(e.getURI(), label.getString(), type);
                Ref old = out.putIfAbsent(key, ref);
                if (old != null && !old.iri().equals(ref.iri())) ambiguous.add(key);
            }
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    private static Resource arsType(Resource e) {
        for (Statement t : e.listProperties(RDF.type).toList()) {
            if (t.getObject().isURIResource() && t.getResource().getURI().startsWith(ARS.NS)) return t.getResource();
        }
        return null;
    }
}
