package org.w3id.arsenal.claim;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;

/**
 * One statement a report makes, as a triple in the ontology, with the sentence that says it, how hedged it is
 * and who it is attributed to.
 *
 * @param object an IRI node or a literal node
 */
public record Claim(String subject, Property predicate, Node object, Evidence evidence, Certainty certainty,
        Optional<String> attribution) {}
