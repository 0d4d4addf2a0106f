package org.w3id.arsenal.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.arsenal.claim.Iris;
import org.w3id.arsenal.vocab.ARS;

/**
 * A VoID description of an export: the dataset (every named graph) with its counts, vocabularies and dumps, and
 * subsets for the ontology modules and the Protégé file. Dumps are named under {@link Prefixes#DUMP}, the place
 * they would be published; nothing in it depends on the time or the machine, so the same store gives the same file.
 */
final class VoidDescription {

    static final String DATASET = Prefixes.DUMP + "arsenal";
    private static final String GZIP = "http://www.iana.org/assignments/media-types/application/gzip";

    /** One dataset (or subset) and the dump files that carry it. */
    record Part(String name, String title, long triples, List<Dump> dumps) {}

    /** A dump file, the media type of its content, and whether it is gzipped. */
    record Dump(String file, String mediaType, boolean gzip) {}

    private final List<Triple> triples = new ArrayList<>();

    private VoidDescription() {}

    /** The description, in writing order (call inside a read transaction). */
    static List<Triple> describe(DatasetGraph dsg, List<Dump> dumps, List<Part> subsets) {
        VoidDescription v = new VoidDescription();
        Stats s = Stats.of(dsg);
        Node d = iri(DATASET);
        v.add(d, RDF.type.asNode(), iri(Prefixes.VOID + "Dataset"));
        v.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Arsenal knowledge graph", "en"));
        v.add(d, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Every named graph of an Arsenal store ("
                + s.graphs + " graphs, " + s.reports + " reports; " + s.mergedTriples
                + " distinct triples once merged). all.* keep the named graphs, merged.* are their union.", "en"));
        v.add(d, iri(Prefixes.VOID + "uriSpace"), NodeFactory.createLiteralString(Iris.ID));
        v.count(d, "triples", s.quads);
        v.count(d, "entities", s.entities.size());
        v.count(d, "distinctSubjects", s.subjects.size());
        v.count(d, "properties", s.properties.size());
        v.count(d, "classes", s.classes.size());
        s.vocabularies.forEach(ns -> v.add(d, iri(Prefixes.VOID + "vocabulary"), iri(ns)));
        v.dumps(d, dumps);
        subsets.forEach(p -> v.add(d, iri(Prefixes.VOID + "subset"), iri(Prefixes.DUMP + p.name())));
        for (Part p : subsets) {
            Node x = iri(Prefixes.DUMP + p.name());
            v.add(x, RDF.type.asNode(), iri(Prefixes.VOID + "Dataset"));
            v.add(x, DCTerms.title.asNode(), NodeFactory.createLiteralLang(p.title(), "en"));
            v.count(x, "triples", p.triples());
            v.dumps(x, p.dumps());
        }
        return v.triples;
    }

    private void dumps(Node dataset, List<Dump> dumps) {
        for (Dump f : dumps) add(dataset, iri(Prefixes.VOID + "dataDump"), iri(Prefixes.DUMP + f.file()));
        for (Dump f : dumps) {
            Node file = iri(Prefixes.DUMP + f.file());
            add(file, DCTerms.format.asNode(), NodeFactory.createLiteralString(f.mediaType()));
            if (f.gzip()) add(file, iri(Prefixes.DCAT + "compressFormat"), iri(GZIP));
        }
    }

    private void count(Node s, String property, long n) {
        add(s, iri(Prefixes.VOID + property), NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }

    private void add(Node s, Node p, Node o) {
        triples.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Counts over the named graphs, in one pass. */
    private static final class Stats {
        long quads;
        int graphs;
        int reports;
        long mergedTriples;
        final Set<Node> subjects = new HashSet<>();
        final Set<Node> entities = new HashSet<>();
        final Set<Node> properties = new HashSet<>();
        final Set<Node> classes = new HashSet<>();
        final Set<String> vocabularies = new TreeSet<>();

        static Stats of(DatasetGraph dsg) {
            Stats s = new Stats();
            for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                s.quads++;
                s.subjects.add(q.getSubject());
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(Iris.ID)) {
                    s.entities.add(q.getSubject());
                }
                if (s.properties.add(q.getPredicate())) s.vocabulary(q.getPredicate());
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()
                        && s.classes.add(q.getObject())) {
                    s.vocabulary(q.getObject());
                }
            }
            dsg.listGraphNodes().forEachRemaining(g -> s.graphs++);
            s.reports = dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), ARS.Report.asNode()).toList().size();
            s.mergedTriples = dsg.getUnionGraph().size();
            return s;
        }

        private void vocabulary(Node term) {
            String ns = term.getNameSpace();
            if (!ns.isEmpty() && !ns.startsWith(Iris.ID)) vocabularies.add(ns);
        }
    }
}
