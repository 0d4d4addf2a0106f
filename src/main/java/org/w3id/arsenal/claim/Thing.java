package org.w3id.arsenal.claim;

import java.util.List;
import java.util.SortedSet;
import org.apache.jena.rdf.model.Resource;

/**
 * Something a report talks about (an entity or an event) with its IRI, its most specific ontology class, its
 * preferred label, the other forms the report used, and where it was mentioned.
 *
 * @param known true for entities from the reference vocabulary (their label and aliases live there)
 */
public record Thing(String iri, Resource type, String label, SortedSet<String> aliases, List<Evidence> mentions,
        boolean known) {}
