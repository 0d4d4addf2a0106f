package org.w3id.arsenal.export;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * Reads dumps back with each toolkit, independently: Rio (RDF4J's parsers and JSON-LD processor) and Jena (RIOT,
 * Titanium for JSON-LD). JSON-LD contexts resolve to the checkout's ontology/context.jsonld, never the network.
 */
final class Parse {

    static final Path CONTEXT_FILE = Path.of("ontology", "context.jsonld");
    static final String BASE = "https://example.org/base/";

    /** Rio formats whose Jena language differs in name only (RDF-star variants of plain data). */
    private static final Map<RDFFormat, Lang> JENA_ALIASES = Map.of(RDFFormat.TURTLESTAR, Lang.TURTLE,
            RDFFormat.TRIGSTAR, Lang.TRIG);

    private Parse() {}

    static DatasetGraph rio(byte[] bytes, RDFFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RioBridge bridge = new RioBridge();
        org.eclipse.rdf4j.rio.RDFParser p = Rio.createParser(format);
        if (format.equals(RDFFormat.JSONLD) || format.equals(RDFFormat.NDJSONLD)) {
            p.getParserConfig().set(JSONLDSettings.DOCUMENT_LOADER, JsonLdContext.offlineLoader());
        }
        p.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                dsg.add(bridge.quad(st));
            }
        });
        try {
            p.parse(new ByteArrayInputStream(bytes), BASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** Jena's parser for a Rio format, if Jena has one (it has none for RDF4J Binary and NDJSON-LD). */
    static Optional<Lang> jenaLang(RDFFormat format) {
        if (JENA_ALIASES.containsKey(format)) return Optional.of(JENA_ALIASES.get(format));
        for (String mime : format.getMIMETypes()) {
            Lang lang = RDFLanguages.contentTypeToLang(mime);
            if (lang != null) return Optional.of(lang);
        }
        return Optional.empty();
    }

    static DatasetGraph jena(byte[] bytes, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Context cx = new Context();
        cx.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(titaniumLoader()));
        RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(lang).base(BASE).context(cx).strict(true)
                .parse(dsg);
        return dsg;
    }

    /** Titanium (Jena's JSON-LD processor): the Arsenal context from the checkout, nothing else. */
    static DocumentLoader titaniumLoader() {
        return (url, options) -> {
            if (!URI.create(JsonLdContext.IRI).equals(url)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline test: will not load " + url);
            }
            try (InputStream in = Files.newInputStream(CONTEXT_FILE)) {
                Document d = JsonDocument.of(MediaType.JSON_LD, in);
                d.setDocumentUrl(url);
                return d;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        };
    }
}
