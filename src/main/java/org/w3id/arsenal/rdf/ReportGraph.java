package org.w3id.arsenal.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.arsenal.claim.Certainty;
import org.w3id.arsenal.claim.Claim;
import org.w3id.arsenal.claim.Evidence;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.claim.Thing;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.time.DateValue;
import org.w3id.arsenal.vocab.ARS;

/**
 * Writes one extracted report as RDF into its own named graph (the report's IRI): the report and its
 * metadata, every thing it mentions with its mentions (exact spans), every asserted triple, and for each
 * triple an {@code ars:Claim} with the sentence that says it, its certainty and its attribution.
 */
public final class ReportGraph {

    private ReportGraph() {}

    /** Every quad of the report's graph, in a fixed order for a given report (writers that need a file order sort). */
    public static List<Quad> quads(ExtractedReport x) {
        Node g = NodeFactory.createURI(x.iri());
        Set<Quad> out = new LinkedHashSet<>();
        String slug = x.iri().substring(x.iri().lastIndexOf('/') + 1);
        report(g, x, out);
        for (Thing t : x.things()) {
            Node s = uri(t.iri());
            add(out, g, s, RDF.type, t.type());
            add(out, g, s, RDFS.label, NodeFactory.createLiteralLang(t.label(), "en"));
            for (String alias : t.aliases()) add(out, g, s, SKOS.altLabel, NodeFactory.createLiteralLang(alias, "en"));
            if (isEvent(t.type())) continue;
            // where to read more about it: the report's own page, when the report has a URL
            x.report().url().filter(u -> u.matches("https?://[^\\s<>\"{}|\\\\^`]+"))
                    .ifPresent(u -> add(out, g, s, RDFS.seeAlso, NodeFactory.createURI(u)));
            for (Evidence m : t.mentions()) {
                Node mention = uri(Iris.mention(slug, m.begin(), m.end()));
                add(out, g, s, ARS.mentionedIn, mention);
                span(out, g, mention, ARS.Mention, m, x);
            }
        }
        for (Claim c : x.claims()) claim(out, g, c, x, slug);
        return new ArrayList<>(out);
    }

    public static void write(ExtractedReport x, StreamRDF sink) {
        for (Quad q : quads(x)) sink.quad(q);
    }

    private static void report(Node g, ExtractedReport x, Set<Quad> out) {
        Report r = x.report();
        Node s = uri(x.iri());
        add(out, g, s, RDF.type, ARS.Report);
        add(out, g, s, RDFS.label, NodeFactory.createLiteralLang(r.title().orElse(r.source()), "en"));
        r.title().ifPresent(t -> add(out, g, s, ARS.title, NodeFactory.createLiteralString(t)));
        r.publisher().ifPresent(p -> add(out, g, s, ARS.publisherName, NodeFactory.createLiteralString(p)));
        r.author().ifPresent(a -> add(out, g, s, ARS.authorName, NodeFactory.createLiteralString(a)));
        r.url().ifPresent(u -> add(out, g, s, ARS.url, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
        r.published().ifPresent(p -> add(out, g, s, ARS.publishedDate, dateLiteral(p)));
        add(out, g, s, ARS.sourceFile, NodeFactory.createLiteralString(r.source().replace('\\', '/')));
        add(out, g, s, ARS.bodyText, NodeFactory.createLiteralString(x.bodyText()));
    }

    private static void claim(Set<Quad> out, Node g, Claim c, ExtractedReport x, String slug) {
        Node s = uri(c.subject());
        out.add(new Quad(g, s, c.predicate().asNode(), c.object()));
        Node claim = uri(Iris.claim(slug, c.subject(), c.predicate().getURI(), c.object()));
        Node evidence = uri(Iris.evidence(slug, c.evidence().sentenceIndex()));
        add(out, g, claim, RDF.type, ARS.Claim);
        add(out, g, claim, ARS.claimSubject, s);
        add(out, g, claim, ARS.claimPredicate, c.predicate().asNode());
        if (c.object().isLiteral()) add(out, g, claim, ARS.claimValue, c.object());
        else add(out, g, claim, ARS.claimObject, c.object());
        add(out, g, claim, ARS.hasEvidence, evidence);
        add(out, g, claim, ARS.certainty, certainty(c.certainty()));
        c.attribution().ifPresent(a -> add(out, g, claim, ARS.attributionText, NodeFactory.createLiteralString(a)));
        span(out, g, evidence, ARS.Evidence, c.evidence(), x);
    }

    private static void span(Set<Quad> out, Node g, Node s, Resource type, Evidence e, ExtractedReport x) {
        add(out, g, s, RDF.type, type);
        add(out, g, s, ARS.inReport, uri(x.iri()));
        add(out, g, s, ARS.quote, NodeFactory.createLiteralString(e.quote()));
        add(out, g, s, ARS.startOffset, integer(e.begin()));
        add(out, g, s, ARS.endOffset, integer(e.end()));
        add(out, g, s, ARS.sentenceIndex, integer(e.sentenceIndex()));
    }

    private static Resource certainty(Certainty c) {
        return switch (c) {
            case CONFIRMED -> ARS.Confirmed;
            case PROBABLE -> ARS.Probable;
            case POSSIBLE -> ARS.Possible;
            case ALLEGED -> ARS.Alleged;
        };
    }

    private static boolean isEvent(Resource type) {
        return type.equals(ARS.Inspection) || type.equals(ARS.ArmsTransfer) || type.equals(ARS.Post)
                || type.equals(ARS.Affiliation);
    }

    static Node dateLiteral(DateValue d) {
        XSDDatatype dt = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.iso(), dt);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static void add(Set<Quad> out, Node g, Node s, Property p, Resource o) {
        out.add(new Quad(g, s, p.asNode(), o.asNode()));
    }

    private static void add(Set<Quad> out, Node g, Node s, Property p, Node o) {
        out.add(new Quad(g, s, p.asNode(), o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
