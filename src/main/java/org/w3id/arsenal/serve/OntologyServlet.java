package org.w3id.arsenal.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.arsenal.store.OntologyGraphs;

/**
 * The ontology at its namespace path ({@code /ontology}, and the alignment module at {@code /ontology/align}) by
 * content negotiation, so Protégé's "open from URL" works against a running server; browsers get a page listing
 * every term with its definition.
 */
final class OntologyServlet extends HttpServlet {

    private final Model core = OntologyGraphs.core();
    private final Model align = OntologyGraphs.alignment();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String suffix = LinkedDataServlet.suffixOf(path);
        if (suffix != null) path = path.substring(0, path.length() - suffix.length() - 1);
        Model m = path.isEmpty() || path.equals("/") ? core : path.equals("/align") ? align : null;
        if (m == null) {
            res.sendError(404, "no such ontology module");
            return;
        }
        Optional<RdfSyntaxes.Form> form = suffix != null ? Optional.of(RdfSyntaxes.BY_SUFFIX.get(suffix))
                : RdfSyntaxes.negotiate(req.getHeader("Accept"));
        if (form.isEmpty()) {
            res.sendError(406, "available as text/html, text/turtle, application/ld+json, application/rdf+xml, "
                    + "application/n-triples");
            return;
        }
        if (suffix == null) {
            res.setHeader("Vary", "Accept");
            res.setHeader("Content-Location", req.getRequestURI() + "." + form.get().suffix());
        }
        if (form.get().lang() == null) {
            LinkedDataServlet.send(res, "text/html;charset=utf-8", html(m).getBytes(StandardCharsets.UTF_8));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, form.get().lang());
        LinkedDataServlet.send(res, form.get().mediaType(), out.toByteArray());
    }

    /** A plain page: the header, then every class and property with its label and definition. */
    private static String html(Model m) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Arsenal ontology</title><style>body{font-family:system-ui,sans-serif;max-width:60em;"
                + "margin:2em auto;padding:0 1em}dt{font-weight:600;margin-top:.8em}code{color:#555}</style></head><body>");
        Resource header = m.listResourcesWithProperty(RDF.type, OWL.Ontology).next();
        b.append("<h1>").append(esc(text(header, org.apache.jena.vocabulary.DCTerms.title, "Arsenal ontology")))
                .append("</h1><p>").append(esc(text(header, org.apache.jena.vocabulary.DCTerms.description, "")))
                .append("</p><p>Also as <a href=\"?\">Turtle</a>: append <code>.ttl</code>, <code>.rdf</code>, "
                        + "<code>.jsonld</code> or <code>.nt</code> to this URL.</p>");
        section(b, m, "Classes", OWL.Class);
        section(b, m, "Object properties", OWL.ObjectProperty);
        section(b, m, "Datatype properties", OWL.DatatypeProperty);
        section(b, m, "Individuals", OWL.NamedIndividual);
        return b.append("</body></html>").toString();
    }

    private static void section(StringBuilder b, Model m, String title, Resource type) {
        var terms = m.listResourcesWithProperty(RDF.type, type).toList().stream().filter(Resource::isURIResource)
                .sorted((x, y) -> x.getURI().compareTo(y.getURI())).toList();
        if (terms.isEmpty()) return;
        b.append("<h2>").append(title).append("</h2><dl>");
        for (Resource t : terms) {
            b.append("<dt id=\"").append(esc(t.getLocalName())).append("\">").append(esc(text(t, RDFS.label,
                    t.getLocalName()))).append(" <code>").append(esc(t.getURI())).append("</code></dt><dd>")
                    .append(esc(text(t, SKOS.definition, ""))).append("</dd>");
        }
        b.append("</dl>");
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p, String fallback) {
        var s = r.getProperty(p);
        return s == null ? fallback : s.getString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
