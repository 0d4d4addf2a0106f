package org.w3id.arsenal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A deterministic dataset of what exports get wrong: blank nodes (shared by two graphs, chained, in lists),
 * language tags, plain, typed, ill-typed and custom-typed literals, Unicode beyond the BMP, combining marks and
 * right-to-left text, characters every syntax escapes, and long multi-line literals.
 */
final class GeneratedData {

    static final String EX = "https://example.org/gen/";
    static final String V = "https://example.org/vocab#";

    private final List<Quad> quads = new ArrayList<>();
    private final Random random = new Random(42);

    private GeneratedData() {}

    static List<Quad> quads() {
        GeneratedData d = new GeneratedData();
        d.build();
        return d.quads;
    }

    private void build() {
        Node g1 = iri(EX + "graph/one"), g2 = iri(EX + "graph/two"), g3 = iri("urn:x-arsenal:graph:three");
        Node s = iri(EX + "thing/1");
        add(g1, s, RDF.type.asNode(), iri(V + "Thing"));
        add(g1, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Kanggye plant", "en"));
        add(g1, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Kanggye plant", "en-GB"));
        add(g1, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Fabrik Kanggye", "de-CH"));
        add(g1, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("江界트랙터종합공장", "ko"));
        add(g1, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("江界拖拉机厂", "zh-Hant-TW"));
        add(g1, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("مصنع كانغي", "ar"));
        add(g1, s, p("emoji"), str("rocket 🚀, flag 🇰🇵, math 𝔸 (outside the BMP)"));
        add(g1, s, p("combining"), str("e\u0301 vs \u00e9; zero\u200bwidth, nbsp\u00a0here, zwj 👩\u200d🔬"));
        add(g1, s, p("escapes"),
                str("quote \" apostrophe ' backslash \\ tab\tnewline\nreturn\rangle <x> & amp ]]> -- end"));
        add(g1, s, p("empty"), str(""));
        add(g1, s, p("spaces"), str("  leading and trailing  "));
        add(g1, s, p("triple quotes"), str("\"\"\" and ''' inside"));
        add(g1, s, p("long"), str(longText(200_000)));
        add(g1, s, p("integer"), typed("42", XSDDatatype.XSDinteger));
        add(g1, s, p("integer"), typed("-007", XSDDatatype.XSDinteger));
        add(g1, s, p("integer"), typed("+5", XSDDatatype.XSDinteger));
        add(g1, s, p("decimal"), typed("3.14", XSDDatatype.XSDdecimal));
        add(g1, s, p("decimal"), typed("1.0", XSDDatatype.XSDdecimal));
        add(g1, s, p("double"), typed("1.5E10", XSDDatatype.XSDdouble));
        add(g1, s, p("double"), typed("INF", XSDDatatype.XSDdouble));
        add(g1, s, p("float"), typed("0.1", XSDDatatype.XSDfloat));
        add(g1, s, p("boolean"), typed("true", XSDDatatype.XSDboolean));
        add(g1, s, p("boolean"), typed("0", XSDDatatype.XSDboolean));
        add(g1, s, p("date"), typed("2023-08-03", XSDDatatype.XSDdate));
        add(g1, s, p("date"), typed("2023", XSDDatatype.XSDgYear));
        add(g1, s, p("date"), typed("2023-08", XSDDatatype.XSDgYearMonth));
        add(g1, s, p("date"), typed("2023-08-03T10:15:00+09:00", XSDDatatype.XSDdateTime));
        add(g1, s, p("string"), typed("explicit xsd:string", XSDDatatype.XSDstring));
        add(g1, s, p("illTyped"), typed("twelve", XSDDatatype.XSDinteger));
        add(g1, s, p("custom"), typed("12 kt", TypeMapper.getInstance().getSafeTypeByName(V + "yield")));
        add(g1, s, p("uri"), typed("https://example.org/a b", XSDDatatype.XSDanyURI));
        add(g1, s, p("link"), iri("https://example.org/ré/%C3%A9/x?q=1&r=2#frag"));
        add(g1, s, p("link"), iri("urn:isbn:0451450523"));
        add(g1, s, p("link"), iri("https://w3id.org/arsenal/id/person/kim-jong-un"));

        // blank nodes: one shared by two graphs, a chain, and a well-formed list
        Node shared = NodeFactory.createBlankNode();
        add(g1, s, p("described"), shared);
        add(g2, shared, RDFS.label.asNode(), NodeFactory.createLiteralLang("shared blank node", "en"));
        add(g2, shared, p("next"), NodeFactory.createBlankNode());
        Node a = NodeFactory.createBlankNode(), b = NodeFactory.createBlankNode();
        add(g2, a, p("next"), b);
        add(g2, b, p("next"), a);
        Node list = NodeFactory.createBlankNode(), rest = NodeFactory.createBlankNode();
        add(g2, s, p("members"), list);
        add(g2, list, RDF.first.asNode(), iri(EX + "thing/2"));
        add(g2, list, RDF.rest.asNode(), rest);
        add(g2, rest, RDF.first.asNode(), str("second"));
        add(g2, rest, RDF.rest.asNode(), RDF.nil.asNode());
        // the same triple in two graphs: kept twice in quad formats, once when merged
        add(g2, s, RDF.type.asNode(), iri(V + "Thing"));
        add(g3, iri(EX + "thing/3"), p("knows"), s);

        // volume: random entities with a few properties each
        for (int i = 0; i < 300; i++) {
            Node e = random.nextInt(10) == 0 ? NodeFactory.createBlankNode() : iri(EX + "entity/" + i);
            Node g = random.nextBoolean() ? g1 : g3;
            add(g, e, RDF.type.asNode(), iri(V + "Class" + random.nextInt(5)));
            add(g, e, RDFS.label.asNode(), NodeFactory.createLiteralLang("entity " + i + " ŝ", "en"));
            add(g, e, p("score"), typed(Integer.toString(random.nextInt(1000)), XSDDatatype.XSDinteger));
            add(g, e, p("knows"), iri(EX + "entity/" + random.nextInt(300)));
        }
    }

    private static String longText(int chars) {
        StringBuilder b = new StringBuilder(chars + 100);
        for (int line = 0; b.length() < chars; line++) {
            b.append("Line ").append(line).append(": the plant's output of 240-mm shells «rose» by ")
                    .append(line % 97).append("% — reportedly.\n");
        }
        return b.toString();
    }

    private void add(Node g, Node s, Node p, Node o) {
        quads.add(Quad.create(g, s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node p(String local) {
        return iri(V + local.replace(' ', '_'));
    }

    private static Node str(String lex) {
        return NodeFactory.createLiteralString(lex);
    }

    private static Node typed(String lex, RDFDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }
}
