package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.arsenal.claim.Certainty;
import org.w3id.arsenal.time.DateValue;
import org.w3id.arsenal.time.TimeMention;
import org.w3id.arsenal.time.TimeRelation;
import org.w3id.arsenal.vocab.ARS;

/**
 * The relation rules, applied to one sentence at a time: each looks for a trigger phrase from the lexicon and
 * takes its arguments from the mentions around it, within the trigger's clause.
 */
final class Rules {

    private final Vocabulary voc = Vocabulary.INSTANCE;
    private final NameFinder names = new NameFinder();
    private final Discourse d;
    private final Findings found;
    private final Gazetteer gazetteer;

    Rules(Discourse d, Findings found, Gazetteer gazetteer) {
        this.d = d;
        this.found = found;
        this.gazetteer = gazetteer;
    }

    /** A sentence with what was read from it, its time expressions (token spans) and its stance. */
    record Input(SentenceReader.Reading reading, List<Timed> times, Findings.Source source) {
        View v() {
            return reading.view();
        }
    }

    /** A time expression at tokens [from, to). */
    record Timed(int from, int to, TimeMention mention) {}

    void apply(Input in) {
        setMembers(in);
        describedFacilities(in);
        visits(in);
        accompaniment(in);
        production(in);
        locations(in);
        transfers(in);
        posts(in);
        ties(in);
    }

    // ---- sets: "two production sites … One of them appears to be X. The other is likely Y." ----

    private void setMembers(Input in) {
        View v = in.v();
        Ent set = d.focusSet;
        if (set == null) return;
        int copulaEnd = -1;
        boolean first = v.is(0, "one") && v.is(1, "of") && v.is(2, "them") || v.is(0, "the") && v.is(1, "first");
        boolean other = v.is(0, "the") && v.is(1, "other", "second", "latter");
        if (!first && !other) return;
        for (int i = 2; i < Math.min(v.size(), 8); i++) {
            if (v.is(i, "is", "was", "be", "are")) copulaEnd = i + 1;
        }
        if (copulaEnd < 0) return;
        for (Mention m : in.reading().mentions()) {
            if (m.from() >= copulaEnd && m.ent().kind == Ent.Kind.FACILITY && !m.ent().isSet) {
                addMember(set, m.ent(), in.source());
                return;
            }
        }
    }

    private void addMember(Ent set, Ent member, Findings.Source source) {
        if (set.members.contains(member)) return;
        set.members.add(member);
        for (Findings.Visit sv : new ArrayList<>(found.visits)) {
            if (sv.site == set) {
                Findings.Visit mv = new Findings.Visit(sv.visitor, member, source.weaker(sv.source.certainty()),
                        sv.date, sv.dateStated);
                mv.otherOccasion = sv.otherOccasion;
                found.visits.add(mv);
            }
        }
        for (Findings.Link l : new ArrayList<>(found.links)) {
            if (l.subject() == set) found.links.add(new Findings.Link(member, l.property(), l.object(), source));
        }
        d.focusFacility = member;
    }

    // ---- what a described facility's own words say ----

    private void describedFacilities(Input in) {
        SentenceReader.Reading r = in.reading();
        for (FacilityPhrase f : r.facilities()) {
            Mention m = r.facilityMentions().get(f);
            if (m == null) continue;
            Ent fac = m.ent();
            if ((f.shape() == FacilityPhrase.Shape.DESCRIBED || f.shape() == FacilityPhrase.Shape.SET) && !f.planned()) {
                for (ProductPhrase p : f.products()) {
                    Ent product = r.productEnts().get(p);
                    product.related = true;
                    found.links.add(new Findings.Link(fac, ARS.produces, product, in.source()));
                }
            }
            if (f.placeFrom() >= 0) {
                Mention place = mentionAt(r, f.placeFrom());
                if (place != null) found.links.add(new Findings.Link(fac, ARS.locatedIn, place.ent(), in.source()));
            }
        }
    }

    // ---- visits ----

