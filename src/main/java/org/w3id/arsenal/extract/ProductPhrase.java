package org.w3id.arsenal.extract;

import java.util.List;
import org.apache.jena.rdf.model.Resource;

/**
 * A product noun phrase: tokens [from, to), its label ("multiple-launch rocket system shell"), its class in the
 * product taxonomy, its head, the words that qualify it, other names the sentence gave it ("MLRS shell"), and
 * whether it is too generic to name a product alone ("weapons"), and whether it only qualifies another noun
 * ("warhead" in "warhead production process", "launchers" in "shells of … launchers"): such a phrase is no
 * mention of a product of its own.
 */
record ProductPhrase(int from, int to, String label, Resource type, String head, List<String> words,
        boolean generic, List<String> aliases, boolean qualifiesNoun) {}
