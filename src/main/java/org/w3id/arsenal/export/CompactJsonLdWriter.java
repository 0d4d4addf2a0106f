package org.w3id.arsenal.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.hasmac.jsonld.JsonLd;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.document.JsonDocument;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDWriter;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * JSON-LD compacted with the published Arsenal context. Rio's JSON-LD writer compacts only with a context made
 * of its namespaces, inlined; so Rio writes expanded JSON-LD into a buffer, and RDF4J's own JSON-LD processor
 * compacts that with {@code {"@context": IRI}}, which keeps the context referenced by IRI in the output (loaded
 * offline). JSON-LD is one JSON document, so the whole graph is in memory whatever the writer.
 */
final class CompactJsonLdWriter implements RDFHandler {

    private final OutputStream out;
    private final ByteArrayOutputStream expanded = new ByteArrayOutputStream();
    private final JSONLDWriter rio = new JSONLDWriter(expanded);

    CompactJsonLdWriter(OutputStream out) {
        this.out = out;
        rio.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND)
                .set(JSONLDSettings.USE_RDF_TYPE, false)
                .set(JSONLDSettings.USE_NATIVE_TYPES, false)
                .set(BasicWriterSettings.PRETTY_PRINT, false);
    }

    @Override
    public void startRDF() {
        rio.startRDF();
    }

    @Override
    public void handleNamespace(String prefix, String uri) {
        // the context carries the prefixes
    }

    @Override
    public void handleStatement(Statement st) {
        rio.handleStatement(st);
    }

    @Override
    public void handleComment(String comment) {
        // JSON has no comments
    }

    @Override
    public void endRDF() {
        rio.endRDF();
        try {
            JsonObject result = JsonLd.compact(
                            JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                            JsonDocument.of(Json.createObjectBuilder().add("@context", JsonLdContext.IRI).build()))
                    .loader(JsonLdContext.offlineLoader())
                    .ordered(false)
                    .get();
            // the processor appends @context; readers expect it first
            JsonObjectBuilder compacted = Json.createObjectBuilder().add("@context", JsonLdContext.IRI);
            result.forEach((k, v) -> {
                if (!k.equals("@context")) compacted.add(k, v);
            });
            // The JSON writer closes what it writes to; the caller owns the stream (it may be stdout).
            Writer w = new OutputStreamWriter(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, StandardCharsets.UTF_8);
            try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(w)) {
                jw.write(compacted.build());
            }
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new RDFHandlerException(e);
        } catch (JsonLdError e) {
            throw new RDFHandlerException("cannot compact JSON-LD with " + JsonLdContext.IRI + ": " + e.getMessage(),
                    e);
        }
    }
}
