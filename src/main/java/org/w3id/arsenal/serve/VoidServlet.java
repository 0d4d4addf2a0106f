package org.w3id.arsenal.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.arsenal.vocab.ARS;

/** A VoID description of the dataset at /.well-known/void: endpoint, dumps, counts and vocabularies. */
final class VoidServlet extends HttpServlet {

    private static final String VOID = "http://rdfs.org/ns/void#";

    private final Dataset ds;
    private final String idBase;

    VoidServlet(Dataset ds, String idBase) {
        this.ds = ds;
        this.idBase = idBase;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcterms", DCTerms.getURI());
        Resource d = m.createResource(base + "/.well-known/void#arsenal");
        d.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        d.addProperty(DCTerms.title, "Arsenal: a knowledge graph of defense-industry entities");
        d.addProperty(m.createProperty(VOID + "sparqlEndpoint"), m.createResource(base + ServerSettings.DATASET + "/sparql"));
        d.addProperty(m.createProperty(VOID + "dataDump"), m.createResource(base + ServerSettings.DATASET + "/get"));
        d.addProperty(m.createProperty(VOID + "uriSpace"), idBase);
        d.addProperty(m.createProperty(VOID + "vocabulary"), m.createResource(ARS.NS));
        d.addProperty(m.createProperty(VOID + "vocabulary"), m.createResource("http://www.w3.org/2004/02/skos/core#"));
        d.addProperty(m.createProperty(VOID + "vocabulary"), m.createResource("http://www.w3.org/ns/prov#"));
        d.addProperty(m.createProperty(VOID + "rootResource"), m.createResource(base + "/browse"));
        long[] counts = Txn.calculateRead(ds, () -> new long[] {
            count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
            count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + idBase + "\")) }"),
            count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"),
            count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <" + ARS.Report.getURI() + "> }")});
        d.addLiteral(m.createProperty(VOID + "triples"), m.createTypedLiteral(counts[0], XSDDatatype.XSDinteger));
        d.addLiteral(m.createProperty(VOID + "entities"), m.createTypedLiteral(counts[1], XSDDatatype.XSDinteger));
        d.addLiteral(m.createProperty(VOID + "distinctSubjects"), m.createTypedLiteral(counts[1], XSDDatatype.XSDinteger));
        d.addProperty(DCTerms.description, counts[2] + " named graphs, " + counts[3] + " reports");
        var form = RdfSyntaxes.negotiate(req.getHeader("Accept")).filter(f -> f.lang() != null)
                .orElse(RdfSyntaxes.BY_SUFFIX.get("ttl"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, form.lang() == null ? Lang.TURTLE : form.lang());
        LinkedDataServlet.send(res, form.mediaType(), out.toByteArray());
    }

    private long count(String q) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
