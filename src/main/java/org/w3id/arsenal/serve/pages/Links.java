package org.w3id.arsenal.serve.pages;

import org.apache.jena.graph.Node;
import org.w3id.arsenal.vocab.ARS;

/**
 * Where a node links to in a browser: entity IRIs to this server's /id/ pages, ontology terms to the ontology page,
 * Wikidata entities to Wikidata; anything else is not linked (analysts copy such IRIs, they do not follow them).
 */
final class Links {

    /** The landing page path of the server (see ArsenalServer). */
    static final String HOME_PATH = "/browse";

    private static final String[] WIKIDATA = {"http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/",
        "https://www.wikidata.org/wiki/"};

    final String idBase;
    final String localBase;

    Links(String idBase, String localBase) {
        this.idBase = idBase;
        this.localBase = localBase.endsWith("/") ? localBase.substring(0, localBase.length() - 1) : localBase;
    }

    String home() {
        return localBase + HOME_PATH;
    }

    String search() {
        return localBase + "/search";
    }

    String search(String q) {
        return search() + "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    String sparqlUi() {
        return localBase + "/";
    }

    String ontology() {
        return localBase + "/ontology";
    }

    boolean isLocal(String iri) {
        return iri != null && iri.startsWith(idBase) && iri.length() > idBase.length();
    }

    boolean isTerm(Node n) {
        return n != null && n.isURI() && n.getURI().startsWith(ARS.NS);
    }

    static boolean isWikidata(String iri) {
        for (String w : WIKIDATA) if (iri.startsWith(w) && iri.length() > w.length()) return true;
        return false;
    }

    /** The page of a node, or null when it has none here. */
    String href(Node n) {
        if (n == null || !n.isURI()) return null;
        String iri = n.getURI();
        if (isLocal(iri)) return localBase + "/id/" + iri.substring(idBase.length());
        if (iri.startsWith(ARS.NS)) return localBase + "/ontology#" + iri.substring(ARS.NS.length());
        if (isWikidata(iri)) return iri;
        return null;
    }

    /** The same page in another syntax (the server answers /id/x.ttl etc.). */
    String rdf(Node n, String suffix) {
        String h = n.isURI() && isLocal(n.getURI()) ? href(n) : null;
        return h == null ? null : h + "." + suffix;
    }

    /** An external web page of a report (its ars:url), only when it is plainly http(s): never javascript: etc. */
    static String external(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !u.contains(" ") ? u : null;
    }

    /** The IRI without the id namespace, for compact display. */
    String shortIri(String iri) {
        return isLocal(iri) ? iri.substring(idBase.length()) : iri;
    }
}
