package org.w3id.arsenal.extract;

import java.util.List;
import org.apache.jena.rdf.model.Resource;

/**
 * A facility named only by description ("a factory producing shells of …", "a tank production site in
 * Kusong"), a numbered set of them ("two production sites"), or a reference back to one ("the factory",
 * "the second facility").
 *
 * @param products what the phrase says the facility makes
 * @param placeFrom the token where a place in the phrase starts ("in Kusong"), or -1
 * @param ordinal for ORDINAL references, the position in the set (1-based)
 */
record FacilityPhrase(int from, int to, Shape shape, Resource type, String label, List<ProductPhrase> products,
        int placeFrom, boolean planned, int setSize, int ordinal) {

    enum Shape { DESCRIBED, SET, ANAPHOR, ORDINAL }
}
