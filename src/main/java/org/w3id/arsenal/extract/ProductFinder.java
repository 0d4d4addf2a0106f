package org.w3id.arsenal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;

/**
 * Finds product noun phrases by their head noun (a vocabulary of kinds), extends them over the words that
 * qualify a product (modifiers, calibres, designations, compounds) and over an "of/for" complement
 * ("shells of large-caliber multiple rocket launchers", "engines for cruise missiles and drones": one phrase
 * for each coordinated complement), and classifies each in the product taxonomy.
 */
final class ProductFinder {

    private static final Pattern CALIBRE = Pattern.compile("\\d+(?:\\.\\d+)?-?mm|\\d+-?(?:calibre|caliber)");
    private static final Pattern DESIGNATION = Pattern.compile("[A-Z][A-Za-z]*-\\d+[A-Za-z]?");

    /** Nouns a product word can qualify without naming a product: "warhead production process". */
    private static final Set<String> QUALIFIED = Set.of("production", "manufacturing", "assembly", "development",
            "programme", "program", "process", "processes", "capacity", "capability", "capabilities", "industry",
            "sector", "research", "technology", "technologies", "upgrade", "upgrades", "modernization",
            "modernisation", "strategy", "unit", "units", "crew", "crews", "test", "tests", "launch", "launches");

    private final Vocabulary voc = Vocabulary.INSTANCE;
    private final Set<String> headWords = voc.productHeadWords();

