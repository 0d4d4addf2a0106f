package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.arsenal.time.DateValue;

/** Report-wide passes run after the last sentence. */
final class Narrative {

    private Narrative() {}

    /**
     * A report usually narrates one tour: the first visit whose sentence gives a date (resolvable or not) and
     * is not marked as another occasion ("last toured …") dates the visits whose sentences give none.
     */
    static void carryDates(Findings found) {
        Findings.Visit episode = null;
        for (Findings.Visit v : found.visits) {
            if (v.dateStated && !v.otherOccasion) {
                episode = v;
                break;
            }
        }
        if (episode == null) return;
        for (Findings.Visit v : found.visits) {
            if (!v.dateStated) v.date = episode.date;
        }
    }

    /**
     * Repeated mentions of one product kind become one entity: a less specific mention of the same head
     * ("shells" after "shells of large-caliber multiple rocket launchers") joins the one more specific mention;
     * a mention of a broader kind ("specialized machinery") joins the only narrower product of the report
     * ("CNC machines"). Where several would fit, the bare mention names none of them and is not output.
     */
    static void mergeProducts(Discourse d, Findings found) {
        List<Ent> products = new ArrayList<>();
        for (Ent e : d.entities.values()) if (e.kind == Ent.Kind.PRODUCT) products.add(e);
        // same kind and nearly the same qualifying words: "CNC machinery" and "CNC machines"; "large-caliber
        // multiple rocket launcher shells" and "shells of ultra-precision large-caliber multiple rocket launchers"
        for (int i = 0; i < products.size(); i++) {
            Ent p = products.get(i);
            for (int j = 0; j < i && p.canonical == null; j++) {
                Ent q = products.get(j).resolve();
                if (q != p && q.type.equals(p.type) && !q.generic && similar(q.qualifiers(), p.qualifiers())) {
                    join(p, q);
                }
            }
        }
        for (Ent p : products) {
            List<Ent> wider = new ArrayList<>();
            if (p.canonical != null) continue;
            for (Ent q : products) {
                // a bare head ("shells") takes its kind from the specific mention ("MLRS shells" are rocket shells)
                if (q != p && q.head.equals(p.head) && q.words.containsAll(p.words) && q.words.size() > p.words.size()
                        && (Taxonomy.INSTANCE.isA(q.type, p.type) || p.qualifiers().isEmpty())) {
                    wider.add(q);
                }
            }
            Set<Ent> targets = maximal(wider);
            if (targets.size() == 1) {
                join(p, targets.iterator().next());
            } else if (targets.size() > 1) {
                p.onlyModifier = true;
            }
        }
        for (Ent p : products) {
            if (p.canonical != null || p.onlyModifier || hasDesignation(p)) continue;
            Set<Ent> narrower = new HashSet<>();
            for (Ent q : products) {
                Ent rq = q.resolve();
                if (rq != p && !rq.type.equals(p.type) && Taxonomy.INSTANCE.isA(rq.type, p.type) && !rq.onlyModifier) {
                    narrower.add(rq);
                }
            }
            if (narrower.size() == 1) join(p, narrower.iterator().next());
        }
    }

    /** At least three quarters of the qualifying words shared, and not empty. */
    private static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() * 4 >= union.size() * 3;
    }

    private static Set<Ent> maximal(List<Ent> candidates) {
        Set<Ent> out = new HashSet<>();
        for (Ent c : candidates) out.add(c.resolve());
        return out;
    }

    private static void join(Ent from, Ent into) {
        if (from == into) return;
        from.canonical = into;
        into.aliases.add(from.label);
        into.aliases.addAll(from.aliases);
        into.mentions.addAll(from.mentions);
        into.onlyModifier &= from.onlyModifier;
        into.related |= from.related;
    }

    private static boolean hasDesignation(Ent p) {
        return p.label.matches(".*[A-Za-z]-\\d.*");
    }

}
