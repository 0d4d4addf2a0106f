package org.w3id.arsenal.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What did not match, per category: produced facts no gold fact matches, and gold facts nothing produced matches. */
public record Mismatches(Map<Category, List<Fact>> falsePositives, Map<Category, List<GoldFact>> misses) {

    public Mismatches {
        falsePositives = copy(falsePositives);
        misses = copy(misses);
    }

    public List<Fact> falsePositives(Category c) {
        return falsePositives.getOrDefault(c, List.of());
    }

    public List<GoldFact> misses(Category c) {
        return misses.getOrDefault(c, List.of());
    }

    public boolean isEmpty() {
        for (Category c : Category.values()) {
            if (!falsePositives(c).isEmpty() || !misses(c).isEmpty()) return false;
        }
        return true;
    }

    /**
     * One TAB-separated line per mismatch, for eval output: {@code category TAB fp|miss TAB fact line}, where the
     * fact line is a produced facts line or a gold line (alternatives as written). Categories in order, FPs first.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Category c : Category.values()) {
            for (Fact f : falsePositives(c)) out.add(c.id() + "\tfp\t" + FactsTsv.format(f));
            for (GoldFact g : misses(c)) out.add(c.id() + "\tmiss\t" + GoldFacts.format(g));
        }
        return out;
    }

    private static <T> Map<Category, List<T>> copy(Map<Category, List<T>> m) {
        EnumMap<Category, List<T>> out = new EnumMap<>(Category.class);
        m.forEach((c, l) -> out.put(c, List.copyOf(l)));
        return Collections.unmodifiableMap(out);
    }
}
