package org.w3id.arsenal.extract;

import java.util.ArrayList;
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
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.claim.Thing;
import org.w3id.arsenal.report.Report;
import org.w3id.arsenal.time.DateValue;
import org.w3id.arsenal.time.Precision;
import org.w3id.arsenal.vocab.ARS;

/**
 * Turns a report's findings into things and claims with deterministic IRIs: the same report always gives the
 * same IRIs, and an event's IRI depends on what it is (who, where, which sentence), not on rule order.
 */
final class ClaimAssembler {

    private final Report report;
    private final String slug;
    private final Discourse d;
    private final Findings found;
    private final Map<String, Thing> things = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();

    ClaimAssembler(Report report, String slug, Discourse d, Findings found) {
        this.report = report;
        this.slug = slug;
        this.d = d;
        this.found = found;
    }

    ExtractedReport assemble() {
        for (Ent e : d.entities.values()) if (salient(e)) thing(e);
        visits();
        transfers();
        links();
        posts();
        ties();
        return new ExtractedReport(report, ReportIds.iri(report), report.body(), List.copyOf(things.values()),
                List.copyOf(claims.values()), List.of());
    }

    private static boolean salient(Ent e) {
        if (e.canonical != null || e.isSet || e.mentions.isEmpty()) return false;
        if (e.kind != Ent.Kind.PRODUCT) return true;
        // catch-all words ("weapons", "ammunition") name no product kind, even as what a plant makes
        return !e.generic && (e.related || !e.onlyModifier);
    }

    /** Registers an entity as a thing of the report (once) and returns its IRI, or null for a set. */
    private String thing(Ent raw) {
        Ent e = raw.resolve();
        if (e.isSet) return null;
        things.computeIfAbsent(e.iri, k -> new Thing(e.iri, typeOf(e), e.label, new TreeSet<>(e.aliases),
                List.copyOf(new LinkedHashSet<>(e.mentions)), e.known));
        return e.iri;
    }

    private static Resource typeOf(Ent e) {
        if (e.kind == Ent.Kind.PERSON && !e.known && e.official) return ARS.Official;
        if (e.kind == Ent.Kind.PERSON && e.known && e.type.equals(ARS.Person) && e.official) return ARS.Official;
        return e.type;
    }

    private void visits() {
        for (Findings.Visit v : found.visits) {
            if (v.site.resolve().isSet) continue;
            String visitor = thing(v.visitor);
            String site = thing(v.site);
            // one event per visitor, site and date: a report that tells the same visit twice (summary, then the
            // state-media text) describes one inspection, with evidence from both sentences
            String iri = Iris.event("inspection", slug, visitor, site, v.date.map(DateValue::iso).orElse(""));
            if (things.containsKey(iri)) {
                companions(iri, v);
                continue;
            }
            String when = v.date.map(dv -> " (" + dv.iso() + ")").orElse("");
            event(iri, ARS.Inspection, "visit by " + v.visitor.resolve().label + " to " + v.site.resolve().label + when,
                    v.source.evidence());
            claim(iri, ARS.visitor, iri(visitor), v.source);
            claim(iri, ARS.site, iri(site), v.source);
            companions(iri, v);
            dates(iri, v.date, v.source);
        }
    }

    private void companions(String iri, Findings.Visit v) {
        for (int i = 0; i < v.companions.size(); i++) {
            Ent c = v.companions.get(i);
            Findings.Source src = v.companionSources.get(i);
            claim(iri, v.guides.contains(c) ? ARS.guidedBy : ARS.accompaniedBy, iri(thing(c)), src);
        }
    }

