package org.w3id.arsenal.serve.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.pipeline.StoreSetup;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;
import org.w3id.arsenal.serve.ArsenalServer;
import org.w3id.arsenal.serve.ServerSettings;
import org.w3id.arsenal.store.Store;

/** The HTTP calls the Fuseki UI makes, answered by a real server over the bundled reports; and nothing more. */
class UiServerTest {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Store store;
    static ArsenalServer open;
    static ArsenalServer secured;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("store"));
        StoreSetup.loadDefaults(store, line -> { });
        open = ArsenalServer.start(store, ServerSettings.defaults().withPort(0));
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "analyst: s3cret\n");
        secured = ArsenalServer.start(store, ServerSettings.defaults().withPort(0).withPasswordFile(passwords));
    }

    @AfterAll
    static void stop() {
        if (open != null) open.close();
        if (secured != null) secured.close();
        if (store != null) store.close();
    }

    @Test
    void theUiIsServedFromTheJar() {
        HttpResponse<String> index = get(open.url() + "/", null);
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("<div id=\"app\">"), index.body());
        for (String script : QueryPagePatchTest.ui().scripts()) {
            HttpResponse<String> r = get(open.url() + "/" + script, null);
            assertEquals(200, r.statusCode(), script);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), script);
        }
    }

    /** /$/server: the one dataset, the query endpoint the editor uses first, and only the endpoints served. */
    @Test
    void serverStatusDescribesTheDataset() throws Exception {
        JsonNode status = json(open.url() + "/$/server");
        assertTrue(status.path("version").asText().matches("\\d+\\.\\d+.*"), status.toString());
        assertTrue(status.path("uptime").isIntegralNumber());
        assertEquals(1, status.path("datasets").size(), status.toString());
        JsonNode ds = status.path("datasets").get(0);
        assertEquals(ServerSettings.DATASET, ds.path("ds.name").asText());
        assertTrue(ds.path("ds.state").asBoolean());
        assertEquals(List.of("query", "sparql", ""), endpoints(ds, "query"));
        assertEquals(List.of("get", ""), endpoints(ds, "gsp-r"));
        assertEquals(List.of(), endpoints(ds, "update"), "no update without a password file");
        assertEquals(List.of(), endpoints(ds, "gsp-rw"));

        JsonNode securedDs = json(secured.url() + "/$/server").path("datasets").get(0);
        assertEquals(List.of("update"), endpoints(securedDs, "update"));
        assertEquals(List.of("data"), endpoints(securedDs, "gsp-rw"));
    }

    @Test
    void pingAndStatsAnswer() throws Exception {
        assertEquals(200, get(open.url() + "/$/ping", null).statusCode());
        JsonNode stats = json(open.url() + "/$/stats/arsenal");
        assertTrue(stats.path("datasets").has(ServerSettings.DATASET), stats.toString());
    }

    /** What the editor sends: a form POST of the query to /arsenal/query, results as JSON. */
    @Test
    void theEditorsRequestIsAnswered() throws Exception {
        CompetencyQuestion q = CompetencyQuestions.byName("reports").orElseThrow();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(open.url() + "/arsenal/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json,*/*;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(q.sparql())))
                .build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).path("results").path("bindings").size() >= 2, r.body());
    }

    @Test
    void thePatchedQueryPageReplacesTheJarsFile() {
        QueryPagePatch.Patched p = QueryPagePatch.apply(QueryPagePatchTest.ui(), CompetencyQuestions.all());
        HttpResponse<String> r = get(open.url() + "/" + p.path(), null);
        assertEquals(200, r.statusCode());
        assertEquals("text/javascript;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(new String(p.script(), StandardCharsets.UTF_8), r.body());
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, send(HttpRequest.newBuilder(URI.create(open.url() + "/" + p.path()))
                .header("If-None-Match", etag).build()).statusCode());

        HttpResponse<String> prefixes = get(open.url() + "/" + QueryPagePatch.PREFIXES_PATH, null);
        assertEquals(200, prefixes.statusCode());
        assertTrue(prefixes.body().contains("\"ars\":\"" + QueryPagePatch.ARS + "\""), prefixes.body());
    }

    /** Without the admin module nobody can create, delete, back up or compact a dataset through the UI's calls. */
    @Test
    void noAdministration() throws Exception {
        for (ArsenalServer s : List.of(open, secured)) {
            List<HttpRequest> admin = List.of(
                    form(s.url() + "/$/datasets", "dbName=evil&dbType=mem"),
                    HttpRequest.newBuilder(URI.create(s.url() + "/$/datasets/arsenal")).DELETE().build(),
                    HttpRequest.newBuilder(URI.create(s.url() + "/$/datasets/arsenal")).GET().build(),
                    form(s.url() + "/$/backup/arsenal", ""),
                    form(s.url() + "/$/compact/arsenal", ""),
                    form(s.url() + "/$/server", ""),
                    HttpRequest.newBuilder(URI.create(s.url() + "/$/tasks")).GET().build(),
                    HttpRequest.newBuilder(URI.create(s.url() + "/static/arsenal-prefixes.json")).DELETE().build());
            for (HttpRequest r : admin) {
                int status = send(r).statusCode();
                assertTrue(status >= 400, r.method() + " " + r.uri() + " answered " + status);
            }
            assertEquals(1, json(s.url() + "/$/server").path("datasets").size());
        }
        assertEquals(200, get(open.url() + "/arsenal/query?query=" + enc("ASK {}"),
                "application/sparql-results+json").statusCode());
    }

    // ---- helpers ----

    static List<String> endpoints(JsonNode dataset, String type) {
        List<String> out = new ArrayList<>();
        for (JsonNode srv : dataset.path("ds.services")) {
            if (srv.path("srv.type").asText().equals(type)) srv.path("srv.endpoints").forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    static JsonNode json(String url) throws IOException {
        HttpResponse<String> r = get(url, "application/json");
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), url);
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return send(b.build());
    }

    static HttpResponse<String> send(HttpRequest r) {
        try {
            return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
