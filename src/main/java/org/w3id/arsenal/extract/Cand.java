package org.w3id.arsenal.extract;

import org.apache.jena.rdf.model.Resource;

/**
 * A candidate name found in a sentence, before overlaps are settled: tokens [from, to), what it would be, and a
 * priority among candidates of equal length.
 *
 * @param iri the canonical IRI when the name is known (reference vocabulary or earlier in the report), else null
 * @param form how the entity is named: its name, a demonym, or a short form resolved in context
 */
record Cand(int from, int to, int priority, Ent.Kind kind, Resource type, String label, String iri, Form form) {

    enum Form { NAME, DEMONYM, SHORT }

    int length() {
        return to - from;
    }
}
