package org.w3id.arsenal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;
import org.w3id.arsenal.store.Store;

/** A real server on a random port over a real TDB2 store with the bundled reports, tested over real HTTP. */
class ServerTest {

    @TempDir
    static Path dir;

    static Store store;
    static ArsenalServer open;
    static ArsenalServer secured;
    static String base;
    static String securedBase;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("store"));
        StoreSetup.loadDefaults(store, line -> { });
        open = ArsenalServer.start(store, ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(3)));
        base = open.url();
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "analyst: s3cret\n");
        secured = ArsenalServer.start(store, ServerSettings.defaults().withPort(0).withPasswordFile(passwords));
        securedBase = secured.url();
    }

    @AfterAll
    static void stop() {
        open.close();
        secured.close();
        store.close();
    }

    static String sparql(String b) {
        return b + ServerSettings.DATASET + "/sparql";
    }

    // ---- SPARQL protocol ----

    @Test
    void getAndPostInEveryResultFormat() {
        String q = "SELECT ?r WHERE { ?r a <https://w3id.org/arsenal/ontology#Report> }";
        for (String accept : List.of("application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values")) {
            HttpResponse<String> get = Http.get(sparql(base) + "?query=" + Http.enc(q), accept);
            assertEquals(200, get.statusCode(), accept + ": " + get.body());
            assertTrue(get.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            assertTrue(get.body().contains("seed-000-artillery-plants"), accept);
        }
        HttpResponse<String> form = Http.post(sparql(base), "application/x-www-form-urlencoded", "query=" + Http.enc(q),
                "application/sparql-results+json", null);
        assertEquals(200, form.statusCode(), form.body());
        HttpResponse<String> direct = Http.post(sparql(base), "application/sparql-query", q, "text/csv", null);
        assertEquals(200, direct.statusCode(), direct.body());
        assertTrue(direct.body().contains("seed-002-three-day-tour"));
    }

    @Test
    void constructAnswersTurtleAndJsonLd() {
        String q = "CONSTRUCT { ?f a ?t } WHERE { ?f a ?t . FILTER(?t = <https://w3id.org/arsenal/ontology#Factory>) }";
        for (String accept : List.of("text/turtle", "application/ld+json")) {
            HttpResponse<String> r = Http.get(sparql(base) + "?query=" + Http.enc(q), accept);
            assertEquals(200, r.statusCode(), r.body());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), accept.contains("json") ? Lang.JSONLD : Lang.TURTLE).parse(m);
            assertTrue(m.size() >= 3, accept + " " + m.size());
        }
    }

    static List<CompetencyQuestion> questions() {
        return CompetencyQuestions.all();
    }

    @ParameterizedTest
    @MethodSource("questions")
    void everyCompetencyQuestionAnswersOverHttp(CompetencyQuestion q) {
        HttpResponse<String> r = Http.post(sparql(base), "application/sparql-query", q.sparql(), "text/csv", null);
        assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
        assertTrue(r.body().lines().count() >= 2, q.name() + " returned no rows:\n" + r.body());
    }

    @Test
    void anIndependentClientWorks() {
        SPARQLRepository repo = new SPARQLRepository(sparql(base));
        try (RepositoryConnection c = repo.getConnection();
                TupleQueryResult rs = c.prepareTupleQuery(CompetencyQuestions.byName("visits-by-leader").orElseThrow()
                        .sparql()).evaluate()) {
            int rows = 0;
            boolean kanggye = false;
            for (BindingSet b : rs) {
                rows++;
                kanggye |= b.getValue("siteLabel").stringValue().contains("Kanggye");
            }
            assertTrue(rows >= 5 && kanggye, "rows " + rows);
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void theDefaultGraphIsTheUnionAndInferenceIsMaterialised() {
        String persons = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/arsenal/ontology#Person> }";
        HttpResponse<String> r = Http.post(sparql(base), "application/sparql-query", persons, "text/csv", null);
        assertTrue(Integer.parseInt(r.body().lines().skip(1).findFirst().orElse("0").strip()) >= 2,
                "leaders and officials are persons: " + r.body());
        String inNorthKorea = "ASK { <https://w3id.org/arsenal/id/facility/kanggye-general-tractor-plant> "
                + "<https://w3id.org/arsenal/ontology#locatedIn> <https://w3id.org/arsenal/id/country/north-korea> }";
        r = Http.post(sparql(base), "application/sparql-query", inNorthKorea, "application/sparql-results+json", null);
        assertTrue(r.body().contains("true"), "transitive location: " + r.body());
    }

    // ---- linked data ----

    @Test
    void entityIrisNegotiateContent() {
        String kju = base + "/id/person/kim-jong-un";
        HttpResponse<String> html = Http.get(kju, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("/id/person/kim-jong-un.html", html.headers().firstValue("Content-Location").orElse(""));
        assertTrue(html.body().contains("Kim Jong Un"));
        for (String[] f : new String[][] {{"text/turtle", "TURTLE"}, {"application/ld+json", "JSONLD"},
                {"application/rdf+xml", "RDFXML"}, {"application/n-triples", "NTRIPLES"}}) {
            HttpResponse<String> r = Http.get(kju, f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(r.body())).lang(langOf(f[1]))
                    .base("http://localhost/").parse(m);
            assertTrue(m.contains(m.createResource("https://w3id.org/arsenal/id/person/kim-jong-un"), null), f[0]);
        }
        HttpResponse<String> ttl = Http.get(kju + ".ttl", "text/html");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "suffix wins");
        assertEquals(404, Http.get(base + "/id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, Http.get(base + "/id/person/nobody-at-all", "text/html").statusCode());
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
    }

    @Test
    void theOntologyIsServedAtItsNamespace() {
        HttpResponse<String> rdf = Http.get(base + "/ontology", "application/rdf+xml");
        assertEquals(200, rdf.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(rdf.body(), Lang.RDFXML).parse(m);
        assertTrue(m.contains(m.createResource("https://w3id.org/arsenal/ontology"), null));
        HttpResponse<String> html = Http.get(base + "/ontology", "text/html");
        assertTrue(html.body().contains("Inspection"), "term list");
        assertEquals(200, Http.get(base + "/ontology/align.ttl", null).statusCode());
        HttpResponse<String> voidDoc = Http.get(base + "/.well-known/void", "text/turtle");
        assertEquals(200, voidDoc.statusCode());
        assertTrue(voidDoc.body().contains("sparqlEndpoint") && voidDoc.body().contains("void:triples"), voidDoc.body());
    }

    // ---- security ----

    @Test
    void federatedServiceIsRefused() {
        String q = "SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = Http.post(sparql(base), "application/sparql-query", q, "text/csv", null);
        assertFalse(r.statusCode() == 200 && r.body().lines().count() > 1, "SERVICE answered: " + r.body());
        assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
    }

    @Test
    void updatesNeedCredentialsAndLoadIsAlwaysRefused() {
        String insert = "INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/a> "
                + "<https://example.org/b> \"c\" } }";
        assertEquals(401, Http.post(base + "/arsenal/update", "application/sparql-update", insert, null, null).statusCode());
        assertEquals(401, Http.post(base + "/arsenal", "application/sparql-update", insert, null, null).statusCode());
        assertEquals(401, Http.post(securedBase + "/arsenal/update", "application/sparql-update", insert, null, null)
                .statusCode());
        assertEquals(401, Http.post(securedBase + "/arsenal/update", "application/sparql-update", insert, null,
                "analyst:wrong").statusCode());
        HttpResponse<String> ok = Http.post(securedBase + "/arsenal/update", "application/sparql-update", insert, null,
                "analyst:s3cret");
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        HttpResponse<String> found = Http.post(sparql(base), "application/sparql-query",
                "ASK { GRAPH <https://example.org/notes> { ?s ?p \"c\" } }", "application/sparql-results+json", null);
        assertTrue(found.body().contains("true"), found.body());
        HttpResponse<String> load = Http.post(securedBase + "/arsenal/update", "application/sparql-update",
                "LOAD <file:///etc/passwd>", null, "analyst:s3cret");
        assertEquals(403, load.statusCode(), load.body());
        HttpResponse<String> formLoad = Http.post(securedBase + "/arsenal/update", "application/x-www-form-urlencoded",
                "update=" + Http.enc("LOAD <http://example.org/data.ttl>"), null, "analyst:s3cret");
        assertEquals(403, formLoad.statusCode(), formLoad.body());
    }

    @Test
    void aPathologicalQueryStopsAtTheTimeoutAndOthersStillAnswer() {
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.post(sparql(base), "application/sparql-query", heavy, "text/csv", null);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(r.statusCode() >= 400 || !r.body().contains("n\r\n"), r.statusCode() + " " + r.body());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        HttpResponse<String> small = Http.get(sparql(base) + "?query=" + Http.enc("ASK { ?s ?p ?o }"),
                "application/sparql-results+json");
        assertEquals(200, small.statusCode());
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        try (ArsenalServer restricted = ArsenalServer.start(store, ServerSettings.defaults().withPort(0)
                .withCors("https://analysts.example.org"))) {
            String q = sparql(restricted.url()) + "?query=" + Http.enc("ASK { ?s ?p ?o }");
            HttpResponse<String> allowed = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(q))
                    .header("Origin", "https://analysts.example.org").GET().build());
            HttpResponse<String> other = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(q))
                    .header("Origin", "https://elsewhere.example.com").GET().build());
            assertEquals("https://analysts.example.org",
                    allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
        }
        HttpResponse<String> any = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                sparql(base) + "?query=" + Http.enc("ASK { ?s ?p ?o }"))).header("Origin", "https://x.example").GET().build());
        assertTrue(any.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "default: any origin");
    }

    @Test
    void oversizedBodiesAreRefused() {
        String big = "x".repeat(11 * 1024 * 1024);
        HttpResponse<String> r = Http.post(sparql(base), "application/sparql-query", big, "text/csv", null);
        assertEquals(413, r.statusCode());
    }
}
