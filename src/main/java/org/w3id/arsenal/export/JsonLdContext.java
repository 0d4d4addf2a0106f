package org.w3id.arsenal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.Document;
import no.hasmac.jsonld.document.JsonDocument;
import no.hasmac.jsonld.http.media.MediaType;
import no.hasmac.jsonld.loader.DocumentLoader;
import org.w3id.arsenal.Resources;

/**
 * The published JSON-LD context ({@code ontology/context.jsonld}): dumps name it by its IRI, and every JSON-LD
 * processing here resolves that IRI to the bundled copy. Nothing is ever fetched from the network.
 */
public final class JsonLdContext {

    public static final String IRI = "https://w3id.org/arsenal/ontology/context.jsonld";
    /** Classpath name of the bundled copy (the ontology folder ships in the jar). */
    public static final String RESOURCE = "ontology/context.jsonld";

    private JsonLdContext() {}

    public static byte[] bytes() {
        try (InputStream in = Resources.open(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loader (RDF4J's JSON-LD processor) that knows only the context and refuses anything else. */
    public static DocumentLoader offlineLoader() {
        return (url, options) -> {
            if (!URI.create(IRI).equals(url)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                        "offline: only " + IRI + " can be loaded, not " + url);
            }
            try (InputStream in = Resources.open(RESOURCE)) {
                Document d = JsonDocument.of(MediaType.JSON_LD, in);
                d.setDocumentUrl(url);
                return d;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        };
    }
}
