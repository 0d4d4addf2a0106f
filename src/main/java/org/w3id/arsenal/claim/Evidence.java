package org.w3id.arsenal.claim;

/** The sentence that asserts a claim: its quote and its [begin, end) offsets in the report body. */
public record Evidence(int sentenceIndex, int begin, int end, String quote) {}
