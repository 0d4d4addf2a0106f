package org.w3id.arsenal.facts;

import java.util.Objects;

/** The three scores of one report, or of several summed (micro-average). */
public record Score(PRF entities, PRF relations, PRF dated) {

    public static final Score ZERO = new Score(PRF.ZERO, PRF.ZERO, PRF.ZERO);

    public Score {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(dated, "dated");
    }

    /** Micro-average: counts are added, so a large report weighs more than a small one. */
    public Score plus(Score other) {
        return new Score(entities.plus(other.entities), relations.plus(other.relations), dated.plus(other.dated));
    }

    public PRF get(Category category) {
        switch (category) {
            case ENTITIES: return entities;
            case RELATIONS: return relations;
            default: return dated;
        }
    }
}