    /**
     * @param named tokens that belong to a name (countries, demonyms, people): a product phrase stops there
     */
    List<ProductPhrase> find(View v, boolean[] named) {
        List<ProductPhrase> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (named[i]) continue;
            Vocabulary.ProductKind kind = headAt(v, i);
            if (kind == null || continuesCompound(v, i)) continue;
            int headFrom = i - kind.head().length + 1;
            int from = extendLeft(v, headFrom, named);
            List<int[]> complements = complements(v, i + 1, named);
            boolean ofComplement = v.is(from - 1, "of") && endsOfComplement(out, from);
            if (complements.isEmpty()) {
                boolean qualifies = ofComplement || v.is(i + 1, QUALIFIED.toArray(String[]::new));
                out.add(phrase(v, from, headFrom, i, kind, null, i + 1, qualifies));
            } else {
                int end = complements.get(complements.size() - 1)[1];
                for (int[] c : complements) out.add(phrase(v, from, headFrom, i, kind, c, end, ofComplement));
            }
        }
        return out;
    }

    /** The product kind whose head ends at token i ("machines", "small arms", "CNC machines"). */
    private Vocabulary.ProductKind headAt(View v, int i) {
        String last = singular(v.lw[i]);
        if (!headWords.contains(last)) return null;
        for (Vocabulary.ProductKind k : voc.productKinds) {
            int n = k.head().length;
            if (i - n + 1 < 0 || !k.head()[n - 1].equals(last)) continue;
            boolean ok = true;
            for (int j = 0; j < n - 1 && ok; j++) ok = v.lw[i - n + 1 + j].equals(k.head()[j]);
            if (ok) return k;
        }
        return null;
    }

    /** "rocket" in "rocket launcher shells" is a modifier: the head is the last noun of the compound. */
    private boolean continuesCompound(View v, int i) {
        int next = i + 1;
        if (v.is(next, "(") && v.is(next + 2, ")")) next += 3;
        if (next >= v.size()) return false;
        if (headWords.contains(singular(v.lw[next])) || v.is(next, "truck", "trucks", "engine", "engines")) return true;
        if (v.is(next, "system", "systems")) return !v.lw[i].equals("artillery");
        // "missile erector launchers": modifiers up to a later head keep the compound going
        int j = next;
        while (j < v.size() && voc.productModifiers.contains(v.lw[j]) && !headWords.contains(singular(v.lw[j]))) j++;
        return j > next && j < v.size() && headWords.contains(singular(v.lw[j]));
    }

    private int extendLeft(View v, int from, boolean[] named) {
        int j = from - 1;
        while (j >= 0 && !named[j]) {
            String w = v.lw[j];
            boolean acronymInParens = w.equals(")") && j >= 2 && v.is(j - 2, "(");
            if (acronymInParens) {
                j -= 3;
                continue;
            }
            // a capitalised word inside a sentence that is no known name: a model name ("Shahed drones")
            boolean modelName = j > 0 && v.cap(j) && !Vocabulary.INSTANCE.nameStopwords.contains(v.tx[j]);
            if (voc.productModifiers.contains(w) || voc.productSkip.contains(w) || headWords.contains(singular(w))
                    || w.equals("system") || CALIBRE.matcher(w).matches() || DESIGNATION.matcher(v.tx[j]).matches()
                    || isAcronym(v.tx[j]) || w.contains("-") && modifierCompound(w) || modelName) {
                j--;
            } else {
                break;
            }
        }
        return j + 1;
    }

    /** "nuclear-capable", "large-caliber": a hyphenated word made of modifier parts. */
    private boolean modifierCompound(String w) {
        for (String part : w.split("-")) {
            if (voc.productModifiers.contains(part) || headWords.contains(singular(part))) return true;
        }
        return false;
    }

    /** Token spans of "of/for" complements after a head: [from, to) of each coordinated product phrase. */
    private List<int[]> complements(View v, int at, boolean[] named) {
        List<int[]> out = new ArrayList<>();
        if (!v.is(at, "of", "for")) return out;
        int j = at + 1;
        while (true) {
            if (v.is(j, "the", "a", "an")) j++;
            int start = j;
            int k = start;
            while (k < v.size() && !named[k] && (voc.productModifiers.contains(v.lw[k])
                    || voc.productSkip.contains(v.lw[k]) || headWords.contains(singular(v.lw[k]))
                    || CALIBRE.matcher(v.lw[k]).matches() || DESIGNATION.matcher(v.tx[k]).matches()
                    || isAcronym(v.tx[k]) || v.lw[k].contains("-") && modifierCompound(v.lw[k]))) {
                k++;
            }
            // The complement must end in a product head ("of large-caliber multiple rocket launchers").
            int end = k;
            while (end > start && headAt(v, end - 1) == null) end--;
            if (end == start) break;
            // "machinery for weapons production": the complement is a noun's modifier, not a product;
            // a generic complement ("launchers for strategic weapons") narrows nothing.
            Vocabulary.ProductKind ck = headAt(v, end - 1);
            if (ck.generic() || v.is(end, "production", "development", "industry", "programme", "program", "sector",
                    "plant", "plants", "factory", "factories", "site", "sites", "research", "technology")) {
                break;
            }
            out.add(new int[] {start, end});
            if (v.is(end, "and", "or") || v.is(end, ",") && v.is(end + 1, "and")) {
                j = v.is(end, ",") ? end + 2 : end + 1;
                continue;
            }
            break;
        }
        return out;
    }

    /** Is the phrase ending at this head the "of" complement of the previous product ("shells of … launchers")? */
    private static boolean endsOfComplement(List<ProductPhrase> found, int from) {
        for (ProductPhrase p : found) if (p.to() > from && p.from() < from && p.label().contains(" of ")) return true;
        return false;
    }

    private ProductPhrase phrase(View v, int from, int headFrom, int head, Vocabulary.ProductKind kind,
            int[] complement, int to, boolean qualifiesNoun) {
        List<String> words = new ArrayList<>();
        List<String> label = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (int j = from; j < headFrom; j++) {
            if (v.is(j, "(") && v.is(j + 2, ")")) {
                acronyms.add(v.tx[j + 1]);
                j += 2;
                continue;
            }
            words.add(v.lw[j]);
            if (!voc.productSkip.contains(v.lw[j])) label.add(display(v, j));
        }
        List<String> headText = new ArrayList<>();
        for (int j = headFrom; j <= head; j++) {
            String t = j == head ? singularKeepCase(v.tx[j]) : v.tx[j];
            headText.add(keepCase(v, j) ? t : t.toLowerCase(Locale.ROOT));
        }
        label.addAll(headText);
        if (kind.canonical() != null && label.size() == headText.size()) {
            label = new ArrayList<>(List.of(kind.canonical()));
        }
        String headLabel = String.join(" ", label);
        String full = headLabel;
        if (complement != null) {
            List<String> c = new ArrayList<>();
            for (int j = complement[0]; j < complement[1]; j++) {
                words.add(v.lw[j]);
                if (voc.productSkip.contains(v.lw[j])) continue;
                String t = j == complement[1] - 1 ? singularKeepCase(v.tx[j]) : v.tx[j];
                c.add(keepCase(v, j) ? t : t.toLowerCase(Locale.ROOT));
            }
            full = headLabel + " " + v.lw[head + 1] + " " + String.join(" ", c);
        }
        Resource type = refine(kind.type(), words);
        boolean generic = kind.generic() && type.equals(kind.type());
        List<String> aliases = new ArrayList<>();
        for (String a : acronyms) aliases.add(a + " " + String.join(" ", headText));
        return new ProductPhrase(from, to, full, type, singular(v.lw[head]), List.copyOf(words), generic,
                List.copyOf(aliases), qualifiesNoun);
    }

    private Resource refine(Resource type, List<String> words) {
        Resource current = type;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Vocabulary.Refinement r : voc.refinements) {
                if (r.from().equals(current) && anyCue(r.cues(), words)) {
                    current = r.to();
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean anyCue(List<String> cues, List<String> words) {
        for (String w : words) {
            for (String c : cues) {
                if (c.endsWith("*") ? w.startsWith(c.substring(0, c.length() - 1)) : w.equals(c)) return true;
                if (w.contains("-") && List.of(w.split("-")).contains(c)) return true;
            }
        }
        return false;
    }

    /** Acronyms, designations and proper names keep their case in a label; common words do not. */
    private static boolean keepCase(View v, int j) {
        String t = v.tx[j];
        return isAcronym(t) || DESIGNATION.matcher(t).matches() || j > 0 && v.cap(j);
    }

    private static String display(View v, int j) {
        return keepCase(v, j) ? v.tx[j] : v.lw[j];
    }

    private static boolean isAcronym(String t) {
        return t.length() >= 2 && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && t.chars().anyMatch(Character::isLetter);
    }

    static String singular(String lower) {
        return lower.equals("arms") ? "arm" : Texts.singular(lower);
    }

    private static String singularKeepCase(String t) {
        if (t.equals("arms")) return t;
        if (t.endsWith("s") && t.length() > 2 && Character.isUpperCase(t.charAt(t.length() - 2))) {
            return t.substring(0, t.length() - 1); // ICBMs, UAVs
        }
        return Texts.singular(t);
    }
}
