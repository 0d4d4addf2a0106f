package org.w3id.arsenal.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.arsenal.vocab.ARS;

/**
 * What one page knows: the statements fetched around its subject, the labels and types of every node it shows,
 * the ontology terms it names and the claims with their evidence. Filled by a few queries in one read
 * transaction, then read without touching the store.
 */
final class Facts {

    /** One claim with one of its evidence spans (a claim with two spans is two rows). */
    record ClaimRow(Node claim, Node s, Node p, Node o, Node v, Node cert, String attr, Node attrTo, Node ev,
            String quote, Integer start, Integer end, Node report) {
        Node object() {
            return o != null ? o : v;
        }
    }

    /** An ontology term: label, definition, superclasses (itself included) and certainty rank. */
    record Term(String label, String definition, Set<Node> supers, Integer rank) {}

    final Links links;
    private final Graph g = GraphFactory.createGraphMem();
    private final Map<Triple, SortedSet<String>> graphsOf = new HashMap<>();
    private final Map<Node, Term> terms = new HashMap<>();
    final List<ClaimRow> claims = new ArrayList<>();

    /** Orders nodes as a reader expects: by label, case-insensitively, then by IRI. */
    final Comparator<Node> byLabel;

    Facts(Links links) {
        this.links = links;
        this.byLabel = Comparator.comparing((Node n) -> label(n).toLowerCase(Locale.ROOT))
                .thenComparing(Nodes.ORDER);
    }

    void add(Node s, Node p, Node o, Node graph) {
        Triple t = Triple.create(s, p, o);
        g.add(t);
        if (graph != null && graph.isURI()) graphsOf.computeIfAbsent(t, k -> new TreeSet<>()).add(graph.getURI());
    }

    void addClaims(List<Binding> rows) {
        for (Binding r : rows) {
            claims.add(new ClaimRow(r.get("claim"), r.get("s"), r.get("p"), r.get("o"), r.get("v"), r.get("cert"),
                    Nodes.str(r.get("attr")), r.get("attrTo"), r.get("ev"), Nodes.str(r.get("quote")),
                    Nodes.integer(r.get("start")), Nodes.integer(r.get("end")), r.get("report")));
        }
    }

    boolean has(Node s, Node p, Node o) {
        return g.contains(s, p, o);
    }

    /** The graphs a fetched statement was found in (only for statements read with their graph). */
    SortedSet<String> graphs(Node s, Node p, Node o) {
        return graphsOf.getOrDefault(Triple.create(s, p, o), new TreeSet<>());
    }

    List<Triple> find(Node s, Node p, Node o) {
        return g.find(s, p, o).toList().stream()
                .sorted(Comparator.comparing(Triple::getSubject, Nodes.ORDER)
                        .thenComparing(Triple::getPredicate, Nodes.ORDER).thenComparing(Triple::getObject, Nodes.ORDER))
                .toList();
    }

