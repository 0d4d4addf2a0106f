package org.w3id.arsenal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities one report is about, and the filling of its templates. A report keeps to its cast (one leader,
 * two facilities, a few officials, one supplier country, one analyst) so that later sentences refer back to what
 * earlier ones introduced, as real reports do; other slots draw afresh each time for variety.
 */
final class Cast {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_0-9]+)\\}");
    private static final List<String> SMALL = List.of("two", "three", "four", "five", "six");

    private final Random rnd;
    private final LocalDate date;
    private final String leader;
    private final List<String> facilities;
    private final List<Vocab.Official> officials;
    private final Vocab.Official manager;
    private final Vocab.Country country;
    private final Vocab.Analyst analyst;
    private final String product;

    Cast(Random rnd, Style style, LocalDate date) {
        this.rnd = rnd;
        this.date = date;
        this.leader = pick(style.leaders);
        this.facilities = sample(Vocab.FACILITIES, 2);
        this.officials = sample(Vocab.OFFICIALS, 4);
        this.manager = pick(Vocab.MANAGERS);
        this.country = pick(Vocab.SUPPLIERS);
        this.analyst = pick(Vocab.ANALYSTS);
        this.product = pick(Vocab.PRODUCTS);
    }

    /** The template with every slot filled and its first letter capitalised. */
    String fill(String template) {
        String s = expand(template, 0);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "- Name, title" lines of a KCNA companion list. */
    List<String> companionLines() {
        List<String> out = new ArrayList<>();
        for (Vocab.Official o : officials) out.add("- " + o.name() + ", " + o.title());
        return out;
    }

    Random random() {
        return rnd;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private <T> List<T> sample(List<T> list, int n) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, rnd);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }

    // Values may hold slots themselves ("a missile assembly plant in {city}"); the depth bound stops a cycle.
    private String expand(String template, int depth) {
        if (depth > 3) throw new IllegalStateException("slots nested too deep in: " + template);
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = slot(m.group(1));
            if (value.indexOf('{') >= 0) value = expand(value, depth + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String slot(String name) {
        switch (name) {
            case "leader": return leader;
            case "official": return official(pick(officials));
            case "title_official": return preposed(pick(officials));
            case "companions": return companions();
            case "manager": return official(manager);
            case "facility": return rnd.nextInt(10) < 7 ? facilities.get(0) : facilities.get(1);
            case "facility2": return facilities.get(1);
            case "dfacility": return pick(Vocab.DESCRIBED_FACILITIES);
            case "unit": return pick(Vocab.UNITS);
            case "workshop": return pick(Vocab.WORKSHOPS);
            case "organ": return pick(Vocab.ORGANS);
            case "place": return rnd.nextBoolean() ? pick(Vocab.CITIES) : pick(Vocab.PROVINCES);
            case "province": return pick(Vocab.PROVINCES);
            case "city": return pick(Vocab.CITIES);
            case "port": return pick(Vocab.PORTS);
            case "ukr_place": return pick(Vocab.UKRAINE_PLACES);
            case "product": return rnd.nextInt(10) < 6 ? product : pick(Vocab.PRODUCTS);
            case "munition": return pick(Vocab.MUNITIONS);
            case "material": return pick(Vocab.MATERIALS);
            case "country": return country.name();
            case "demonym": return country.demonym();
            case "capital": return country.capital();
            case "source": return pick(Vocab.SOURCES);
            case "attribution": return pick(Vocab.ATTRIBUTIONS);
            case "hedge": return pick(Vocab.HEDGES);
            case "analyst": return analyst.name() + ", " + analyst.role();
            case "analyst_last": return analyst.last();
            case "quote": return pick(Vocab.QUOTES);
            case "number": return pick(Vocab.NUMBERS);
            case "int": return String.valueOf(10 + rnd.nextInt(990));
            case "small": return pick(SMALL);
            case "weekday": return pick(Vocab.WEEKDAYS);
            case "month": return pick(Vocab.MONTHS);
            default: return Dates.slot(name, rnd, date);
        }
    }

    private static String official(Vocab.Official o) {
        return o.name() + ", " + o.title();
    }

    private String preposed(Vocab.Official o) {
        return o.preposed() != null ? o.preposed() + " " + o.name() : o.name();
    }

    /** KCNA's list: "A, title, B, title, and Minister C". */
    private String companions() {
        int n = 2 + rnd.nextInt(officials.size() - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Vocab.Official o = officials.get(i);
            if (i > 0) b.append(i == n - 1 ? ", and " : ", ");
            boolean titleFirst = o.preposed() != null && rnd.nextBoolean();
            b.append(titleFirst ? o.preposed() + " " + o.name() : o.name() + ", " + o.title());
        }
        return b.toString();
    }
}