    private void visits(Input in) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        int[] clause = clauses(v);
        List<Findings.Visit> here = new ArrayList<>();
        for (int t = 0; t < v.size(); t++) {
            for (Vocabulary.Trigger trig : voc.visitTriggers) {
                int end = v.match(t, trig.tokens());
                if (end < 0) continue;
                verbalVisit(in, t, end, clause, here);
                t = end - 1;
                break;
            }
        }
        for (int t = 0; t < v.size(); t++) {
            for (Vocabulary.Trigger noun : voc.visitNouns) {
                int end = v.match(t, noun.tokens());
                if (end < 0) continue;
                nominalVisit(in, t, end, clause, here);
                break;
            }
        }
        for (Findings.Visit visit : here) {
            if (visit.site != null && visit.site.kind == Ent.Kind.FACILITY) d.focusFacility = visit.site.isSet ? d.focusFacility : visit.site;
        }
    }

    private void verbalVisit(Input in, int t, int end, int[] clause, List<Findings.Visit> here) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        boolean passive = t > 0 && v.is(t - 1, "was", "were", "been", "being") && v.is(end, "by");
        Ent visitor = null;
        List<Ent> sites = new ArrayList<>();
        if (passive) {
            for (Mention m : r.mentions()) {
                if (m.from() > end && visitor == null && SentenceReader.isPerson(m.ent())) visitor = m.ent();
                if (m.to() <= t && clause[m.from()] == clause[t] && isSite(m)) sites.add(m.ent());
            }
        } else {
            visitor = subjectBefore(r, t, clause);
            if (visitor == null && v.lw[t].endsWith("ing")) visitor = firstPerson(r);
            for (Mention m : r.mentions()) {
                if (m.from() >= end && clause[m.from()] == clause[t] && isSite(m) && !sites.contains(m.ent())) {
                    if (!sites.isEmpty() && !joined(v, lastTo(r, sites), m.from())) break;
                    sites.add(m.ent());
                }
            }
            if (sites.isEmpty()) {
                Ent implicit = implicitFacility(in, end);
                if (implicit != null) sites.add(implicit);
            }
        }
        if (visitor == null || !SentenceReader.isPerson(visitor)) return;
        for (Ent site : sites) addVisit(in, visitor, site, t, clause, here);
    }

    /** "acquainted himself with the production of new serial small arms": a factory making them. */
    private Ent implicitFacility(Input in, int at) {
        View v = in.v();
        int j = at;
        if (v.is(j, "the")) j++;
        if (!(v.is(j, "production") && v.is(j + 1, "of"))) return null;
        j += 2;
        if (v.is(j, "the")) j++;
        ProductPhrase p = FacilityFinder.startingAt(in.reading().products(), j);
        if (p == null) return null;
        Ent product = in.reading().productEnts().get(p);
        product.related = true;
        for (Findings.Link l : found.links) {
            if (l.property().equals(ARS.produces) && l.object() == product && l.subject().described) return l.subject();
        }
        FacilityPhrase described = new FacilityPhrase(j, p.to(), FacilityPhrase.Shape.DESCRIBED, ARS.Factory,
                "factory producing " + p.label(), List.of(p), -1, false, 0, 0);
        Ent fac = d.described(described);
        fac.mention(SentenceReader.span(v, p.from(), p.to()), fac.label);
        found.links.add(new Findings.Link(fac, ARS.produces, product, in.source()));
        return fac;
    }

    private void nominalVisit(Input in, int t, int end, int[] clause, List<Findings.Visit> here) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        Ent site = null;
        if (v.is(end, "to", "of", "at")) {
            int j = end + 1;
            for (Mention m : r.mentions()) {
                if (m.from() >= j && m.from() <= j + 6 && isSite(m)) {
                    site = m.ent();
                    break;
                }
            }
        }
        if (site == null) {
            for (Mention m : r.mentions()) if (m.to() == t && isSite(m)) site = m.ent(); // "the latest Huichon Ryonha visit"
        }
        if (site == null) return;
        Ent visitor = null;
        for (Mention m : r.mentions()) {
            if (m.to() <= t && m.to() >= t - 3 && SentenceReader.isPerson(m.ent())) visitor = m.ent();
        }
        if (visitor == null) visitor = subjectBefore(r, t, clause);
        if (visitor == null) visitor = d.pronounTarget();
        if (visitor == null) return;
        for (Findings.Visit h : here) if (h.site == site && h.visitor == visitor) return;
        addVisit(in, visitor, site, t, clause, here);
    }

    private void addVisit(Input in, Ent visitor, Ent site, int t, int[] clause, List<Findings.Visit> here) {
        for (Findings.Visit h : here) if (h.site == site && h.visitor == visitor) return;
        Timed when = timeFor(in, t, clause);
        Optional<DateValue> date = Optional.empty();
        if (when != null) {
            date = when.mention().value();
            if (when.mention().relation() == TimeRelation.AFTER || when.mention().relation() == TimeRelation.BEFORE) {
                date = date.map(DateValue::toYear);
            }
        }
        Findings.Visit visit = new Findings.Visit(visitor, site, in.source(), date, when != null);
        visit.otherOccasion = otherOccasion(in.v(), t, clause);
        if (!visitor.type.equals(ARS.Leader)) visitor.official = true;
        found.visits.add(visit);
        here.add(visit);
    }

    private static boolean otherOccasion(View v, int t, int[] clause) {
        for (int i = 0; i < v.size(); i++) {
            if (clause[i] == clause[t] && v.is(i, "last", "previous", "previously", "earlier", "ago", "former",
                    "latest", "again")) {
                return true;
            }
        }
        return false;
    }

    /** The time expression of a trigger's clause; else one elsewhere in the sentence, if it has exactly one. */
    private static Timed timeFor(Input in, int t, int[] clause) {
        List<Timed> own = new ArrayList<>();
        for (Timed tm : in.times()) if (!datesTheReport(in.v(), tm)) own.add(tm);
        for (Timed tm : own) if (clause[tm.from()] == clause[t]) return tm;
        return own.size() == 1 ? own.get(0) : null;
    }

    /** "KCNA reported on Friday that …": the date of the report, not of what it reports. */
    private static boolean datesTheReport(View v, Timed tm) {
        return v.is(tm.from() - 1, "reported", "said", "announced", "released", "published", "showed", "stated")
                || v.is(tm.from() - 2, "reported", "said", "announced", "released", "published");
    }

    // ---- who went with the leader ----

    private void accompaniment(Input in) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        for (int t = 0; t < v.size(); t++) {
            for (Vocabulary.Trigger trig : voc.accompanyTriggers) {
                int end = v.match(t, trig.tokens());
                if (end < 0) continue;
                if (visitTriggerAt(v, t)) break; // "guided … on the spot" is a visit, not a guide
                String[] tag = trig.tag().split("\t");
                boolean guide = tag[0].equals("guide");
                List<Ent> people = new ArrayList<>();
                Ent leader = null;
                if (tag[1].equals("after")) {
                    for (Mention m : r.mentions()) {
                        if (m.from() >= end && SentenceReader.isPerson(m.ent()) && m.form() != Mention.Form.PRONOUN) {
                            people.add(m.ent());
                        }
                    }
                } else if (t > 0 && v.is(t - 1, "official", "officials", "man", "officer")) {
                    // "The official guiding Kim appeared to be Kim Chol"
                    for (int k = end; k < v.size(); k++) {
                        if (v.is(k, "be", "is", "was")) {
                            for (Mention m : r.mentions()) {
                                if (m.from() > k && SentenceReader.isPerson(m.ent())) {
                                    people.add(m.ent());
                                    break;
                                }
                            }
                            break;
                        }
                    }
                    leader = personAt(r, end);
                } else {
                    for (Mention m : r.mentions()) {
                        if (m.to() <= t && SentenceReader.isPerson(m.ent()) && m.form() != Mention.Form.PRONOUN) {
                            people.add(m.ent());
                        }
                    }
                    leader = personAt(r, end);
                }
                attachCompanions(in, people, leader, guide);
                t = end - 1;
                break;
            }
        }
    }

    private boolean visitTriggerAt(View v, int t) {
        for (Vocabulary.Trigger vt : voc.visitTriggers) if (v.match(t, vt.tokens()) > 0) return true;
        return false;
    }

    private void attachCompanions(Input in, List<Ent> people, Ent leader, boolean guide) {
        Findings.Visit target = null;
        for (int i = found.visits.size() - 1; i >= 0 && target == null; i--) {
            Findings.Visit vis = found.visits.get(i);
            if ((leader == null || vis.visitor == leader) && !vis.site.isSet) target = vis;
        }
        if (target == null) {
            for (int i = found.visits.size() - 1; i >= 0 && target == null; i--) {
                if (leader == null || found.visits.get(i).visitor == leader) target = found.visits.get(i);
            }
        }
        if (target == null) return;
        for (Ent p : people) {
            if (p == target.visitor || target.companions.contains(p)) continue;
            target.companions.add(p);
            target.companionSources.add(in.source());
            if (guide) target.guides.add(p);
            if (!p.type.equals(ARS.Leader)) p.official = true;
        }
    }

    // ---- production ----

    private void production(Input in) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        int[] clause = clauses(v);
        for (int t = 0; t < v.size(); t++) {
            for (Vocabulary.Trigger trig : voc.produceTriggers) {
                int end = v.match(t, trig.tokens());
                if (end < 0) continue;
                Ent facility = null;
                for (Mention m : r.mentions()) {
                    if (m.to() <= t && clause[m.from()] == clause[t] && m.ent().kind == Ent.Kind.FACILITY
                            && !m.ent().isSet && facility == null) {
                        facility = m.ent();
                    }
                }
                boolean passive = facility == null && v.is(end, "at", "by", "in");
                List<ProductPhrase> made = new ArrayList<>();
                if (passive) {
                    Mention m = firstMentionFrom(r, end + 1, Ent.Kind.FACILITY);
                    ProductPhrase p = FacilityFinder.endingAt(r.products(), t - (v.is(t - 1, "being", "been",
                            "are", "were", "is", "was") ? 1 : 0));
                    if (m != null && p != null) {
                        facility = m.ent();
                        made.add(p);
                    }
                } else {
                    made.addAll(productsAfter(r, end));
                }
                if (facility != null && !facility.planned) {
                    for (ProductPhrase p : made) {
                        Ent product = r.productEnts().get(p);
                        product.related = true;
                        found.links.add(new Findings.Link(facility, ARS.produces, product, in.source()));
                    }
                }
                t = end - 1;
                break;
            }
        }
    }

    /** Product phrases right after a trigger, skipping "the", "various kinds of" and the like, with "and" lists. */
    private static List<ProductPhrase> productsAfter(SentenceReader.Reading r, int at) {
        View v = r.view();
        int j = at;
        while (v.is(j, "the", "a", "an", "various", "new", "kinds", "kind", "types", "type", "of", "more", "all",
                "different", "its", "their")) {
            j++;
        }
        List<ProductPhrase> out = new ArrayList<>();
        while (true) {
            ProductPhrase p = FacilityFinder.startingAt(r.products(), j);
            if (p == null) break;
            for (ProductPhrase q : r.products()) if (q.from() == p.from() && q.to() == p.to()) out.add(q);
            if (v.is(p.to(), "and", ",") && FacilityFinder.startingAt(r.products(), p.to() + 1) != null) {
                j = p.to() + 1;
            } else if (v.is(p.to(), ",") && v.is(p.to() + 1, "and")) {
                j = p.to() + 2;
            } else {
                break;
            }
        }
        return out;
    }

    // ---- location ----

    private void locations(Input in) {
        View v = in.v();
        List<Mention> ms = in.reading().mentions();
        for (int k = 0; k + 1 < ms.size(); k++) {
            Mention a = ms.get(k);
            Mention b = ms.get(k + 1);
            boolean aLocatable = a.ent().kind == Ent.Kind.FACILITY && a.form() != Mention.Form.SET
                    || a.ent().kind == Ent.Kind.PLACE;
            boolean bPlace = b.ent().kind == Ent.Kind.PLACE || b.ent().kind == Ent.Kind.COUNTRY;
            if (!aLocatable || !bPlace || a.form() == Mention.Form.PRONOUN || b.form() == Mention.Form.DEMONYM) {
                continue;
            }
            int gap = b.from() - a.to();
            boolean linked = gap == 1 && v.is(a.to(), "in", "near", "outside")
                    || gap == 2 && v.is(a.to(), "located", "based", "situated") && v.is(a.to() + 1, "in", "near")
                    || gap == 3 && v.is(a.to(), ",") && v.is(a.to() + 1, "located", "based") && v.is(a.to() + 2, "in")
                    || gap == 1 && v.is(a.to(), ",") && a.ent().kind == Ent.Kind.PLACE && !v.is(b.to(), "and");
            if (linked && a.ent() != b.ent()) {
                found.links.add(new Findings.Link(a.ent(), ARS.locatedIn, b.ent(), in.source()));
            }
        }
    }

    // ---- arms transfers ----

    private void transfers(Input in) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        int[] clause = clauses(v);
        for (int t = 0; t < v.size(); t++) {
            for (Vocabulary.Trigger trig : voc.exportTriggers) {
                int end = v.match(t, trig.tokens());
                if (end < 0) continue;
                if (negatedOrHypothetical(v, t, clause)) break;
                boolean to = trig.tag().equals("to");
                Ent before = null;
                int beforeTo = -1;
                for (Mention m : r.mentions()) {
                    if (m.to() <= t && clause[m.from()] == clause[t] && country(m.ent()) != null) {
                        before = country(m.ent());
                        beforeTo = m.to();
                    }
                }
                Ent after = null;
                String prep = to ? "to" : "from";
                for (int k = end; k < Math.min(v.size(), end + 12) && after == null; k++) {
                    if (!v.is(k, prep)) continue;
                    for (Mention m : r.mentions()) {
                        if (m.from() == k + 1 && country(m.ent()) != null) after = country(m.ent());
                    }
                }
                // "supplied Russia with artillery shells": the recipient right after the verb, the item after "with"
                Mention direct = to && after == null ? mentionAt(r, end) : null;
                if (direct != null && country(direct.ent()) != null && v.is(direct.to(), "with")) {
                    after = country(direct.ent());
                }
                if (to && before == null) before = byOrFrom(r, end);
                if (before == null || after == null || before == after) break;
                // no product, no arms transfer ("sent troops", "sent a delegation")
                Ent item = itemBetween(r, beforeTo < 0 ? t : beforeTo, end);
                if (item == null) break;
                Ent supplier = to ? before : after;
                Ent recipient = to ? after : before;
                Timed when = timeFor(in, t, clause);
                Optional<DateValue> date = when == null ? Optional.empty() : when.mention().value();
                found.transfers.add(new Findings.Transfer(supplier, recipient, item, date, in.source()));
                t = end - 1;
                break;
            }
        }
    }

    /** "were shipped to Russia from North Korea": the supplier after "from"/"by". */
    private Ent byOrFrom(SentenceReader.Reading r, int at) {
        View v = r.view();
        for (Mention m : r.mentions()) {
            if (m.from() > at && v.is(m.from() - 1, "from", "by") && country(m.ent()) != null) return country(m.ent());
        }
        return null;
    }

    private static Ent itemBetween(SentenceReader.Reading r, int from, int triggerEnd) {
        for (ProductPhrase p : r.products()) {
            if (p.from() >= from - 1 && p.from() < triggerEnd + 10 && !r.productEnts().get(p).isSet) {
                Ent e = r.productEnts().get(p);
                e.related = true;
                return e;
            }
        }
        return null;
    }

    private boolean negatedOrHypothetical(View v, int t, int[] clause) {
        for (int i = Math.max(0, t - 6); i < t; i++) {
            if (clause[i] != clause[t]) continue;
            if (v.is(i, "not", "n't", "never", "no", "denied", "deny", "denies", "will", "would", "could",
                    "might", "plans", "planning", "plan", "preparing", "prepare", "intends", "offered")) {
                return true;
            }
        }
        return false;
    }

    /** A country, or the country of a capital used for its government, or of a demonym; else null. */
    private Ent country(Ent e) {
        if (e.kind == Ent.Kind.COUNTRY) return e;
        if (e.kind != Ent.Kind.PLACE) return null;
        return gazetteer.countryOfCapital(e.iri).flatMap(gazetteer::byIri).map(c -> d.named(new Cand(0, 0, 0,
                Ent.Kind.COUNTRY, c.type(), c.label(), c.iri(), Cand.Form.NAME))).orElse(null);
    }

    // ---- posts and titles ----

    private void posts(Input in) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        List<Mention> ms = r.mentions();
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (!SentenceReader.isPerson(m.ent()) || m.form() == Mention.Form.PRONOUN) continue;
            // people listed before a shared title: "Kim Jae Ryong and Ri Hi Yong, department directors of …"
            List<Ent> people = new ArrayList<>(List.of(m.ent()));
            int end = m.to();
            int next = k + 1;
            while (next < ms.size() && SentenceReader.isPerson(ms.get(next).ent())
                    && ms.get(next).from() == end + 1 && v.is(end, "and", ",")) {
                people.add(ms.get(next).ent());
                end = ms.get(next).to();
                next++;
            }
            if (v.is(end, ",") || v.is(end, "(")) appositiveRoles(in, people, end + 1);
            titleBefore(in, m);
        }
    }

    private void appositiveRoles(Input in, List<Ent> people, int at) {
        View v = in.v();
        int j = at;
        while (true) {
            if (v.is(j, "a", "an", "the")) j++;
            int roleEnd = roleAt(v, j);
            if (roleEnd < 0) return;
            if (people.size() == 1 && Texts.isPlural(v.lw[roleEnd - 1])) return;
            int stop = roleEnd;
            if (v.is(stop, "of", "at", "for", "with", "in")) {
                stop++;
                while (stop < v.size() && !v.is(stop, ",", ";", ")", ".") && !(v.is(stop, "and") && roleAt(v, stop + 1) > 0)
                        && !v.is(stop, "who", "which", "said", "told")) {
                    stop++;
                }
            }
            String title = singularRole(v, j, roleEnd) + (stop > roleEnd ? " " + v.text(roleEnd, stop) : "");
            Ent org = orgIn(in.reading(), roleEnd, stop);
            for (Ent p : people) addPost(in, p, title, org, v.lw[j]);
            if (v.is(stop, "and") && roleAt(v, stop + 1) > 0) {
                j = stop + 1;
            } else {
                return;
            }
        }
    }

    /** "Department Director Jo Chun Ryong of the WPK Central Committee", "Minister of Munitions Industry Ri Song Hak". */
    private void titleBefore(Input in, Mention m) {
        View v = in.v();
        int j = m.from();
        int start = j;
        while (start - 1 >= 0 && v.cap(start - 1) && !v.is(start - 1, "the")) start--;
        // "Minister of Munitions Industry Ri Song Hak": a capitalised "X of Y" title
        if (start - 1 >= 0 && v.cap(start) && !names.roleStartsAt(v, start)) {
            int k = start - 1;
            while (k > 0 && v.cap(k) && !v.is(k, "of")) k--;
            if (v.is(k, "of") && k > 0 && v.cap(k - 1)) {
                int s = k - 1;
                while (s - 1 >= 0 && v.cap(s - 1)) s--;
                if (names.roleStartsAt(v, s)) start = s;
            }
        }
        if (start == j || !names.roleStartsAt(v, start)) return;
        String title = v.text(start, j);
        int stop = m.to();
        Ent org = orgIn(in.reading(), start, j);
        if (v.is(stop, "of") && org == null) {
            int e = stop + 1;
            while (e < v.size() && !v.is(e, ",", ";", ".", "and")) e++;
            org = orgIn(in.reading(), stop, e);
            if (org != null) title = title + " " + v.text(stop, e);
        }
        addPost(in, m.ent(), title, org, v.lw[start]);
    }

    private int roleAt(View v, int j) {
        int best = names.roleEnd(v, j);
        if (best > 0) return best;
        // plural roles: "department directors"
        for (Vocabulary.Trigger r : voc.roles) {
            String[] t = r.tokens();
            int end = j + t.length;
            if (end > v.size()) continue;
            boolean ok = true;
            for (int k = 0; k < t.length && ok; k++) {
                String w = k == t.length - 1 ? Texts.singular(v.lw[j + k]) : v.lw[j + k];
                ok = w.equals(t[k]);
            }
            if (ok) return end;
        }
        return -1;
    }

    private static String singularRole(View v, int from, int to) {
        StringBuilder b = new StringBuilder(to - 1 > from ? v.text(from, to - 1) + " " : "");
        b.append(Texts.singular(v.tx[to - 1]));
        return b.toString().strip();
    }

    private Ent orgIn(SentenceReader.Reading r, int from, int to) {
        for (Mention m : r.mentions()) {
            if (m.from() >= from && m.to() <= to && (m.ent().kind == Ent.Kind.ORGANIZATION
                    || m.ent().kind == Ent.Kind.FACILITY && !m.ent().isSet)) {
                return m.ent();
            }
        }
        return null;
    }

    private void addPost(Input in, Ent person, String title, Ent org, String roleWord) {
        if (title.isBlank()) return;
        found.posts.add(new Findings.PostHeld(person, title, org, in.source()));
        if (!person.type.equals(ARS.Leader) && voc.officialTitles.contains(roleWord)) person.official = true;
        if (org != null && !person.type.equals(ARS.Leader)) {
            found.ties.add(new Findings.Tie(person, org, false, in.source()));
        }
    }

    // ---- affiliations: "formerly linked to an anti-aircraft missile complex" ----

    private void ties(Input in) {
        View v = in.v();
        SentenceReader.Reading r = in.reading();
        for (int t = 0; t < v.size(); t++) {
            int end = -1;
            for (String[] p : new String[][] {{"linked", "to"}, {"affiliated", "with"}, {"associated", "with"},
                    {"tied", "to"}, {"worked", "at"}, {"works", "at"}, {"worked", "for"}, {"works", "for"}}) {
                end = v.match(t, p);
                if (end > 0) break;
            }
            if (end < 0) continue;
            boolean former = v.is(t - 1, "formerly", "previously", "once") || v.is(t - 2, "formerly", "previously");
            Ent person = null;
            for (Mention m : r.mentions()) if (m.to() <= t && SentenceReader.isPerson(m.ent())) person = m.ent();
            Ent target = null;
            for (Mention m : r.mentions()) {
                if (m.from() >= end && m.from() <= end + 6 && target == null
                        && (m.ent().kind == Ent.Kind.ORGANIZATION || m.ent().kind == Ent.Kind.FACILITY)) {
                    target = m.ent();
                }
            }
            if (target == null) target = facilityLike(in, end);
            if (person != null && target != null) found.ties.add(new Findings.Tie(person, target, former, in.source()));
        }
    }

    /** "an anti-aircraft missile complex": a facility phrase the finder left unnamed because of its head. */
    private Ent facilityLike(Input in, int at) {
        for (FacilityPhrase f : in.reading().facilities()) {
            if (f.from() >= at && f.from() <= at + 2 && f.shape() == FacilityPhrase.Shape.DESCRIBED) {
                return d.described(f);
            }
        }
        return null;
    }

    // ---- helpers ----

    /** Clause numbers per token: a new clause after "; ", ", while", ", but" … */
    private static int[] clauses(View v) {
        int[] c = new int[v.size()];
        int n = 0;
        for (int i = 0; i < v.size(); i++) {
            if (v.clauseBreak(i)) n++;
            c[i] = n;
        }
        return c;
    }

    private static Ent subjectBefore(SentenceReader.Reading r, int t, int[] clause) {
        Ent best = null;
        for (Mention m : r.mentions()) {
            if (m.to() <= t && clause[m.from()] == clause[t] && SentenceReader.isPerson(m.ent())) best = m.ent();
        }
        return best;
    }

    private static Ent firstPerson(SentenceReader.Reading r) {
        for (Mention m : r.mentions()) if (SentenceReader.isPerson(m.ent())) return m.ent();
        return null;
    }

    private static Ent personAt(SentenceReader.Reading r, int at) {
        for (Mention m : r.mentions()) {
            if (m.from() >= at && m.from() <= at + 1 && SentenceReader.isPerson(m.ent())) return m.ent();
        }
        return null;
    }

    private static boolean isSite(Mention m) {
        return m.ent().kind == Ent.Kind.FACILITY;
    }

    private static int lastTo(SentenceReader.Reading r, List<Ent> sites) {
        int to = -1;
        for (Mention m : r.mentions()) if (sites.contains(m.ent())) to = Math.max(to, m.to());
        return to;
    }

    /** Are two mentions joined by a list ("X, Y and Z", "X and Y")? */
    private static boolean joined(View v, int prevTo, int nextFrom) {
        for (int i = prevTo; i < nextFrom; i++) {
            if (!v.is(i, ",", "and", "the", "a", "an", "as", "well", "including", "also")) return false;
        }
        return true;
    }

    private static Mention mentionAt(SentenceReader.Reading r, int from) {
        for (Mention m : r.mentions()) if (m.from() == from) return m;
        return null;
    }

    private static Mention firstMentionFrom(SentenceReader.Reading r, int from, Ent.Kind kind) {
        for (Mention m : r.mentions()) if (m.from() >= from && m.ent().kind == kind) return m;
        return null;
    }

    static Certainty weakest(Certainty a, Certainty b) {
        return a.weakest(b);
    }
}
