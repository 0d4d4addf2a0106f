package org.w3id.arsenal.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.arsenal.claim.Claim;
import org.w3id.arsenal.claim.Evidence;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.claim.Thing;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.report.ReportFormat;
import org.w3id.arsenal.time.DateValue;
import org.w3id.arsenal.vocab.ARS;

/**
 * The rows of one source turned into what the text extraction makes of a report: things and claims with the
 * same IRIs and event shapes. The body is the source's distinct quotes joined by line breaks, so every evidence
 * offset points at its quote verbatim.
 */
final class SourceReport {

    private final String sourceName;
    private final String slug;
    private final String file;
    private final EntityNames names;
    private final StringBuilder body = new StringBuilder();
    private final Map<String, Evidence> quotes = new HashMap<>();
    private final Map<String, ThingBuilder> things = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final List<Visit> visits = new ArrayList<>();

    private record Visit(String iri, String visitor, String site, Optional<DateValue> date, String quote) {}

    SourceReport(String sourceName, String file, EntityNames names) {
        this.sourceName = sourceName;
        this.slug = Iris.slug(sourceName);
        this.file = file;
        this.names = names;
    }

    String iri() {
        return Iris.report(slug);
    }

    /** Adds one checked row; a row that cannot be placed (a companion with no visit) throws without a trace. */
    void add(RecordCheck.Row r) throws RecordCheck.Bad {
        switch (r.kind()) {
            case VISITED -> visited(r);
            case ACCOMPANIED -> accompanied(r);
            case PRODUCES -> link(r, ARS.produces, List.of(ARS.Facility), List.of(ARS.Product));
            case LOCATED_IN -> link(r, ARS.locatedIn, List.of(ARS.Facility, ARS.Place), List.of(ARS.Place, ARS.Country));
            case EXPORTS -> exports(r);
            case HOLDS_ROLE -> holdsRole(r);
            case AFFILIATED_WITH -> affiliated(r);
            default -> entity(r);
        }
    }

    ExtractedReport build() {
        Optional<String> url = sourceName.matches("(?i)https?://\\S+") ? Optional.of(sourceName) : Optional.empty();
        Report report = new Report(file, ReportFormat.TEXT, Optional.of(sourceName), Optional.empty(),
                Optional.empty(), url, Optional.empty(), body.toString(), List.of(), List.of());
        List<Thing> out = things.values().stream().map(ThingBuilder::build).toList();
        return new ExtractedReport(report, iri(), body.toString(), out, List.copyOf(claims.values()), List.of());
    }

    private void entity(RecordCheck.Row r) {
        EntityNames.Entity e = names.resolve(r.subject(), List.of(RecordTypes.of(r.kind())));
        thing(e, r.subject(), r.quote().isEmpty() ? null : evidence(r));
    }

    private void visited(RecordCheck.Row r) {
        Evidence ev = evidence(r);
        String visitor = named(r.subject(), List.of(ARS.Person), ev);
        String site = named(r.object(), List.of(ARS.Facility, ARS.Place), ev);
        inspection(r, visitor, site, ev);
    }

    private String inspection(RecordCheck.Row r, String visitor, String site, Evidence ev) {
        String iri = Iris.event("inspection", slug, visitor, site, ev.sentenceIndex());
        String when = r.date().map(d -> " (" + d.iso() + ")").orElse("");
        event(iri, ARS.Inspection, "visit by " + label(visitor) + " to " + label(site) + when, ev);
        claim(iri, ARS.visitor, uri(visitor), ev, r);
        claim(iri, ARS.site, uri(site), ev, r);
        dates(iri, r.date(), ev, r);
        visits.add(new Visit(iri, visitor, site, r.date(), ev.quote()));
        return iri;
    }

