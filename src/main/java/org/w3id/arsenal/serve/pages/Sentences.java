package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.arsenal.vocab.ARS;

/**
 * Statements as an analyst would say them: "Kim Jong Un visited Kanggye General Tractor Plant in August 2023,
 * accompanied by Kim Chol". Events, posts and affiliations (n-ary relations) become one sentence each; a plain
 * statement is said from the page's point of view ("… is produced at …" on a product's page).
 */
final class Sentences {

    /** Verb phrases for a statement read from its subject, where the ontology label reads poorly as a verb. */
    private static final Map<Node, String> FORWARD = Map.of(
            ARS.locatedIn.asNode(), "is located in",
            ARS.operatedBy.asNode(), "is operated by",
            ARS.subOrganizationOf.asNode(), "is part of",
            ARS.producedAt.asNode(), "is produced at",
            ARS.postIn.asNode(), "is a post in",
            ARS.publisher.asNode(), "was published by",
            ARS.capital.asNode(), "has its capital at");

    /** The same statements read from their object: the page of the object says them this way. */
    private static final Map<Node, String[]> BACKWARD = Map.of(
            ARS.produces.asNode(), new String[] {"is produced at", "Produced at"},
            ARS.producedAt.asNode(), new String[] {"produces", "Produces"},
            ARS.locatedIn.asNode(), new String[] {"contains", "Contains"},
            ARS.operatedBy.asNode(), new String[] {"operates", "Operates"},
            ARS.subOrganizationOf.asNode(), new String[] {"includes", "Includes"},
            ARS.capital.asNode(), new String[] {"is the capital of", "Capital of"},
            ARS.publisher.asNode(), new String[] {"published", "Published"});

