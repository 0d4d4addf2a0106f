package org.w3id.arsenal.claim;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one IRI scheme for instance data, so every loader (report text, structured records) mints the same IRI
 * for the same thing: {@code https://w3id.org/arsenal/id/KIND/SLUG} for entities, report-scoped paths for what
 * only one report knows (a described facility, an event, a claim).
 */
public final class Iris {

    public static final String ID = "https://w3id.org/arsenal/id/";

    private Iris() {}

    /** The IRI path segment for a label: lowercase ASCII, runs of anything else as one hyphen. */
    public static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    /** A named entity: {@code segment} is person, org, country, place, facility or product. */
    public static String entity(String segment, String label) {
        return ID + segment + "/" + slug(label);
    }

    /** A facility one report only describes: it may be another report's plant, so it is not merged by label. */
    public static String describedFacility(String reportSlug, String label) {
        return ID + "facility/" + reportSlug + "/" + slug(label);
    }

    public static String report(String reportSlug) {
        return ID + "report/" + reportSlug;
    }

    /** An event (inspection, transfer) of a report, identified by a hash of what it is. */
    public static String event(String segment, String reportSlug, Object... identity) {
        return ID + segment + "/" + reportSlug + "/" + Hashes.of(identity);
    }

    public static String post(String personLabel, String title) {
        return ID + "post/" + slug(personLabel) + "/" + slug(title);
    }

    public static String affiliation(String personLabel, String targetLabel) {
        return ID + "affiliation/" + slug(personLabel) + "/" + slug(targetLabel);
    }

    public static String claim(String reportSlug, Object... identity) {
        return ID + "claim/" + reportSlug + "/" + Hashes.of(identity);
    }

    public static String evidence(String reportSlug, int sentenceIndex) {
        return ID + "evidence/" + reportSlug + "/" + sentenceIndex;
    }

    public static String mention(String reportSlug, int begin, int end) {
        return ID + "mention/" + reportSlug + "/" + begin + "-" + end;
    }

    public static String graph(String name) {
        return ID + "graph/" + name;
    }
}
