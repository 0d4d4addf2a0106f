package org.w3id.arsenal.serve.pages;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;

/**
 * The HTML pages of the linked-data server, rendered from the store: entity pages (people, plants, places,
 * products, and events such as an inspection), report pages, label search and the landing page. Pages are
 * self-contained (one inline style sheet, inline SVG, no script, no external asset), escape everything they
 * print and come out byte-identical for the same data. Each page reads the store in one read transaction with a
 * handful of queries ({@code pages/*.rq}).
 */
public final class Pages {

    /** Characters that cannot occur in an IRI: such a request names nothing. */
    private static final Pattern BAD_IRI = Pattern.compile("[\\s<>\"{}|\\\\^`]");

    private final Dataset ds;
    private final Links links;

    /**
     * @param ds        the store; its default graph is the union of its named graphs (queries set TDB2's
     *                  unionDefaultGraph themselves)
     * @param idBase    the entity namespace, e.g. {@code https://w3id.org/arsenal/id/}
     * @param localBase where links point, e.g. {@code http://localhost:3030} or "" for server-relative links:
     *                  {@code idBase+x} → {@code localBase/id/x}, {@code ars:X} → {@code localBase/ontology#X}
     */
    public Pages(Dataset ds, String idBase, String localBase) {
        this.ds = ds;
        this.links = new Links(idBase, localBase == null ? "" : localBase);
    }

    /** The page of an entity or event; a report IRI gets its report page; empty when nothing is said about it. */
    public Optional<String> entity(String iri) {
        if (!plausible(iri)) return Optional.empty();
        return Optional.ofNullable(EntityPage.render(ds, links, iri));
    }

    /** The page of a report (an ars:Report IRI): metadata, its claims grouped by kind with quotes, its text. */
    public Optional<String> report(String iri) {
        if (!plausible(iri)) return Optional.empty();
        return Optional.ofNullable(ReportPage.render(ds, links, iri));
    }

    /**
     * Label search over rdfs:label, skos:prefLabel, skos:altLabel and skos:hiddenLabel, ignoring case: exact
     * matches first, then prefixes, then substrings.
     */
    public String search(String query) {
        return SearchPage.render(ds, links, query);
    }

    /** The landing page: search box, counts, reports, competency questions, links to the SPARQL UI. */
    public String home() {
        return HomePage.render(ds, links);
    }

    private static boolean plausible(String iri) {
        return iri != null && !iri.isEmpty() && iri.indexOf(':') > 0 && !BAD_IRI.matcher(iri).find();
    }
}
