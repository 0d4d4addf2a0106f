package org.w3id.arsenal.serve.pages;

import java.util.List;
import java.util.SortedSet;
import org.apache.jena.graph.Node;
import org.w3id.arsenal.vocab.ARS;

/**
 * One thing a page says, with what backs it: either a hub (an event, post or affiliation told as one sentence)
 * or a plain statement s–p–o. {@code claims} are the claims behind it, {@code graphs} the graphs holding the
 * statement itself (shown when no claim backs it, as for the curated reference data).
 */
record Statement(String group, int order, Node hub, Node s, Node p, Node o, Fragment sentence, When when,
        List<Facts.ClaimRow> claims, SortedSet<String> graphs) {

    /** The roles that make an event what it is: its certainty is theirs, not that of a side detail. */
    private static final java.util.Set<Node> CORE = java.util.Set.of(ARS.visitor.asNode(), ARS.site.asNode(),
            ARS.supplier.asNode(), ARS.recipient.asNode(), ARS.item.asNode(), ARS.orderedBy.asNode(),
            ARS.member.asNode(), ARS.affiliate.asNode(), ARS.holdsPost.asNode(), ARS.postIn.asNode());

    /**
     * The surest certainty among the claims (null when no claim gives one); for an event, among the claims of its
     * core roles when there are any (an alleged visit stays alleged though its guide is "possible").
     */
    Node certainty(Facts f) {
        boolean core = hub != null && claims.stream().anyMatch(c -> CORE.contains(c.p()) && c.cert() != null);
        Node best = null;
        for (Facts.ClaimRow c : claims) {
            if (c.cert() == null || core && !CORE.contains(c.p())) continue;
            if (best == null || f.rank(c.cert()) > f.rank(best)
                    || f.rank(c.cert()) == f.rank(best) && Nodes.ORDER.compare(c.cert(), best) < 0) best = c.cert();
        }
        return best;
    }

    /** Sort key inside a group: date, then the sentence, then the IRIs. */
    String sortKey() {
        return (when == null ? "~" : when.iso() + "/" + when.last()) + "\u0000"
                + sentence.plain().toLowerCase(java.util.Locale.ROOT) + "\u0000"
                + Nodes.str(hub != null ? hub : s) + "\u0000" + Nodes.str(p) + "\u0000" + Nodes.str(o);
    }
}
