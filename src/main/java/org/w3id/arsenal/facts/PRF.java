package org.w3id.arsenal.facts;

/**
 * Counts for one category: produced facts that match some gold fact, produced facts, gold facts that some produced
 * fact matches, gold facts.
 *
 * <p>Empty denominators read as "nothing went wrong on this side": precision is 1.0 when nothing was produced
 * (no false claims), recall is 1.0 when there is no gold (nothing to miss). F1 is the harmonic mean, 0.0 when
 * both are 0. So nothing produced and nothing gold gives 1.0 everywhere, nothing produced against some gold gives
 * P 1.0, R 0.0, F1 0.0, and something produced against no gold gives P 0.0, R 1.0, F1 0.0: F1 still shows the
 * failure. Micro-averages add counts ({@link #plus}), so these conventions never leak into an aggregate.
 */
public record PRF(int producedMatched, int produced, int goldMatched, int gold) {

    public static final PRF ZERO = new PRF(0, 0, 0, 0);

    public PRF {
        if (producedMatched < 0 || producedMatched > produced || goldMatched < 0 || goldMatched > gold) {
            throw new IllegalArgumentException("inconsistent counts " + producedMatched + "/" + produced + ", "
                    + goldMatched + "/" + gold);
        }
    }

    public double precision() {
        return produced == 0 ? 1.0 : (double) producedMatched / produced;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) goldMatched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public PRF plus(PRF o) {
        return new PRF(producedMatched + o.producedMatched, produced + o.produced,
                goldMatched + o.goldMatched, gold + o.gold);
    }
}
