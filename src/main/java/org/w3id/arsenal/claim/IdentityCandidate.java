package org.w3id.arsenal.claim;

import java.util.List;

/** A suggested, unconfirmed identity between a described facility and a named one, with the reasons. */
public record IdentityCandidate(String iri, String described, String named, List<String> reasons, double score) {}