    private void transfers() {
        for (Findings.Transfer t : found.transfers) {
            String supplier = thing(t.supplier());
            String recipient = thing(t.recipient());
            String item = t.item() == null || t.item().resolve().generic ? null : thing(t.item());
            String iri = Iris.event("transfer", slug, supplier, recipient, item, t.date().map(DateValue::iso).orElse(""));
            if (things.containsKey(iri)) continue;
            event(iri, ARS.ArmsTransfer, "transfer from " + t.supplier().label + " to " + t.recipient().label
                    + (t.item() == null ? "" : " of " + t.item().resolve().label), t.source().evidence());
            claim(iri, ARS.supplier, iri(supplier), t.source());
            claim(iri, ARS.recipient, iri(recipient), t.source());
            if (item != null) claim(iri, ARS.item, iri(item), t.source());
            dates(iri, t.date(), t.source());
        }
    }

    private void links() {
        Set<String> seen = new LinkedHashSet<>();
        for (Findings.Link l : found.links) {
            Ent s = l.subject().resolve();
            Ent o = l.object().resolve();
            if (s.isSet || o.isSet || s == o) continue;
            if (l.property().equals(ARS.produces) && (s.planned || o.generic)) continue;
            if (!seen.add(s.iri + " " + l.property() + " " + o.iri)) continue;
            claim(thing(s), l.property(), iri(thing(o)), l.source());
        }
    }

    private void posts() {
        for (Findings.PostHeld p : found.posts) {
            String person = thing(p.person());
            String iri = Iris.post(p.person().resolve().label, p.title());
            if (!things.containsKey(iri)) event(iri, ARS.Post, p.title(), p.source().evidence());
            claim(person, ARS.holdsPost, iri(iri), p.source());
            claim(iri, ARS.roleTitle, NodeFactory.createLiteralString(p.title()), p.source());
            if (p.organization() != null) claim(iri, ARS.postIn, iri(thing(p.organization())), p.source());
        }
    }

    private void ties() {
        for (Findings.Tie t : found.ties) {
            String person = thing(t.person());
            String target = thing(t.target());
            if (target == null) continue;
            String iri = Iris.affiliation(t.person().resolve().label, t.target().resolve().label);
            if (!things.containsKey(iri)) {
                event(iri, ARS.Affiliation, t.person().resolve().label + " – " + t.target().resolve().label
                        + (t.former() ? " (former)" : ""), t.source().evidence());
            }
            claim(iri, ARS.member, iri(person), t.source());
            claim(iri, ARS.affiliate, iri(target), t.source());
            if (t.former()) claim(iri, ARS.isFormer, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), t.source());
        }
    }

    private void dates(String event, Optional<DateValue> date, Findings.Source source) {
        if (date.isEmpty()) return;
        DateValue dv = date.get();
        if (dv.isInterval()) {
            claim(event, ARS.startDate, literal(dv.start().toString(), dv.precision()), source);
            claim(event, ARS.endDate, literal(dv.end().toString(), dv.precision()), source);
        } else {
            claim(event, ARS.date, literal(dv.iso(), dv.precision()), source);
        }
        Resource precision = switch (dv.precision()) {
            case DAY -> ARS.DayPrecision;
            case MONTH -> ARS.MonthPrecision;
            case YEAR -> ARS.YearPrecision;
        };
        claim(event, ARS.datePrecision, iri(precision.getURI()), source);
    }

    /** An xsd:date, xsd:gYearMonth or xsd:gYear literal, so the precision travels with the value. */
    static Node literal(String iso, Precision p) {
        XSDDatatype dt = switch (p) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(iso, dt);
    }

    private void event(String iri, Resource type, String label, Evidence ev) {
        things.putIfAbsent(iri, new Thing(iri, type, label, new TreeSet<>(), List.of(ev), false));
    }

    private void claim(String subject, Property p, Node object, Findings.Source source) {
        if (subject == null || object == null) return;
        String key = subject + " " + p.getURI() + " " + object;
        claims.putIfAbsent(key, new Claim(subject, p, object, source.evidence(), source.certainty(),
                source.attribution()));
    }

    private static Node iri(String iri) {
        return iri == null ? null : NodeFactory.createURI(iri);
    }
}
