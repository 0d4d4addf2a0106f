package org.w3id.arsenal.time;

/** Turns a parsed expression into a value against an anchor; null when that would need a guess. */
@FunctionalInterface
interface Resolver {

    Resolver NOTHING = a -> null;

    DateValue resolve(Anchor anchor);
}
