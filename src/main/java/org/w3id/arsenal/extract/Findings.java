package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.w3id.arsenal.claim.Certainty;
import org.w3id.arsenal.claim.Evidence;
import org.w3id.arsenal.time.DateValue;

/** What the rules found in one report, before it is turned into claims. */
final class Findings {

    /** Where a finding was stated and how hedged. */
    record Source(Evidence evidence, Certainty certainty, Optional<String> attribution) {
        Source weaker(Certainty other) {
            return new Source(evidence, certainty.weakest(other), attribution);
        }
    }

    /** A visit, inspection or field guidance. {@code dateStated}: the sentence gave a date, resolvable or not. */
    static final class Visit {
        final Ent visitor;
        final Ent site;
        final Source source;
        final List<Ent> companions = new ArrayList<>();
        final List<Ent> guides = new ArrayList<>();
        final List<Source> companionSources = new ArrayList<>();
        Optional<DateValue> date;
        boolean dateStated;
        boolean otherOccasion;

        Visit(Ent visitor, Ent site, Source source, Optional<DateValue> date, boolean dateStated) {
            this.visitor = visitor;
            this.site = site;
            this.source = source;
            this.date = date;
            this.dateStated = dateStated;
        }
    }

    record Transfer(Ent supplier, Ent recipient, Ent item, Optional<DateValue> date, Source source) {}

    record Link(Ent subject, Property property, Ent object, Source source) {}

    record PostHeld(Ent person, String title, Ent organization, Source source) {}

    record Tie(Ent person, Ent target, boolean former, Source source) {}

    final List<Visit> visits = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<PostHeld> posts = new ArrayList<>();
    final List<Tie> ties = new ArrayList<>();
}
