package org.w3id.arsenal.serve.pages;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A sentence being written twice at once: as HTML with links (for the page) and as plain text (for chart
 * tooltips, timeline labels and sorting).
 */
final class Fragment {

    private final Facts facts;
    private final Node self;
    private final Html html = new Html();
    private final StringBuilder plain = new StringBuilder();

    Fragment(Facts facts, Node self) {
        this.facts = facts;
        this.self = self;
    }

    Fragment text(String s) {
        html.text(s);
        plain.append(s);
        return this;
    }

    /** The verb of the sentence, bold; linked to the event page when the sentence tells an event. */
    Fragment verb(String s, Node event) {
        String href = event == null || event.equals(self) ? null : facts.links.href(event);
        if (href == null) html.el("strong", s, "class", "verb");
        else html.open("a", "href", href, "class", "verb", "title", "open this " + facts.termLabel(eventType(event)))
                .el("strong", s).close("a");
        plain.append(s);
        return this;
    }

    private Node eventType(Node event) {
        List<Node> types = facts.specificTypes(event);
        return types.isEmpty() ? event : types.get(0);
    }

    /** A node by name: the page's own subject as emphasis, others linked to their page. */
    Fragment node(Node n) {
        String label = facts.label(n);
        if (n.isLiteral()) {
            html.el("span", label, "class", "value");
        } else if (n.equals(self)) {
            html.el("span", label, "class", "self");
        } else {
            String href = facts.links.href(n);
            Kind k = facts.kind(n);
            html.a(href, label, "class", "ent " + k.css(), "title", href == null ? Nodes.str(n) : null);
        }
        plain.append(label);
        return this;
    }

    /** "A", "A and B", "A, B and C". */
    Fragment nodes(List<Node> ns) {
        for (int i = 0; i < ns.size(); i++) {
            if (i > 0) text(i == ns.size() - 1 ? " and " : ", ");
            node(ns.get(i));
        }
        return this;
    }

    boolean isEmpty() {
        return plain.length() == 0;
    }

    String html() {
        return html.toString();
    }

    String plain() {
        return plain.toString();
    }
}
