package org.w3id.arsenal.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/** The document forms a linked-data IRI is served in, by media type and by file suffix. */
final class RdfSyntaxes {

    static final String HTML = "text/html";

    /** suffix → (media type, RDF syntax or null for HTML) */
    record Form(String suffix, String mediaType, Lang lang) {}

    static final Map<String, Form> BY_SUFFIX = new LinkedHashMap<>();

    static {
        add(new Form("html", HTML, null));
        add(new Form("ttl", "text/turtle", Lang.TURTLE));
        add(new Form("jsonld", "application/ld+json", Lang.JSONLD));
        add(new Form("rdf", "application/rdf+xml", Lang.RDFXML));
        add(new Form("nt", "application/n-triples", Lang.NTRIPLES));
    }

    private static final AcceptList OFFERS = AcceptList.create(BY_SUFFIX.values().stream().map(Form::mediaType)
            .toArray(String[]::new));

    private RdfSyntaxes() {}

    private static void add(Form f) {
        BY_SUFFIX.put(f.suffix(), f);
    }

    /** The best form for an Accept header; browsers (and no header) get HTML, wildcards prefer HTML. */
    static Optional<Form> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(BY_SUFFIX.get("html"));
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) return Optional.empty();
        String type = chosen.getContentTypeStr();
        return BY_SUFFIX.values().stream().filter(f -> f.mediaType().equals(type)).findFirst();
    }
}
