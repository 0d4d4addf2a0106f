package org.w3id.arsenal.claim;

/** How hedged a claim is, from its cues; ordered from most to least certain. */
public enum Certainty {
    /** Stated without hedge. */
    CONFIRMED,
    /** "likely", "probably", "believed to". */
    PROBABLE,
    /** "appears to be", "may", "could", "possibly". */
    POSSIBLE,
    /** "reportedly", "allegedly", "suspected", claims attributed to others. */
    ALLEGED;

    /** The less certain of two levels: hedges combine by the weakest. */
    public Certainty weakest(Certainty other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
