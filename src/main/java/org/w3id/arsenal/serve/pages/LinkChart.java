package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.w3id.arsenal.vocab.ARS;

/**
 * The link chart: an entity at the centre, its 1-hop neighbours on a ring around it, events collapsed into labelled
 * edges ("visited", "supplied"), nodes coloured by kind and linked to their pages. Inline SVG with a fixed
 * layout (neighbours ordered by kind and name), so the same data always draws the same picture.
 */
final class LinkChart {

    static final int MAX_NEIGHBOURS = 18;

    /** How two participants of one event are linked: {@code a} –label→ {@code b}. */
    private record Pair(Resource cls, Node a, Node b, String label) {}

    private static final List<Pair> PAIRS = List.of(
            new Pair(ARS.Inspection, ARS.visitor.asNode(), ARS.site.asNode(), "visited"),
            new Pair(ARS.Inspection, ARS.visitor.asNode(), ARS.accompaniedBy.asNode(), "accompanied by"),
            new Pair(ARS.Inspection, ARS.visitor.asNode(), ARS.guidedBy.asNode(), "guided by"),
            new Pair(ARS.Inspection, ARS.accompaniedBy.asNode(), ARS.site.asNode(), "visited"),
            new Pair(ARS.Inspection, ARS.guidedBy.asNode(), ARS.site.asNode(), "visited"),
            new Pair(ARS.ArmsTransfer, ARS.supplier.asNode(), ARS.recipient.asNode(), "supplied"),
            new Pair(ARS.ArmsTransfer, ARS.supplier.asNode(), ARS.item.asNode(), "supplied"),
            new Pair(ARS.ArmsTransfer, ARS.recipient.asNode(), ARS.item.asNode(), "received"),
            new Pair(ARS.ProductionOrder, ARS.orderedBy.asNode(), ARS.item.asNode(), "ordered"),
            new Pair(ARS.ProductionOrder, ARS.orderedBy.asNode(), ARS.site.asNode(), "ordered production at"),
            new Pair(ARS.ProductionOrder, ARS.site.asNode(), ARS.item.asNode(), "ordered to produce"),
            new Pair(ARS.Affiliation, ARS.member.asNode(), ARS.affiliate.asNode(), "affiliated with"),
            new Pair(ARS.Post, ARS.holdsPost.asNode(), ARS.postIn.asNode(), "holds post in"));

    /** A neighbour with the labels of its edges to the centre, by direction. */
    private static final class Near {
        final Node node;
        final TreeMap<String, Integer> out = new TreeMap<>();
        final TreeMap<String, Integer> in = new TreeMap<>();
        boolean dashed;
        /** Some edge to it comes from a report (a claim or an event), not only from reference or inferred data. */
        boolean reported;

        Near(Node node) {
            this.node = node;
        }

