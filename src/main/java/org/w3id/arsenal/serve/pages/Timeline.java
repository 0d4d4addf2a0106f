package org.w3id.arsenal.serve.pages;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;

/**
 * The timeline of dated events (inspections, transfers…) as inline SVG: one row per event in date order, a dot
 * for a known day, a bar for an interval, a pale dashed band for a date known only to the month or year, so
 * the chart never shows more precision than the report gave. Marks are coloured by certainty; rows link to events.
 */
final class Timeline {

    private record Item(When when, String label, String href, String title, String certainty, String key) {}

    private static final double W = 860;
    private static final double PLOT_X0 = 430;
    private static final double PLOT_X1 = 845;
    private static final double TOP = 42;
    private static final double ROW = 24;

    private final List<Item> items;

    private Timeline(List<Item> items) {
        this.items = items;
    }

    /** The dated events among a page's statements; the page's subject is dropped from the row labels. */
    static Timeline of(Facts f, Node self, List<Statement> statements) {
        Sentences say = new Sentences(f, self);
        String me = f.label(self) + " ";
        String meLast = " " + f.label(self);
        List<Item> items = new ArrayList<>();
        for (Statement st : statements) {
            if (st.hub() == null || st.when() == null) continue;
            String text = say.hub(st.hub(), false).plain();
            if (text.startsWith(me)) text = text.substring(me.length());
            else if (text.endsWith(meLast)) text = text.substring(0, text.length() - meLast.length());
            Node cert = st.certainty(f);
            String css = Evidence.css(cert);
            items.add(new Item(st.when(), text, f.links.href(st.hub()), st.when().compact() + ": "
                    + say.hub(st.hub()).plain(), css, Nodes.str(st.hub())));
        }
        items.sort(Comparator.comparing((Item i) -> i.when().first()).thenComparing(i -> i.when().last())
                .thenComparing(Item::label).thenComparing(Item::key));
        return new Timeline(items);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    int size() {
        return items.size();
    }

    String svg(String title) {
        LocalDate min = items.stream().map(i -> i.when().first()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate max = items.stream().map(i -> i.when().last()).max(Comparator.naturalOrder()).orElseThrow();
        long days = Math.max(ChronoUnit.DAYS.between(min, max) + 1, 60);
        long pad = Math.max(days / 16, 7);
        LocalDate d0 = min.minusDays(pad);
        LocalDate d1 = min.plusDays(days + pad);
        double span = ChronoUnit.DAYS.between(d0, d1);
        double h = TOP + items.size() * ROW + 40;
        Html s = new Html();
        s.open("svg", "class", "timeline", "viewBox", "0 0 " + LinkChart.fmt(W) + " " + LinkChart.fmt(h),
                "width", LinkChart.fmt(W), "height", LinkChart.fmt(h), "role", "img", "aria-label", title);
        s.el("title", title);
        double bottom = TOP + items.size() * ROW;
        s.open("g", "class", "axis");
        for (LocalDate t : ticks(d0, d1)) {
            double x = x(t, d0, span);
            s.open("line", "x1", LinkChart.fmt(x), "y1", LinkChart.fmt(TOP - 6), "x2", LinkChart.fmt(x), "y2",
                    LinkChart.fmt(bottom), "class", "grid").close("line");
            s.el("text", tickLabel(t, span), "x", LinkChart.fmt(x), "y", LinkChart.fmt(TOP - 12), "text-anchor",
                    "middle");
        }
        s.close("g");
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            double y = TOP + i * ROW;
            double mid = y + ROW / 2;
            s.open(it.href() == null ? "g" : "a", "href", it.href(), "class", "row", "data-start", it.when().iso(),
                    "data-end", it.when().last().toString());
            s.el("title", it.title());
            s.open("rect", "x", "0", "y", LinkChart.fmt(y), "width", LinkChart.fmt(W), "height", LinkChart.fmt(ROW),
                    "class", i % 2 == 0 ? "stripe" : "stripe odd").close("rect");
            s.el("text", it.when().compact(), "x", "8", "y", LinkChart.fmt(mid + 4), "class", "tdate");
            s.el("text", LinkChart.shorten(it.label(), 46), "x", "112", "y", LinkChart.fmt(mid + 4), "class", "tlabel");
            mark(s, it, d0, span, mid);
            s.close(it.href() == null ? "g" : "a");
        }
        legend(s, h);
        return s.close("svg").toString();
    }

    private static void mark(Html s, Item it, LocalDate d0, double span, double mid) {
        When w = it.when();
        double xa = x(w.first(), d0, span);
        double xb = x(w.last().plusDays(1), d0, span);
        if (w.exactDay()) {
            s.open("circle", "cx", LinkChart.fmt((xa + xb) / 2), "cy", LinkChart.fmt(mid), "r", "5", "class",
                    "mark " + it.certainty()).close("circle");
            return;
        }
        boolean precise = w.startPrecision() == When.Precision.DAY && w.endPrecision() == When.Precision.DAY
                && !w.openStart() && !w.openEnd();
        double width = Math.max(xb - xa, 6);
        s.open("rect", "x", LinkChart.fmt(Math.min(xa, PLOT_X1 - width)), "y", LinkChart.fmt(mid - 5), "width",
                LinkChart.fmt(width), "height", "10", "rx", "3", "class",
                (precise ? "mark bar " : "mark vague ") + it.certainty()).close("rect");
    }

    private static void legend(Html s, double h) {
        double y = h - 14;
        s.open("g", "class", "legend");
        s.open("circle", "cx", "14", "cy", LinkChart.fmt(y - 4), "r", "5", "class", "mark c-unknown").close("circle");
        s.el("text", "known day", "x", "24", "y", LinkChart.fmt(y));
        s.open("rect", "x", "100", "y", LinkChart.fmt(y - 9), "width", "22", "height", "10", "rx", "3", "class",
                "mark bar c-unknown").close("rect");
        s.el("text", "interval", "x", "128", "y", LinkChart.fmt(y));
        s.open("rect", "x", "196", "y", LinkChart.fmt(y - 9), "width", "22", "height", "10", "rx", "3", "class",
                "mark vague c-unknown").close("rect");
        s.el("text", "known only to the month or year · colour: certainty", "x", "224", "y", LinkChart.fmt(y));
        s.close("g");
    }

    private static double x(LocalDate d, LocalDate d0, double span) {
        return PLOT_X0 + (PLOT_X1 - PLOT_X0) * ChronoUnit.DAYS.between(d0, d) / span;
    }

    /** Year ticks over long spans, months (every 1, 2, 3 or 6) over short ones; at most about eight. */
    private static List<LocalDate> ticks(LocalDate d0, LocalDate d1) {
        List<LocalDate> out = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(d0, d1);
        if (days > 3 * 365) {
            int years = d1.getYear() - d0.getYear() + 1;
            int step = Math.max(1, (int) Math.ceil(years / 8.0));
            for (int y = d0.getYear() + 1; y <= d1.getYear(); y += step) out.add(LocalDate.of(y, 1, 1));
            return out;
        }
        long months = ChronoUnit.MONTHS.between(d0.withDayOfMonth(1), d1.withDayOfMonth(1)) + 1;
        int step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 24 ? 3 : 6;
        LocalDate t = d0.withDayOfMonth(1).plusMonths(1);
        while (t.getMonthValue() % step != 1 % step) t = t.plusMonths(1);
        for (; t.isBefore(d1); t = t.plusMonths(step)) out.add(t);
        return out;
    }

    private static String tickLabel(LocalDate t, double axisDays) {
        if (axisDays > 3 * 365) return Integer.toString(t.getYear());
        return t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + t.getYear();
    }
}
