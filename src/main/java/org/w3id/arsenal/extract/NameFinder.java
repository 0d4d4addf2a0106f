package org.w3id.arsenal.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.w3id.arsenal.vocab.ARS;

/**
 * Proper names that are not in the reference vocabulary, found by their shape: facilities by their head noun
 * ("… Plant", "… Shipyard"), organisations by theirs ("… Committee", "Ministry of …"), Korean personal names by
 * surname and given-name syllables, other personal names by a title, a role or a reporting verb beside them.
 */
final class NameFinder {

    private static final Pattern SYLLABLE = Pattern.compile("[A-Z][a-z]{1,6}(?:-[a-z]{1,6})?");
    private static final Pattern WESTERN = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\\.|(?:Mc|Mac|O')[A-Z][a-z]+");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

    private final Vocabulary voc = Vocabulary.INSTANCE;

    void find(View v, List<Cand> out) {
        for (int i = 0; i < v.size(); i++) {
            namedFacility(v, i, out);
            organization(v, i, out);
            koreanName(v, i, out);
            westernName(v, i, out);
        }
    }

    /** "Kanggye General Tractor Plant", "February 8 Vinalon Complex", "Sinpo South Shipyard". */
    private void namedFacility(View v, int head, List<Cand> out) {
        Resource type = voc.facilityNameHeads.get(v.tx[head]);
        if (type == null) return;
        int from = head;
        while (from - 1 >= 0 && (v.cap(from - 1) || isNumber(v.tx[from - 1]) || v.is(from - 1, "no."))
                && !v.is(from - 1, "the", "a", "an") && !voc.nameStopwords.contains(v.tx[from - 1])
                || from - 1 >= 0 && isMonthInName(v, from - 1)) {
            from--;
        }
        if (from == head) return;
        String label = v.text(from, head + 1);
        out.add(new Cand(from, head + 1, 2, Ent.Kind.FACILITY, type, label, null, Cand.Form.NAME));
    }

    private static boolean isMonthInName(View v, int i) {
        // "February 8 Vinalon Complex": a month opening a name, followed by a day number.
        return v.cap(i) && i + 1 < v.size() && isNumber(v.tx[i + 1]) && v.tx[i].matches(
                "January|February|March|April|May|June|July|August|September|October|November|December");
    }

    /** "Second Economic Committee", "Ministry of Munitions Industry", "Institute for Strategic Studies". */
    private void organization(View v, int i, List<Cand> out) {
        Resource type = voc.orgHeads.get(v.tx[i]);
        if (type == null) return;
        int from = i;
        while (from - 1 >= 0 && (v.cap(from - 1) || ORDINAL.matcher(v.tx[from - 1]).matches()
                || v.is(from - 1, "'s") && v.cap(from - 2)) && !v.is(from - 1, "the", "a", "an")
                && !(from - 1 == 0 && v.is(0, "the"))) {
            from--;
        }
        int to = i + 1;
        // "Ministry of Munitions Industry", "Institute for Strategic Studies", "Department of State"
        if (v.is(to, "of", "for") && (v.cap(to + 1) || v.is(to + 1, "the") && v.cap(to + 2))) {
            int j = v.is(to + 1, "the") ? to + 2 : to + 1;
            while (v.cap(j) || v.is(j, "and") && v.cap(j + 1)) j++;
            to = j;
        }
        if (to - from < 2 || v.time[from]) return;
        String label = v.text(from, to);
        out.add(new Cand(from, to, 1, Ent.Kind.ORGANIZATION, type, label, null, Cand.Form.NAME));
    }

    /** "Kim Jong Un", "Jo Chun Ryong", "Kim Jong-un", "Kim Chol". */
    private void koreanName(View v, int i, List<Cand> out) {
        if (!voc.koreanSurnames.contains(v.tx[i]) || v.time[i]) return;
        int to = i + 1;
        while (to < v.size() && to - i <= 2 && SYLLABLE.matcher(v.tx[to]).matches()
                && !voc.nameStopwords.contains(v.tx[to]) && !voc.orgHeads.containsKey(v.tx[to])
                && !voc.facilityNameHeads.containsKey(v.tx[to])) {
            to++;
        }
        if (to == i + 1) return;
        // "Kim Il Sung Square", "Kim Chaek University": the name of a place or body, not a person.
        if (v.cap(to) && (voc.orgHeads.containsKey(v.tx[to]) || voc.facilityNameHeads.containsKey(v.tx[to])
                || voc.nameStopwords.contains(v.tx[to]))) {
            return;
        }
        out.add(new Cand(i, to, 1, Ent.Kind.PERSON, ARS.Person, v.text(i, to), null, Cand.Form.NAME));
    }

    /** "analyst Joseph Dempsey", "Joseph Dempsey, a research associate", "Jeffrey Lewis said". */
    private void westernName(View v, int i, List<Cand> out) {
        if (!v.cap(i) || v.time[i] || voc.nameStopwords.contains(v.tx[i]) || voc.koreanSurnames.contains(v.tx[i])) {
            return;
        }
        int to = i;
        while (to < v.size() && to - i < 3 && WESTERN.matcher(v.tx[to]).matches()
                && !voc.nameStopwords.contains(v.tx[to]) && !voc.orgHeads.containsKey(v.tx[to])) {
            to++;
        }
        if (to - i < 2) return;
        boolean titled = i > 0 && (roleEndsAt(v, i) || v.is(i - 1, "mr.", "ms.", "mrs.", "dr.", "gen.", "col."));
        boolean appositive = v.is(to, ",") && (v.is(to + 1, "a", "an", "the") || roleStartsAt(v, to + 1));
        boolean reporting = v.is(to, "said", "says", "told", "wrote", "noted", "added", "explained", "argued")
                || v.is(i - 1, "said", "according") || v.is(i - 2, "according");
        if (titled || appositive || reporting) {
            out.add(new Cand(i, to, 0, Ent.Kind.PERSON, ARS.Person, v.text(i, to), null, Cand.Form.NAME));
        }
    }

    boolean roleEndsAt(View v, int end) {
        for (Vocabulary.Trigger r : voc.roles) {
            int from = end - r.tokens().length;
            if (from >= 0 && v.match(from, r.tokens()) == end) return true;
        }
        return false;
    }

    int roleEnd(View v, int from) {
        for (Vocabulary.Trigger r : voc.roles) {
            int end = v.match(from, r.tokens());
            if (end > 0) return end;
        }
        return -1;
    }

    boolean roleStartsAt(View v, int from) {
        return roleEnd(v, from) > 0;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }
}