        int weight() {
            return out.values().stream().mapToInt(Integer::intValue).sum()
                    + in.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Facts f;
    private final Node centre;
    private final Map<Node, Near> near = new TreeMap<>(Nodes.ORDER);

    LinkChart(Facts f, Node centre) {
        this.f = f;
        this.centre = centre;
    }

    /** An edge between the centre and {@code other}; {@code outward} when it points away from the centre. */
    void edge(Node other, String label, boolean outward, boolean dashed, boolean reported) {
        if (other == null || !other.isURI() || other.equals(centre) || f.links.isTerm(other)) return;
        Near n = near.computeIfAbsent(other, Near::new);
        (outward ? n.out : n.in).merge(label, 1, Integer::sum);
        n.dashed |= dashed;
        n.reported |= reported;
    }

    /** The chart of an entity page: its plain statements, and for each event the other participants. */
    static LinkChart of(Facts f, Node self, List<Statement> statements) {
        LinkChart c = new LinkChart(f, self);
        for (Statement st : statements) {
            if (st.hub() == null) {
                boolean outward = st.s().equals(self);
                c.edge(outward ? st.o() : st.s(), f.termLabel(st.p()), outward, false, !st.claims().isEmpty());
            } else {
                c.viaHub(st.hub());
            }
        }
        return c;
    }

    /** The chart of an event, post or affiliation page: its participants, by role. */
    static LinkChart ofHub(Facts f, Node hub) {
        LinkChart c = new LinkChart(f, hub);
        for (Map.Entry<Node, Node> e : withoutGuidesAsCompanions(participants(f, hub))) {
            boolean holder = e.getValue().equals(ARS.holdsPost.asNode());
            c.edge(e.getKey(), holder ? "held by" : f.termLabel(e.getValue()), true, false, true);
        }
        return c;
    }

    /** (node, role) for everything taking part in a hub; a post's holders have the role holdsPost. */
    private static List<Map.Entry<Node, Node>> participants(Facts f, Node hub) {
        List<Map.Entry<Node, Node>> out = new ArrayList<>();
        for (Triple t : f.find(hub, Node.ANY, Node.ANY)) {
            Node o = t.getObject();
            if (!Sentences.HEADER.contains(t.getPredicate()) && o.isURI() && !f.links.isTerm(o)) {
                out.add(Map.entry(o, t.getPredicate()));
            }
        }
        for (Node holder : f.subjects(ARS.holdsPost.asNode(), hub)) out.add(Map.entry(holder, ARS.holdsPost.asNode()));
        return out;
    }

    private void viaHub(Node hub) {
        List<Map.Entry<Node, Node>> parts = withoutGuidesAsCompanions(participants(f, hub));
        List<Node> myRoles = parts.stream().filter(e -> e.getKey().equals(centre)).map(Map.Entry::getValue).toList();
        boolean former = "true".equals(Nodes.str(f.first(hub, ARS.isFormer.asNode())));
        // one edge per (neighbour, label, direction) per event, however many role pairs lead to it
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (Node mine : myRoles) {
            for (Map.Entry<Node, Node> other : parts) {
                if (other.getKey().equals(centre)) continue;
                for (Pair p : PAIRS) {
                    if (!f.isA(hub, p.cls())) continue;
                    String label = p.cls().equals(ARS.Affiliation) && former ? "formerly affiliated with" : p.label();
                    boolean outward = p.a().equals(mine) && p.b().equals(other.getValue());
                    boolean inward = p.b().equals(mine) && p.a().equals(other.getValue());
                    if ((outward || inward) && seen.add(Nodes.str(other.getKey()) + "\u0000" + label + outward)) {
                        edge(other.getKey(), label, outward, false, true);
                    }
                }
            }
        }
        // A post in no named organization: show the post itself.
        if (seen.isEmpty() && myRoles.contains(ARS.holdsPost.asNode())) edge(hub, "holds post", true, false, true);
    }

    /** A guide is also a companion (guidedBy is a sub-property, and may be materialised): keep only "guided by". */
    private static List<Map.Entry<Node, Node>> withoutGuidesAsCompanions(List<Map.Entry<Node, Node>> parts) {
        java.util.Set<Node> guides = new java.util.HashSet<>();
        parts.stream().filter(e -> e.getValue().equals(ARS.guidedBy.asNode())).forEach(e -> guides.add(e.getKey()));
        return parts.stream().filter(e -> !(e.getValue().equals(ARS.accompaniedBy.asNode())
                && guides.contains(e.getKey()))).toList();
    }

    boolean isEmpty() {
        return near.isEmpty();
    }

    int size() {
        return near.size();
    }

    // ---- drawing -----------------------------------------------------------------------------------------

    String svg(String title) {
        List<Near> shown = near.values().stream()
                // what the reports say first, then the most connected, then by name
                .sorted(Comparator.comparing((Near n) -> !n.reported).thenComparingInt(n -> -n.weight())
                        .thenComparing(n -> n.node, f.byLabel))
                .limit(MAX_NEIGHBOURS)
                .sorted(Comparator.comparing((Near n) -> f.kind(n.node)).thenComparing(n -> n.node, f.byLabel))
                .toList();
        int n = shown.size();
        double w = 860;
        double r = n <= 6 ? 150 : n <= 12 ? 185 : 215;
        double h = 2 * r + 120;
        double cx = w / 2;
        double cy = r + 55;
        Html s = new Html();
        s.open("svg", "class", "chart", "viewBox", "0 0 " + fmt(w) + " " + fmt(h), "width", fmt(w), "height", fmt(h),
                "role", "img", "aria-label", title);
        s.el("title", title);
        s.raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#8c959f\"/>"
                + "</marker></defs>");
        double[][] pos = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(-90 + 360.0 * i / Math.max(n, 1));
            pos[i] = new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a), Math.cos(a), Math.sin(a)};
        }
        s.open("g", "class", "edges");
        for (int i = 0; i < n; i++) {
            Near nb = shown.get(i);
            double[] p = pos[i];
            s.open("line", "x1", fmt(cx + 27 * p[2]), "y1", fmt(cy + 27 * p[3]), "x2", fmt(p[0] - 16 * p[2]),
                    "y2", fmt(p[1] - 16 * p[3]), "class", nb.dashed ? "edge dashed" : "edge",
                    "marker-end", nb.out.isEmpty() ? null : "url(#arrow)",
                    "marker-start", nb.in.isEmpty() ? null : "url(#arrow)").close("line");
        }
        s.close("g").open("g", "class", "edge-labels");
        String centreLabel = shorten(f.label(centre), 44);
        double halfWidth = 3.6 * centreLabel.length() + 8;
        for (int i = 0; i < n; i++) {
            double[] p = pos[i];
            String label = shorten(edgeLabel(shown.get(i)), 34);
            // slide the label outwards along its edge until it clears the centre's name
            double t = 0.56;
            while (t < 0.72 && overlapsCentre(cx + (p[0] - cx) * t, cy + (p[1] - cy) * t, 3.2 * label.length(),
                    cx, cy, halfWidth)) {
                t += 0.04;
            }
            s.el("text", label, "x", fmt(cx + (p[0] - cx) * t), "y", fmt(cy + (p[1] - cy) * t + 4), "text-anchor",
                    "middle", "class", "elabel");
        }
        s.close("g").open("g", "class", "nodes");
        Kind ck = f.kind(centre);
        s.open("g", "class", "centre").el("title", f.label(centre) + " (" + ck.label + ")")
                .open("circle", "cx", fmt(cx), "cy", fmt(cy), "r", "24", "fill", ck.colour).close("circle")
                .el("text", centreLabel, "x", fmt(cx), "y", fmt(cy + 42), "text-anchor", "middle",
                        "class", "clabel")
                .close("g");
        for (int i = 0; i < n; i++) {
            Near nb = shown.get(i);
            double[] p = pos[i];
            Kind k = f.kind(nb.node);
            String href = f.links.href(nb.node);
            String anchor = p[2] > 0.25 ? "start" : p[2] < -0.25 ? "end" : "middle";
            double lx = p[0] + (anchor.equals("middle") ? 0 : 17 * Math.signum(p[2]));
            double ly = anchor.equals("middle") ? p[1] + (p[3] < 0 ? -19 : 27) : p[1] + 4;
            s.open(href == null ? "g" : "a", "href", href, "class", "node " + k.css());
            s.el("title", f.label(nb.node) + " (" + k.label + "): " + edgeLabel(nb));
            s.open("circle", "cx", fmt(p[0]), "cy", fmt(p[1]), "r", "12", "fill", k.colour).close("circle");
            s.el("text", shorten(f.label(nb.node), 30), "x", fmt(lx), "y", fmt(ly), "text-anchor", anchor);
            s.close(href == null ? "g" : "a");
        }
        s.close("g");
        legend(s, shown, h);
        if (near.size() > n) {
            s.el("text", "+ " + (near.size() - n) + " more neighbours (see the statements)", "x", fmt(w - 12),
                    "y", fmt(h - 14), "text-anchor", "end", "class", "more");
        }
        return s.close("svg").toString();
    }

    /** Whether a label centred at (x, y) of the given half width touches the centre's name (below its circle). */
    private static boolean overlapsCentre(double x, double y, double half, double cx, double cy, double centreHalf) {
        boolean vertical = y + 5 > cy + 29 && y - 9 < cy + 47;
        boolean horizontal = x + half > cx - centreHalf && x - half < cx + centreHalf;
        return vertical && horizontal;
    }

    private void legend(Html s, List<Near> shown, double h) {
        List<Kind> kinds = new ArrayList<>(List.of(f.kind(centre)));
        shown.forEach(nb -> kinds.add(f.kind(nb.node)));
        double x = 14;
        s.open("g", "class", "legend");
        for (Kind k : kinds.stream().distinct().sorted().toList()) {
            s.open("circle", "cx", fmt(x + 5), "cy", fmt(h - 18), "r", "5", "fill", k.colour).close("circle");
            s.el("text", k.label, "x", fmt(x + 14), "y", fmt(h - 14));
            x += 30 + 7 * k.label.length();
        }
        s.close("g");
    }

    private static String edgeLabel(Near n) {
        List<String> parts = new ArrayList<>();
        n.out.forEach((l, c) -> parts.add(l + (c > 1 ? " ×" + c : "")));
        n.in.forEach((l, c) -> parts.add(l + (c > 1 ? " ×" + c : "")));
        return String.join(" · ", parts.stream().distinct().toList());
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        return s.equals("-0") ? "0" : s;
    }
}
