package org.w3id.arsenal.extract;

/**
 * An entity mentioned in a sentence at tokens [from, to), after overlaps and references are settled.
 *
 * @param form how it was named: NAME (proper or described), PRONOUN ("he"), REFERENCE ("the factory",
 *             "Kim" after "Kim Jong Un"), DEMONYM ("North Korean"), SET ("two production sites")
 */
record Mention(int from, int to, Ent ent, Form form) {

    enum Form { NAME, PRONOUN, REFERENCE, DEMONYM, SET }
}
