package org.w3id.arsenal.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats scores: one row per report and category, then an "overall" row per category (micro-average of every
 * report added), then one row per category for each named group (e.g. "held-out corpus"), summed the same way.
 * {@link #text()} is for people (aligned columns), {@link #tsv()} for machines.
 */
public final class EvalTable {

    public static final String OVERALL = "overall";

    private final Map<String, Score> reports = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    /** One scored row; {@code scope} is "report", "overall" or "group". */
    public record Row(String scope, String name, Category category, PRF prf) {
    }

    public EvalTable add(String report, Score score) {
        if (reports.putIfAbsent(report, score) != null) throw new IllegalArgumentException("report added twice: " + report);
        return this;
    }

    /** Adds an aggregate of some of the reports; they must all be {@link #add added} (checked when rendering). */
    public EvalTable group(String name, Collection<String> reportNames) {
        if (groups.putIfAbsent(name, List.copyOf(reportNames)) != null) {
            throw new IllegalArgumentException("group added twice: " + name);
        }
        return this;
    }

    public Score overall() {
        return reports.values().stream().reduce(Score.ZERO, Score::plus);
    }

    public Score groupScore(String name) {
        List<String> names = groups.get(name);
        if (names == null) throw new IllegalArgumentException("no such group: " + name);
        Score sum = Score.ZERO;
        for (String r : names) {
            Score s = reports.get(r);
            if (s == null) throw new IllegalArgumentException("group '" + name + "' names an unknown report: " + r);
            sum = sum.plus(s);
        }
        return sum;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        reports.forEach((name, s) -> addRows(rows, "report", name, s));
        addRows(rows, OVERALL, OVERALL, overall());
        for (String g : groups.keySet()) addRows(rows, "group", g, groupScore(g));
        return rows;
    }

    /** Aligned plain text; a rule separates the reports from the aggregates. */
    public String text() {
        List<Row> rows = rows();
        int nameWidth = "report".length();
        for (Row r : rows) nameWidth = Math.max(nameWidth, r.name().length());
        String format = "%-" + nameWidth + "s  %-9s  %5s  %5s  %5s  %9s  %9s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, format, "report", "category", "P", "R", "F1", "produced", "gold"));
        boolean ruled = false;
        for (Row r : rows) {
            if (!ruled && !r.scope().equals("report")) {
                sb.append("-".repeat(nameWidth + 55)).append(System.lineSeparator());
                ruled = true;
            }
            PRF p = r.prf();
            sb.append(String.format(Locale.ROOT, format, r.name(), r.category().id(), num(p.precision()),
                    num(p.recall()), num(p.f1()), p.producedMatched() + "/" + p.produced(),
                    p.goldMatched() + "/" + p.gold()));
        }
        return sb.toString();
    }

    /** TAB-separated with a header line; names are the only free text, TABs and line breaks in them become spaces. */
    public String tsv() {
        StringBuilder sb = new StringBuilder(
                "scope\tname\tcategory\tprecision\trecall\tf1\tproduced_matched\tproduced\tgold_matched\tgold\n");
        for (Row r : rows()) {
            PRF p = r.prf();
            sb.append(String.join("\t", r.scope(), FactsTsv.clean(r.name()), r.category().id(), num(p.precision()),
                    num(p.recall()), num(p.f1()), String.valueOf(p.producedMatched()), String.valueOf(p.produced()),
                    String.valueOf(p.goldMatched()), String.valueOf(p.gold()))).append('\n');
        }
        return sb.toString();
    }

    private static void addRows(List<Row> rows, String scope, String name, Score s) {
        for (Category c : Category.values()) rows.add(new Row(scope, name, c, s.get(c)));
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
