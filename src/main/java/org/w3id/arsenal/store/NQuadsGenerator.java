package org.w3id.arsenal.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a deterministic N-Quads file shaped like Arsenal data at scale: one named graph per report with its
 * metadata and body, typed and labelled entities (language-tagged labels and aliases, shared across reports),
 * inspections and transfers with xsd:date / gYearMonth / gYear dates, and claims with evidence quotes, integer
 * offsets and a blank-node attribution now and then.
 */
final class NQuadsGenerator {

    private static final String ID = "<https://w3id.org/arsenal/id/";
    private static final String ARS = "<https://w3id.org/arsenal/ontology#";
    private static final String RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    private static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
    private static final String ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>";
    private static final String XSD = "^^<http://www.w3.org/2001/XMLSchema#";
    private static final String[] KINDS = {"person", "facility", "product", "org", "place", "country"};
    private static final String[] CLASSES = {"Official", "Factory", "Missile", "Ministry", "Province", "Country"};
    private static final String[] WORDS = {"Kanggye", "Huichon", "Ryonha", "Kusong", "Jagang", "Pyongyang", "Sinpo",
        "tractor", "machine", "shell", "rocket", "engine", "launcher", "plant", "complex", "general", "munitions",
        "Kim", "Jong", "Chol", "Pak", "Ri", "Choe", "Ministry", "Defence", "Industry", "Kŏnsŏl", "Sŏngch'ŏn"};
    private static final String[] CERTAINTY = {"Confirmed", "Probable", "Possible", "Alleged"};

    private final SplittableRandom random;
    private final int entities;

    NQuadsGenerator(long seed, int entities) {
        this.random = new SplittableRandom(seed);
        this.entities = entities;
    }

    /** Writes at least {@code triples} quads; returns how many were written. */
    long write(Path file, long triples) throws IOException {
        long n = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            for (int r = 0; n < triples; r++) n += report(w, r);
        }
        return n;
    }

    private long report(Writer w, int r) throws IOException {
        String g = ID + "report/bench-" + r + ">";
        String rep = g;
        long n = 0;
        n += quad(w, rep, RDF_TYPE, ARS + "Report>", g);
        n += quad(w, rep, ARS + "title>", lit("Report " + r + " on " + phrase(4)), g);
        n += quad(w, rep, ARS + "publishedDate>", date(), g);
        n += quad(w, rep, ARS + "bodyText>", lit(sentence(60) + "\n" + sentence(40)), g);
        int things = 20 + random.nextInt(20);
        for (int i = 0; i < things; i++) n += entity(w, g, random.nextInt(entities));
        int events = 5 + random.nextInt(10);
        for (int e = 0; e < events; e++) n += event(w, g, r, e);
        return n;
    }

    private long entity(Writer w, String g, int e) throws IOException {
        int k = e % KINDS.length;
        String s = ID + KINDS[k] + "/e" + e + ">";
        long n = quad(w, s, RDF_TYPE, ARS + CLASSES[k] + ">", g);
        n += quad(w, s, LABEL, langLit(name(e), "en"), g);
        if (e % 3 == 0) n += quad(w, s, ALT, langLit(name(e + 1) + "-" + e, "en"), g);
        if (e % 7 == 0) n += quad(w, s, ALT, langLit(name(e) + " (" + e + ")", "ko-Latn"), g);
        return n;
    }

    private long event(Writer w, String g, int r, int e) throws IOException {
        boolean visit = random.nextInt(3) > 0;
        String s = ID + (visit ? "inspection" : "transfer") + "/bench-" + r + "/" + e + ">";
        String a = entityIri(random.nextInt(entities));
        String b = entityIri(random.nextInt(entities));
        long n = quad(w, s, RDF_TYPE, ARS + (visit ? "Inspection>" : "ArmsTransfer>"), g);
        n += quad(w, s, LABEL, langLit((visit ? "visit " : "transfer ") + r + "/" + e, "en"), g);
        n += claimed(w, g, r, e, 0, s, ARS + (visit ? "visitor>" : "supplier>"), a);
        n += claimed(w, g, r, e, 1, s, ARS + (visit ? "site>" : "recipient>"), b);
        n += claimed(w, g, r, e, 2, s, ARS + "date>", date());
        return n;
    }

    /** A statement and its claim with evidence: the bulk of real report graphs. */
    private long claimed(Writer w, String g, int r, int e, int i, String s, String p, String o) throws IOException {
        long n = quad(w, s, p, o, g);
        String c = ID + "claim/bench-" + r + "/" + e + "-" + i + ">";
        String ev = ID + "evidence/bench-" + r + "/" + e + ">";
        n += quad(w, c, RDF_TYPE, ARS + "Claim>", g);
        n += quad(w, c, ARS + "claimSubject>", s, g);
        n += quad(w, c, ARS + "claimPredicate>", p, g);
        n += quad(w, c, o.startsWith("\"") ? ARS + "claimValue>" : ARS + "claimObject>", o, g);
        n += quad(w, c, ARS + "certainty>", ARS + CERTAINTY[random.nextInt(CERTAINTY.length)] + ">", g);
        n += quad(w, c, ARS + "hasEvidence>", ev, g);
        if (i == 0) {
            int begin = random.nextInt(5000);
            n += quad(w, ev, RDF_TYPE, ARS + "Evidence>", g);
            n += quad(w, ev, ARS + "quote>", lit(sentence(25)), g);
            n += quad(w, ev, ARS + "startOffset>", "\"" + begin + "\"" + XSD + "integer>", g);
            n += quad(w, ev, ARS + "endOffset>", "\"" + (begin + 150) + "\"" + XSD + "integer>", g);
            if (random.nextInt(4) == 0) {
                String bnode = "_:a" + r + "x" + e;
                n += quad(w, c, "<http://www.w3.org/ns/prov#qualifiedAttribution>", bnode, g);
                n += quad(w, bnode, "<http://www.w3.org/ns/prov#agent>", entityIri(random.nextInt(entities)), g);
                n += quad(w, bnode, ARS + "attributionText>", lit("according to " + name(random.nextInt(entities))), g);
            }
        }
        return n;
    }

    private String entityIri(int e) {
        return ID + KINDS[e % KINDS.length] + "/e" + e + ">";
    }

    private String date() {
        int y = 2015 + random.nextInt(10);
        int m = 1 + random.nextInt(12);
        int d = 1 + random.nextInt(28);
        return switch (random.nextInt(3)) {
            case 0 -> "\"" + y + "-" + two(m) + "-" + two(d) + "\"" + XSD + "date>";
            case 1 -> "\"" + y + "-" + two(m) + "\"" + XSD + "gYearMonth>";
            default -> "\"" + y + "\"" + XSD + "gYear>";
        };
    }

    private static String two(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }

    private String name(int e) {
        SplittableRandom r = new SplittableRandom(e);
        return WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " " + e;
    }

    private String phrase(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return b.toString();
    }

    /** Words with the characters N-Quads must escape: quotes, backslashes, and a tab now and then. */
    private String sentence(int words) {
        return phrase(words).replaceFirst(" ", " \"") + "\" \\ said\tKCNA.";
    }

    private static String lit(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String langLit(String s, String lang) {
        return lit(s) + "@" + lang;
    }

    private static int quad(Writer w, String s, String p, String o, String g) throws IOException {
        w.write(s);
        w.write(' ');
        w.write(p);
        w.write(' ');
        w.write(o);
        w.write(' ');
        w.write(g);
        w.write(" .\n");
        return 1;
    }
}