    /** Statements already shown in a page's header, never as sentences. */
    static final List<Node> HEADER = List.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode(), RDFS.comment.asNode(), OWL.sameAs.asNode(),
            ARS.mentionedIn.asNode());

    private final Facts f;
    private final Node self;

    Sentences(Facts f, Node self) {
        this.f = f;
        this.self = self;
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    Fragment fragment() {
        return new Fragment(f, self);
    }

    // ---- plain statements --------------------------------------------------------------------------------

    /** "S verb O" from the page's point of view (O may be a literal). */
    Fragment direct(Node s, Node p, Node o) {
        Fragment out = fragment();
        if (o.equals(self) && !s.equals(self) && BACKWARD.containsKey(p)) {
            return out.node(self).text(" ").verb(BACKWARD.get(p)[0], null).text(" ").node(s);
        }
        out.node(s).text(" ").verb(FORWARD.getOrDefault(p, f.termLabel(p)), null).text(" ");
        return o.isLiteral() ? out.text(value(o)) : out.node(o);
    }

    /** The heading a plain statement is grouped under on the page of {@code self}. */
    String directGroup(Node s, Node p, Node o) {
        if (o.equals(self) && !s.equals(self)) {
            return BACKWARD.containsKey(p) ? BACKWARD.get(p)[1] : "Is " + f.termLabel(p) + " of";
        }
        return capital(f.termLabel(p));
    }

    /** A literal as a reader wants it: dates in words, booleans as yes/no. */
    static String value(Node lit) {
        When.Point d = When.point(lit);
        String dt = lit.getLiteralDatatypeURI();
        if (d != null && dt != null && (dt.endsWith("#date") || dt.endsWith("#gYearMonth") || dt.endsWith("#gYear"))) {
            return When.of(lit, null, null).compact();
        }
        if (dt != null && dt.endsWith("#boolean")) return lit.getLiteralLexicalForm().equals("true") ? "yes" : "no";
        return lit.getLiteralLexicalForm();
    }

    // ---- events, posts, affiliations ---------------------------------------------------------------------

    When when(Node h) {
        return When.of(f.first(h, ARS.date.asNode()), f.first(h, ARS.startDate.asNode()),
                f.first(h, ARS.endDate.asNode()));
    }

    private List<Node> all(Node h, org.apache.jena.rdf.model.Property p) {
        return all(h, p.asNode());
    }

    private List<Node> all(Node h, Node p) {
        return f.objects(h, p).stream().filter(n -> !n.isLiteral()).toList();
    }

    /** The sentence that tells a hub (an event, post or affiliation). */
    Fragment hub(Node h) {
        return hub(h, true);
    }

    /** The sentence of a hub, with or without its date and companions (a timeline shows the date itself). */
    Fragment hub(Node h, boolean full) {
        Fragment out = fragment();
        When when = full ? when(h) : null;
        if (f.isA(h, ARS.Inspection)) inspection(out, h);
        else if (f.isA(h, ARS.ArmsTransfer)) transfer(out, h);
        else if (f.isA(h, ARS.ProductionOrder)) order(out, h);
        else if (f.isA(h, ARS.FacilityExpansion)) expansion(out, h);
        else if (f.isA(h, ARS.Post)) post(out, h);
        else if (f.isA(h, ARS.Affiliation)) affiliation(out, h);
        else generic(out, h);
        if (when != null) out.text(" " + when.phrase());
        if (full && f.isA(h, ARS.Inspection)) {
            List<Node> guides = all(h, ARS.guidedBy);
            List<Node> companions = new ArrayList<>(all(h, ARS.accompaniedBy));
            companions.removeAll(guides);
            if (!companions.isEmpty()) out.text(", accompanied by ").nodes(companions);
            if (!guides.isEmpty()) out.text(", guided by ").nodes(guides);
        }
        return out;
    }

    private void inspection(Fragment out, Node h) {
        List<Node> visitors = all(h, ARS.visitor);
        List<Node> sites = all(h, ARS.site);
        if (!visitors.isEmpty()) {
            out.nodes(visitors).text(" ").verb("visited", h).text(" ");
            if (sites.isEmpty()) out.text("an unnamed site");
            else out.nodes(sites);
        } else if (!sites.isEmpty()) {
            out.nodes(sites).text(" ").verb("was visited", h);
        } else {
            out.text("A ").verb("visit", h).text(" (visitor and site not reported)");
        }
    }

    private void transfer(Fragment out, Node h) {
        List<Node> suppliers = all(h, ARS.supplier);
        List<Node> recipients = all(h, ARS.recipient);
        List<Node> items = all(h, ARS.item);
        Node quantity = f.first(h, ARS.quantityText.asNode());
        if (!suppliers.isEmpty()) {
            out.nodes(suppliers).text(" ").verb("supplied", h).text(" ");
            what(out, items, quantity);
            if (!recipients.isEmpty()) out.text(" to ").nodes(recipients);
        } else if (!recipients.isEmpty()) {
            out.nodes(recipients).text(" ").verb("received", h).text(" ");
            what(out, items, quantity);
        } else {
            what(out, items, quantity);
            out.text(" ").verb("were transferred", h);
        }
    }

    private static void what(Fragment out, List<Node> items, Node quantity) {
        if (items.isEmpty()) out.text("arms");
        else out.nodes(items);
        if (quantity != null && quantity.isLiteral()) out.text(" (" + quantity.getLiteralLexicalForm() + ")");
    }

    private void order(Fragment out, Node h) {
        List<Node> by = all(h, ARS.orderedBy);
        List<Node> items = all(h, ARS.item);
        List<Node> sites = all(h, ARS.site);
        if (!by.isEmpty()) {
            out.nodes(by).text(" ").verb("ordered production of", h).text(" ");
            if (items.isEmpty()) out.text("unnamed products");
            else out.nodes(items);
        } else {
            out.text("Production of ");
            if (items.isEmpty()) out.text("unnamed products");
            else out.nodes(items);
            out.text(" ").verb("was ordered", h);
        }
        if (!sites.isEmpty()) out.text(" at ").nodes(sites);
    }

    private void expansion(Fragment out, Node h) {
        List<Node> sites = all(h, ARS.site);
        if (sites.isEmpty()) out.text("A facility ").verb("was expanded", h);
        else out.nodes(sites).text(" ").verb("was expanded", h);
    }

    private void post(Fragment out, Node h) {
        List<Node> holders = f.subjects(ARS.holdsPost.asNode(), h);
        List<Node> orgs = all(h, ARS.postIn);
        if (!holders.isEmpty()) out.nodes(holders).text(" ").verb("holds the post of", null).text(" ");
        else out.text("The post of ");
        out.node(h);
        String title = f.label(h).toLowerCase(Locale.ROOT).replace('’', '\'');
        List<Node> unsaid = orgs.stream()
                .filter(o -> !title.contains(f.label(o).toLowerCase(Locale.ROOT).replace('’', '\''))).toList();
        if (!unsaid.isEmpty()) out.text(" in ").nodes(unsaid);
    }

    private void affiliation(Fragment out, Node h) {
        List<Node> members = all(h, ARS.member);
        List<Node> affiliates = all(h, ARS.affiliate);
        Node former = f.first(h, ARS.isFormer.asNode());
        boolean wasFormer = former != null && former.isLiteral() && former.getLiteralLexicalForm().equals("true");
        if (members.isEmpty()) out.text("Someone");
        else out.nodes(members);
        out.text(" ").verb(wasFormer ? "was formerly affiliated with" : "is affiliated with", h).text(" ");
        if (affiliates.isEmpty()) out.text("an unnamed organization");
        else out.nodes(affiliates);
    }

    private void generic(Fragment out, Node h) {
        out.verb(capital(f.label(h)), h);
        List<Node> roles = f.find(h, Node.ANY, Node.ANY).stream()
                .filter(t -> !HEADER.contains(t.getPredicate()) && t.getObject().isURI()
                        && !f.links.isTerm(t.getObject()))
                .map(org.apache.jena.graph.Triple::getPredicate).distinct().sorted(Nodes.ORDER).toList();
        for (int i = 0; i < roles.size(); i++) {
            out.text(i == 0 ? " (" : "; ").text(f.termLabel(roles.get(i)) + ": ").nodes(all(h, roles.get(i)));
        }
        if (!roles.isEmpty()) out.text(")");
    }

    // ---- grouping on an entity page -----------------------------------------------------------------------

    /** The roles in the order a page prefers when its subject plays several in one event. */
    static final List<Node> ROLE_ORDER = List.of(ARS.visitor.asNode(), ARS.supplier.asNode(),
            ARS.orderedBy.asNode(), ARS.member.asNode(), ARS.holdsPost.asNode(), ARS.site.asNode(),
            ARS.recipient.asNode(), ARS.item.asNode(), ARS.guidedBy.asNode(), ARS.accompaniedBy.asNode(),
            ARS.affiliate.asNode(), ARS.postIn.asNode());

    static int roleRank(Node role) {
        int i = ROLE_ORDER.indexOf(role);
        return i < 0 ? ROLE_ORDER.size() : i;
    }

    /** The heading of the group a hub goes to on the page of a node playing {@code role} in it. */
    String hubGroup(Node h, Node role) {
        if (f.isA(h, ARS.Inspection)) {
            if (role.equals(ARS.visitor.asNode())) return "Visits";
            if (role.equals(ARS.site.asNode())) return "Visited by";
            if (role.equals(ARS.guidedBy.asNode())) return "Guided visits";
            if (role.equals(ARS.accompaniedBy.asNode())) return "Accompanied visits";
        } else if (f.isA(h, ARS.ArmsTransfer)) {
            if (role.equals(ARS.supplier.asNode())) return "Arms supplied";
            if (role.equals(ARS.recipient.asNode())) return "Arms received";
            if (role.equals(ARS.item.asNode())) return "Transfers";
        } else if (f.isA(h, ARS.ProductionOrder)) {
            if (role.equals(ARS.orderedBy.asNode())) return "Production orders given";
            if (role.equals(ARS.site.asNode())) return "Production orders";
            if (role.equals(ARS.item.asNode())) return "Production ordered";
        } else if (f.isA(h, ARS.FacilityExpansion)) {
            return "Expansions";
        } else if (f.isA(h, ARS.Affiliation)) {
            return role.equals(ARS.affiliate.asNode()) ? "Affiliated people" : "Affiliations";
        } else if (f.isA(h, ARS.Post)) {
            return role.equals(ARS.postIn.asNode()) ? "Posts" : "Posts held";
        }
        List<Node> types = f.specificTypes(h);
        String kind = types.isEmpty() ? "event" : f.termLabel(types.get(0));
        return capital(kind) + " (as " + f.termLabel(role) + ")";
    }
}
