package org.w3id.arsenal.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.arsenal.serve.pages.Pages;

/**
 * Entity IRIs ({@code idBase + path}) served at {@code /id/path} by content negotiation: HTML for browsers,
 * Turtle, JSON-LD, RDF/XML or N-Triples for machines. One pattern throughout: 200 with the chosen document's URL
 * in Content-Location ({@code /id/path.ttl}), and the suffix forms answer directly. Unknown IRI: 404.
 */
final class LinkedDataServlet extends HttpServlet {

    private final Dataset ds;
    private final String idBase;
    private final Pages pages;

    LinkedDataServlet(Dataset ds, String idBase, Pages pages) {
        this.ds = ds;
        this.idBase = idBase;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<RdfSyntaxes.Form> form;
        String suffix = suffixOf(path);
        if (suffix != null) {
            form = Optional.of(RdfSyntaxes.BY_SUFFIX.get(suffix));
            path = path.substring(0, path.length() - suffix.length() - 1);
        } else {
            form = RdfSyntaxes.negotiate(req.getHeader("Accept"));
            res.setHeader("Vary", "Accept");
        }
        if (form.isEmpty()) {
            res.sendError(406, "available as text/html, text/turtle, application/ld+json, application/rdf+xml, "
                    + "application/n-triples");
            return;
        }
        String iri = idBase + path;
        if (suffix == null) res.setHeader("Content-Location", "/id/" + path + "." + form.get().suffix());
        if (form.get().lang() == null) {
            Optional<String> html = pages.report(iri).or(() -> pages.entity(iri));
            if (html.isEmpty()) {
                res.sendError(404, "no such entity: " + iri);
                return;
            }
            send(res, RdfSyntaxes.HTML + ";charset=utf-8", html.get().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Model m = Describe.of(ds, iri);
        if (m.isEmpty()) {
            res.sendError(404, "no such entity: " + iri);
            return;
        }
        res.setContentType(form.get().mediaType() + (form.get().lang().equals(org.apache.jena.riot.Lang.RDFXML)
                ? "" : ";charset=utf-8"));
        try (OutputStream out = res.getOutputStream()) {
            RDFDataMgr.write(out, m, form.get().lang());
        }
    }

    static String suffixOf(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || path.indexOf('/', dot) >= 0) return null;
        String s = path.substring(dot + 1);
        return RdfSyntaxes.BY_SUFFIX.containsKey(s) ? s : null;
    }

    static void send(HttpServletResponse res, String type, byte[] body) throws IOException {
        res.setContentType(type);
        res.setContentLength(body.length);
        try (OutputStream out = res.getOutputStream()) {
            out.write(body);
        }
    }
}
