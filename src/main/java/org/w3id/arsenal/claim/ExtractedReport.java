package org.w3id.arsenal.claim;

import java.util.List;
import org.w3id.arsenal.report.Report;

/** Everything extracted from one report: the things it mentions and the claims it makes about them. */
public record ExtractedReport(Report report, String iri, String bodyText, List<Thing> things, List<Claim> claims,
        List<IdentityCandidate> candidates) {}
