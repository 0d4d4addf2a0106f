package org.w3id.arsenal.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.w3id.arsenal.time.DateValue;

/**
 * Compares produced facts with gold facts (FACTS.md "Matching").
 *
 * <ul>
 *   <li>entities: entity facts, matched on kind and subject;</li>
 *   <li>relations: relation facts, matched on kind, subject and object ({@code when}, {@code item} ignored);</li>
 *   <li>dated: every relation fact, matched on kind, subject, object and {@code when}
 *       ({@link GoldFact#whenMatches}).</li>
 * </ul>
 * Matching is not one-to-one: a produced fact counts as matched when it matches any gold fact, a gold fact when any
 * produced fact matches it. Facts that are identical after normalization count once, on both sides: produced facts
 * by normalized labels (plus {@code when} for dated), gold facts by normalized alternatives (plus {@code when} for
 * dated). So seed-000's dated and undated visit of the same plant are one gold relation but two dated ones.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Score score(List<Fact> produced, List<GoldFact> gold) {
        return new Score(compare(Category.ENTITIES, produced, gold).prf,
                compare(Category.RELATIONS, produced, gold).prf,
                compare(Category.DATED, produced, gold).prf);
    }

    /** The false positives and misses of each category, each counted once (first occurrence kept). */
    public static Mismatches explain(List<Fact> produced, List<GoldFact> gold) {
        Map<Category, List<Fact>> fps = new EnumMap<>(Category.class);
        Map<Category, List<GoldFact>> misses = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            Outcome o = compare(c, produced, gold);
            fps.put(c, o.falsePositives);
            misses.put(c, o.misses);
        }
        return new Mismatches(fps, misses);
    }

    private static final class Outcome {
        PRF prf;
        final List<Fact> falsePositives = new ArrayList<>();
        final List<GoldFact> misses = new ArrayList<>();
    }

    private static Outcome compare(Category c, List<Fact> produced, List<GoldFact> gold) {
        boolean entities = c == Category.ENTITIES, dated = c == Category.DATED;
        Predicate<FactKind> inScope = k -> k.isEntity() == entities;
        BiPredicate<GoldFact, Fact> match = dated ? GoldFact::matchesDated : GoldFact::matches;

        Map<String, Fact> p = new LinkedHashMap<>();
        for (Fact f : produced) {
            if (inScope.test(f.kind())) p.putIfAbsent(producedKey(f, dated), f);
        }
        Map<String, GoldFact> g = new LinkedHashMap<>();
        for (GoldFact f : gold) {
            if (inScope.test(f.kind())) g.putIfAbsent(f.key() + (dated ? "\t" + iso(f.when()) : ""), f);
        }

        Outcome o = new Outcome();
        int pm = 0, gm = 0;
        for (Fact f : p.values()) {
            if (g.values().stream().anyMatch(x -> match.test(x, f))) pm++;
            else o.falsePositives.add(f);
        }
        for (GoldFact x : g.values()) {
            if (p.values().stream().anyMatch(f -> match.test(x, f))) gm++;
            else o.misses.add(x);
        }
        o.prf = new PRF(pm, p.size(), gm, g.size());
        return o;
    }

    private static String producedKey(Fact f, boolean dated) {
        String key = f.kind().id() + "\t" + Labels.normalize(f.subject()) + "\t" + Labels.normalize(f.object());
        return dated ? key + "\t" + iso(f.when()) : key;
    }

    private static String iso(Optional<DateValue> when) {
        return when.map(DateValue::iso).orElse("");
    }
}