    List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct().sorted(byLabel).toList();
    }

    List<Node> subjects(Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList().stream().distinct().sorted(byLabel).toList();
    }

    Node first(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().min(Nodes.ORDER).orElse(null);
    }

    // ---- names -------------------------------------------------------------------------------------------

    /** The display name: skos:prefLabel, then rdfs:label (English first), else the end of the IRI. */
    String label(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        Term t = terms.get(n);
        if (t != null && t.label() != null && !links.isLocal(n.getURI())) return t.label();
        String l = best(n, SKOS.prefLabel.asNode());
        if (l == null) l = best(n, RDFS.label.asNode());
        if (l == null) l = best(n, ARS.title.asNode());
        return l != null ? l : fallback(n);
    }

    private String best(Node n, Node p) {
        return g.find(n, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList().stream()
                .min(Comparator.comparingInt(Facts::langRank).thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm).orElse(null);
    }

    private static int langRank(Node lit) {
        String lang = lit.getLiteralLanguage().toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-") ? 0 : lang.isEmpty() ? 1 : 2;
    }

    private String fallback(Node n) {
        if (!n.isURI()) return "(anonymous)";
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail.isEmpty() ? iri : tail;
    }

    /** Other names: every label, preferred and alternative label but the display name. */
    List<String> aliases(Node n) {
        String main = label(n);
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            g.find(n, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) out.add(t.getObject().getLiteralLexicalForm());
            });
        }
        out.remove(main);
        return List.copyOf(out);
    }

    List<Node> types(Node n) {
        return g.find(n, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList()
                .stream().distinct().sorted(Comparator.comparing(this::termLabel).thenComparing(Nodes.ORDER)).toList();
    }

    /** Types without the ones a more specific type of the node implies (Leader, not Leader and Person). */
    List<Node> specificTypes(Node n) {
        List<Node> all = types(n);
        return all.stream().filter(t -> all.stream().noneMatch(o -> !o.equals(t) && supers(o).contains(t))).toList();
    }

    Kind kind(Node n) {
        if (n == null || !n.isURI()) return Kind.OTHER;
        Set<Node> sup = new java.util.HashSet<>();
        for (Node t : types(n)) sup.addAll(supers(t));
        for (Kind k : Kind.values()) if (k.top != null && sup.contains(k.node())) return k;
        return Kind.OTHER;
    }

    /** Whether one of the node's types is {@code cls} or below it. */
    boolean isA(Node n, org.apache.jena.rdf.model.Resource cls) {
        for (Node t : types(n)) if (supers(t).contains(cls.asNode())) return true;
        return false;
    }

    boolean isHub(Node n) {
        return kind(n).hub();
    }

    private Set<Node> supers(Node t) {
        Term term = terms.get(t);
        return term == null ? Set.of(t) : term.supers();
    }

    String termLabel(Node t) {
        Term term = terms.get(t);
        if (term != null && term.label() != null) return term.label();
        if (t.isURI()) {
            String iri = t.getURI();
            int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
            return cut >= 0 ? iri.substring(cut + 1) : iri;
        }
        return Nodes.str(t);
    }

    String definition(Node t) {
        Term term = terms.get(t);
        return term == null ? null : term.definition();
    }

    /** A certainty level's rank (higher is surer); 0 when unknown. */
    int rank(Node cert) {
        Term term = cert == null ? null : terms.get(cert);
        return term == null || term.rank() == null ? 0 : term.rank();
    }

    // ---- loading -----------------------------------------------------------------------------------------

    /**
     * Fetches labels, types and report metadata of every IRI seen so far (plus {@code extra}), then the ontology
     * terms among types, properties and certainty levels. Call inside the page's read transaction.
     */
    void loadNames(Dataset ds, Set<Node> extra) {
        Set<Node> nodes = new LinkedHashSet<>(extra);
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) nodes.add(t.getSubject());
            if (t.getObject().isURI()) nodes.add(t.getObject());
        });
        for (ClaimRow c : claims) {
            for (Node n : new Node[] {c.s(), c.o(), c.attrTo(), c.report()}) if (n != null && n.isURI()) nodes.add(n);
        }
        graphsOf.values().forEach(gs -> gs.forEach(x -> nodes.add(NodeFactory.createURI(x))));
        for (Binding r : Sparql.select(ds, "nodes", Map.of(), "n", nodes)) {
            add(r.get("n"), r.get("p"), r.get("v"), null);
        }

        Set<Node> wanted = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            wanted.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) wanted.add(t.getObject());
            if (links.isTerm(t.getObject())) wanted.add(t.getObject());
        });
        for (ClaimRow c : claims) {
            wanted.add(c.p());
            if (c.cert() != null) wanted.add(c.cert());
        }
        for (Kind k : Kind.values()) if (k.top != null) wanted.add(k.node());
        loadTerms(ds, wanted);
    }

    void loadTerms(Dataset ds, Set<Node> wanted) {
        Map<Node, Node[]> text = new HashMap<>();
        Map<Node, Set<Node>> sup = new HashMap<>();
        Map<Node, Integer> ranks = new HashMap<>();
        for (Binding r : Sparql.select(ds, "terms", Map.of(), "t", wanted)) {
            Node t = r.get("t");
            Node[] lt = text.computeIfAbsent(t, k -> new Node[2]);
            lt[0] = pick(lt[0], r.get("label"));
            lt[1] = pick(lt[1], r.get("def"));
            sup.computeIfAbsent(t, k -> new java.util.HashSet<>(Set.of(t)));
            if (r.get("sup") != null) sup.get(t).add(r.get("sup"));
            Integer rank = Nodes.integer(r.get("rank"));
            if (rank != null) ranks.merge(t, rank, Math::max);
        }
        text.forEach((t, lt) -> terms.put(t, new Term(Nodes.str(lt[0]), Nodes.str(lt[1]), Set.copyOf(sup.get(t)),
                ranks.get(t))));
    }

    /** Order-independent choice between two literals: English first, then the smaller text. */
    private static Node pick(Node current, Node candidate) {
        if (candidate == null || !candidate.isLiteral()) return current;
        if (current == null) return candidate;
        Comparator<Node> c = Comparator.comparingInt(Facts::langRank).thenComparing(Node::getLiteralLexicalForm);
        return c.compare(candidate, current) < 0 ? candidate : current;
    }
}
