package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.arsenal.text.Sentence;
import org.w3id.arsenal.text.Token;
import org.w3id.arsenal.text.WordTokenizer;
import org.w3id.arsenal.vocab.ARS;

/**
 * Finds the reference vocabulary's known entities in sentences by their labels, aliases and demonyms, matched
 * token by token (longest first) so every alias resolves to the entity's canonical IRI.
 */
final class Gazetteer {

    /** A known entity. {@code shortForm}: a hidden label such as a bare surname, used only as a last resort. */
    record Entry(String iri, Resource type, String label) {}

    record Match(int from, int to, Entry entry, boolean demonym, boolean shortForm) {}

    private record Form(String[] tokens, Entry entry, boolean demonym, boolean shortForm) {}

    private final Map<String, List<Form>> byFirstToken = new HashMap<>();
    private final Map<String, Entry> byIri = new HashMap<>();
    private final Map<String, String> capitalOf = new HashMap<>();

    Gazetteer(Model reference) {
        for (Resource r : reference.listSubjectsWithProperty(RDFS.label).toList()) {
            Resource type = mostSpecificType(r);
            if (type == null || !r.isURIResource()) continue;
            Entry e = new Entry(r.getURI(), type, r.getProperty(RDFS.label).getString());
            byIri.put(e.iri(), e);
            add(e, RDFS.label, r, false, false);
            add(e, SKOS.prefLabel, r, false, false);
            add(e, SKOS.altLabel, r, false, false);
            add(e, ARS.demonym, r, true, false);
            add(e, SKOS.hiddenLabel, r, false, true);
        }
        reference.listStatements(null, ARS.capital, (RDFNode) null)
                .forEach(s -> capitalOf.put(s.getResource().getURI(), s.getSubject().getURI()));
        byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> -f.tokens.length)));
    }

    private void add(Entry e, Property p, Resource r, boolean demonym, boolean shortForm) {
        for (Statement s : r.listProperties(p).toList()) {
            if (!s.getObject().isLiteral()) continue;
            Literal l = s.getLiteral();
            String[] tokens = WordTokenizer.tokenize(Texts.normalizeQuotes(l.getLexicalForm()), 0).stream()
                    .map(Token::text).toArray(String[]::new);
            if (tokens.length == 0) continue;
            byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>())
                    .add(new Form(tokens, e, demonym, shortForm));
        }
    }

    private static Resource mostSpecificType(Resource r) {
        for (Statement s : r.listProperties(RDF.type).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(ARS.NS)) return s.getResource();
        }
        return null;
    }

    /** Longest known-entity matches in a sentence, left to right, not overlapping. */
    List<Match> find(Sentence s, String[] normalized) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < normalized.length) {
            Match best = null;
            for (Form f : byFirstToken.getOrDefault(normalized[i], List.of())) {
                if (matchesAt(normalized, i, f.tokens)) {
                    best = new Match(i, i + f.tokens.length, f.entry, f.demonym, f.shortForm);
                    break;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean matchesAt(String[] text, int at, String[] form) {
        if (at + form.length > text.length) return false;
        for (int k = 0; k < form.length; k++) if (!text[at + k].equals(form[k])) return false;
        return true;
    }

    Optional<Entry> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The country whose capital this city is, for "Pyongyang shipped … to Moscow". */
    Optional<String> countryOfCapital(String cityIri) {
        return Optional.ofNullable(capitalOf.get(cityIri));
    }
}
