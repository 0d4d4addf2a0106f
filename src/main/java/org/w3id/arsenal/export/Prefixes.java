package org.w3id.arsenal.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.arsenal.pipeline.RdfOutput;
import org.w3id.arsenal.store.OntologyGraphs;

/**
 * The prefixes every dump declares: the project's (as in {@code triples/}) plus those the ontology modules
 * use (dcterms, prov, obo, …), so the ontology files read as they do in the source Turtle.
 */
final class Prefixes {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DUMP = "https://w3id.org/arsenal/dump/";
    static final String DCAT = "http://www.w3.org/ns/dcat#";

    private static final Map<String, String> ALL = build();

    private Prefixes() {}

    /** prefix → namespace, sorted by prefix. */
    static Map<String, String> all() {
        return ALL;
    }

    private static Map<String, String> build() {
        Map<String, String> m = new TreeMap<>(OntologyGraphs.core().getNsPrefixMap());
        m.putAll(OntologyGraphs.alignment().getNsPrefixMap());
        m.putAll(RdfOutput.prefixes().getMapping());
        m.remove("");
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