    /** A companion joins the source's visit by the same leader (to the item's site, on the row's date if given). */
    private void accompanied(RecordCheck.Row r) throws RecordCheck.Bad {
        String leader = names.resolve(r.object(), List.of(ARS.Person)).iri();
        String site = r.item().isEmpty() ? null : names.resolve(r.item(), List.of(ARS.Facility, ARS.Place)).iri();
        List<Visit> match = new ArrayList<>();
        for (Visit v : visits) {
            if (v.visitor().equals(leader) && (site == null || v.site().equals(site))
                    && (r.date().isEmpty() || r.date().equals(v.date()))) {
                match.add(v);
            }
        }
        // several fit: the one quoting the same sentence, if exactly that one does
        List<Visit> sameQuote = match.stream().filter(v -> v.quote().equals(r.quote())).toList();
        if (match.size() > 1 && !sameQuote.isEmpty()) match = new ArrayList<>(sameQuote);
        Set<String> events = new LinkedHashSet<>();
        match.forEach(v -> events.add(v.iri()));
        if (events.size() > 1) {
            throw new RecordCheck.Bad("accompanied: " + events.size() + " visits by " + r.object() + " in source '"
                    + sourceName + "' fit; name the site in item, or give the date, to pick one");
        }
        if (events.isEmpty() && site == null) {
            throw new RecordCheck.Bad("accompanied: no visited row by " + r.object() + " in source '" + sourceName
                    + "'" + r.date().map(d -> " on " + d.iso()).orElse("") + " to attach the companion to; add one, "
                    + "or name the site visited in item");
        }
        Evidence ev = evidence(r);
        String companion = named(r.subject(), List.of(ARS.Person), ev);
        String event = events.isEmpty()
                ? inspection(r, named(r.object(), List.of(ARS.Person), ev), named(r.item(), List.of(ARS.Facility, ARS.Place), ev), ev)
                : events.iterator().next();
        if (!events.isEmpty()) named(r.object(), List.of(ARS.Person), ev);
        claim(event, ARS.accompaniedBy, uri(companion), ev, r);
    }

    private void link(RecordCheck.Row r, Property p, List<Resource> subjectTypes, List<Resource> objectTypes) {
        Evidence ev = evidence(r);
        String s = named(r.subject(), subjectTypes, ev);
        String o = named(r.object(), objectTypes, ev);
        claim(s, p, uri(o), ev, r);
    }

    private void exports(RecordCheck.Row r) {
        Evidence ev = evidence(r);
        String supplier = named(r.subject(), List.of(ARS.Country), ev);
        String recipient = named(r.object(), List.of(ARS.Country), ev);
        String item = r.item().isEmpty() ? null : named(r.item(), List.of(ARS.Product), ev);
        String iri = Iris.event("transfer", slug, supplier, recipient, ev.sentenceIndex());
        event(iri, ARS.ArmsTransfer, "transfer from " + label(supplier) + " to " + label(recipient)
                + (item == null ? "" : " of " + label(item)), ev);
        claim(iri, ARS.supplier, uri(supplier), ev, r);
        claim(iri, ARS.recipient, uri(recipient), ev, r);
        if (item != null) claim(iri, ARS.item, uri(item), ev, r);
        dates(iri, r.date(), ev, r);
    }

    private void holdsRole(RecordCheck.Row r) {
        Evidence ev = evidence(r);
        String person = named(r.subject(), List.of(ARS.Person), ev);
        String iri = Iris.post(label(person), r.object());
        event(iri, ARS.Post, r.object(), ev);
        claim(person, ARS.holdsPost, uri(iri), ev, r);
        claim(iri, ARS.roleTitle, NodeFactory.createLiteralString(r.object()), ev, r);
        if (!r.item().isEmpty()) claim(iri, ARS.postIn, uri(named(r.item(), List.of(ARS.Organization), ev)), ev, r);
    }

