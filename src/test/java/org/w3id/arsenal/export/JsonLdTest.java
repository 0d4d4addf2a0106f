package org.w3id.arsenal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.arsenal.store.OntologyGraphs;

/**
 * JSON-LD dumps are compacted with the shipped context, referenced by its published IRI; expanded offline with
 * that context they give back exactly the store's triples; and the context names every ontology term.
 */
class JsonLdTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merged.jsonld", "ontology.jsonld", "ontology-align.jsonld"})
    void expandsOfflineWithTheShippedContextToTheSameTriples(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.dumps(false).resolve(name));
        JsonObject doc = Json.createReader(new ByteArrayInputStream(bytes)).readObject();
        assertEquals(Json.createValue(JsonLdContext.IRI), doc.get("@context"), "the context is referenced by its IRI");

        // Titanium (Jena's JSON-LD processor), with a loader that serves only the checkout's context file
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(bytes)))
                .loader(Parse.titaniumLoader()).get();
        StringWriter w = new StringWriter();
        Json.createWriter(w).write(expanded);
        Graph fromExpanded = Parse.jena(w.toString().getBytes(StandardCharsets.UTF_8), Lang.JSONLD).getDefaultGraph();

        Graph expected = expectedGraph(name);
        assertEquals(expected.size(), fromExpanded.size(), name + ": triple count after expansion");
        assertTrue(expected.isIsomorphicWith(fromExpanded), name + ": expansion does not give the store's triples");
        // and RDF4J's processor, reading the compacted document with the bundled context
        assertTrue(expected.isIsomorphicWith(Parse.rio(bytes, RDFFormat.JSONLD).getDefaultGraph()), name + ": Rio");
    }

    @Test
    void keysReadNaturally() throws Exception {
        JsonObject doc;
        try (InputStream in = Files.newInputStream(Fixtures.dumps(false).resolve("merged.jsonld"))) {
            doc = Json.createReader(in).readObject();
        }
        Set<String> keys = new HashSet<>();
        Map<String, Set<String>> values = new java.util.TreeMap<>();
        for (JsonValue node : doc.getJsonArray("@graph")) {
            node.asJsonObject().forEach((k, v) -> {
                keys.add(k);
                for (JsonValue x : v.getValueType() == JsonValue.ValueType.ARRAY ? v.asJsonArray() : List.of(v)) {
                    if (x.getValueType() == JsonValue.ValueType.STRING) {
                        values.computeIfAbsent(k, key -> new HashSet<>()).add(((JsonString) x).getString());
                    }
                }
            });
        }
        for (String key : List.of("type", "label", "visitor", "site", "produces", "locatedIn", "quote", "certainty",
                "claimPredicate", "claimSubject", "hasEvidence", "inReport", "startOffset", "sameAs", "prefLabel",
                "date")) {
            assertTrue(keys.contains(key), "no \"" + key + "\" key in merged.jsonld");
        }
        assertTrue(values.get("type").containsAll(List.of("Inspection", "Factory", "Claim", "Evidence")), "types");
        assertTrue(values.get("certainty").containsAll(List.of("Confirmed", "Alleged")), "certainty");
        assertTrue(values.get("claimPredicate").containsAll(List.of("produces", "visitor")), "claimPredicate");
        assertTrue(values.get("@id").contains("id:person/kim-jong-un"), "id: prefix");
        assertTrue(values.get("label").stream().anyMatch(l -> !l.isEmpty()), "English labels as plain strings");
    }

    /** Every class, property and named individual of the core ontology has a term, mapped and typed by its kind. */
    @Test
    void theContextNamesEveryOntologyTerm() throws Exception {
        JsonObject ctx;
        try (InputStream in = Files.newInputStream(Parse.CONTEXT_FILE)) {
            ctx = Json.createReader(in).readObject().getJsonObject("@context");
        }
        String ars = ctx.getString("ars");
        Graph core = OntologyGraphs.core().getGraph();
        List<String> problems = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Map.Entry<Node, String> kind : Map.of(OWL2.Class.asNode(), "class",
                OWL2.NamedIndividual.asNode(), "individual", OWL2.ObjectProperty.asNode(), "object",
                OWL2.DatatypeProperty.asNode(), "data", OWL2.AnnotationProperty.asNode(), "annotation").entrySet()) {
            core.find(Node.ANY, RDF.type.asNode(), kind.getKey()).forEachRemaining(t -> {
                Node term = t.getSubject();
                if (!term.isURI() || !term.getURI().startsWith(ars) || !seen.add(term)) return;
                String local = term.getURI().substring(ars.length());
                JsonValue def = ctx.get(local);
                if (def == null) {
                    problems.add(local + ": no term");
                    return;
                }
                String id = def.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) def).getString()
                        : def.asJsonObject().getString("@id");
                if (!id.equals("ars:" + local)) problems.add(local + " maps to " + id);
                String type = def.getValueType() == JsonValue.ValueType.OBJECT
                        ? def.asJsonObject().getString("@type", null) : null;
                switch (kind.getValue()) {
                    case "object":
                        if (!"@id".equals(type) && !"@vocab".equals(type)) {
                            problems.add(local + ": IRI values need @id or @vocab");
                        }
                        break;
                    case "annotation":
                        if (!"@vocab".equals(type)) problems.add(local + ": values are property IRIs (@vocab)");
                        break;
                    case "data":
                        core.find(term, RDFS.range.asNode(), Node.ANY).forEachRemaining(r -> {
                            String range = r.getObject().getURI();
                            boolean coerced = type != null;
                            boolean shouldBe = range.matches(".*#(integer|decimal|boolean|anyURI)");
                            if (coerced != shouldBe || (coerced && !range.endsWith(type.substring(4)))) {
                                problems.add(local + ": @type " + type + " for range " + range);
                            }
                        });
                        break;
                    default:
                        if (type != null) problems.add(local + ": a class or individual has no coercion");
                }
            });
        }
        assertTrue(seen.size() >= 130, "ontology terms found: " + seen.size());
        assertEquals(List.of(), problems);
    }

    @Test
    void theLoaderNeverGoesToTheNetwork() {
        assertThrows(no.hasmac.jsonld.JsonLdError.class,
                () -> JsonLdContext.offlineLoader().loadDocument(URI.create("https://schema.org/"), null));
    }

    private static Graph expectedGraph(String name) {
        if (name.startsWith("merged")) return Fixtures.bundled().merged();
        String g = name.startsWith("ontology-align") ? Exporter.ALIGN : Exporter.CORE;
        Graph copy = GraphFactory.createDefaultGraph();
        Fixtures.bundled().copy().getGraph(NodeFactory.createURI(g)).find().forEachRemaining(copy::add);
        return copy;
    }
}
