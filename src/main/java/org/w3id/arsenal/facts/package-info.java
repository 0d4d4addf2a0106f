/**
 * The plain "facts" view of a report (see FACTS.md): the model ({@link org.w3id.arsenal.facts.Fact}), its TSV form
 * ({@link org.w3id.arsenal.facts.FactsTsv}), hand-made gold facts ({@link org.w3id.arsenal.facts.GoldFacts}) and the
 * scorer that compares the two ({@link org.w3id.arsenal.facts.Scorer}, {@link org.w3id.arsenal.facts.EvalTable}).
 *
 * <p>Label normalization is in {@link org.w3id.arsenal.facts.Labels}; the 0/0 conventions are in
 * {@link org.w3id.arsenal.facts.PRF}.
 */
package org.w3id.arsenal.facts;