    private void affiliated(RecordCheck.Row r) {
        Evidence ev = evidence(r);
        String person = named(r.subject(), List.of(ARS.Person), ev);
        String target = named(r.object(), List.of(ARS.Organization, ARS.Facility), ev);
        String iri = Iris.affiliation(label(person), label(target));
        event(iri, ARS.Affiliation, label(person) + " – " + label(target), ev);
        claim(iri, ARS.member, uri(person), ev, r);
        claim(iri, ARS.affiliate, uri(target), ev, r);
    }

    /** Same encoding as the text extraction: a date or a start/end pair, typed by precision, plus the precision. */
    private void dates(String event, Optional<DateValue> date, Evidence ev, RecordCheck.Row r) {
        if (date.isEmpty()) return;
        DateValue d = date.get();
        if (d.isInterval()) {
            claim(event, ARS.startDate, dateLiteral(d.start().toString(), d), ev, r);
            claim(event, ARS.endDate, dateLiteral(d.end().toString(), d), ev, r);
        } else {
            claim(event, ARS.date, dateLiteral(d.iso(), d), ev, r);
        }
        Resource precision = switch (d.precision()) {
            case DAY -> ARS.DayPrecision;
            case MONTH -> ARS.MonthPrecision;
            case YEAR -> ARS.YearPrecision;
        };
        claim(event, ARS.datePrecision, uri(precision.getURI()), ev, r);
    }

    private static Node dateLiteral(String iso, DateValue d) {
        XSDDatatype dt = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(iso, dt);
    }

    /** The row's quote (or, with none, the record itself as text) as a sentence of the body. */
    private Evidence evidence(RecordCheck.Row r) {
        String quote = r.quote().isEmpty() ? RecordTypes.asText(r) : r.quote();
        return quotes.computeIfAbsent(quote, q -> {
            if (body.length() > 0) body.append('\n');
            int begin = body.length();
            body.append(q);
            return new Evidence(quotes.size(), begin, body.length(), q);
        });
    }

    private String named(String name, List<Resource> roleTypes, Evidence ev) {
        return thing(names.resolve(name, roleTypes), name, ev);
    }

    private String thing(EntityNames.Entity e, String surface, Evidence ev) {
        ThingBuilder t = things.computeIfAbsent(e.iri(), k -> new ThingBuilder(e.iri(), e.type(), e.label(), e.known()));
        if (!surface.equals(t.label)) t.aliases.add(surface);
        if (ev != null) t.mention(ev, surface);
        return e.iri();
    }

    private void event(String iri, Resource type, String label, Evidence ev) {
        things.computeIfAbsent(iri, k -> new ThingBuilder(iri, type, label, false)).mentions.add(ev);
    }

    private void claim(String subject, Property p, Node object, Evidence ev, RecordCheck.Row r) {
        claims.putIfAbsent(subject + " " + p.getURI() + " " + object,
                new Claim(subject, p, object, ev, r.certainty(), Optional.empty()));
    }

    private String label(String iri) {
        return things.get(iri).label;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A thing as it accumulates over the rows of the source. */
    private static final class ThingBuilder {
        final String iri;
        final Resource type;
        final String label;
        final boolean known;
        final TreeSet<String> aliases = new TreeSet<>();
        final Set<Evidence> mentions = new LinkedHashSet<>();

        ThingBuilder(String iri, Resource type, String label, boolean known) {
            this.iri = iri;
            this.type = type;
            this.label = label;
            this.known = known;
        }

        /** A mention is the name's exact span in the sentence (any case), when the sentence contains it. */
        void mention(Evidence sentence, String surface) {
            String q = sentence.quote();
            for (String form : List.of(surface, label)) {
                for (int at = 0; at + form.length() <= q.length(); at++) {
                    if (q.regionMatches(true, at, form, 0, form.length())) {
                        int begin = sentence.begin() + at;
                        mentions.add(new Evidence(sentence.sentenceIndex(), begin, begin + form.length(),
                                q.substring(at, at + form.length())));
                        return;
                    }
                }
            }
        }

        Thing build() {
            return new Thing(iri, type, label, aliases, List.copyOf(mentions), known);
        }
    }
}
