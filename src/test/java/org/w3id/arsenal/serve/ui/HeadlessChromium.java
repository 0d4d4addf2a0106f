package org.w3id.arsenal.serve.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, JDK client, no extra dependency):
 * the command line alone can dump a DOM or take a screenshot, but cannot say where an element is drawn, click, or
 * list the requests a page made. Started with the flags that work headless as root on these machines, a fresh
 * profile, and no background networking, so every request it makes is one a page asked for.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Debian's package; -Darsenal.chromium=PATH for another build of Chromium. */
    static final Path EXECUTABLE = Path.of(System.getProperty("arsenal.chromium", "/usr/bin/chromium"));
    static final int WIDTH = 1280;
    static final int HEIGHT = 1600;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<JsonNode> events = new ConcurrentLinkedQueue<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** The flags every run uses (the machine notes' list), with this profile directory. */
    static List<String> command(Path profile) {
        return new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
                "--hide-scrollbars"));
    }

    /** A browser with a new empty profile (deleted on close), its output in the profile's chromium.log. */
    static HeadlessChromium start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("arsenal-chromium-");
        List<String> cmd = command(profile);
        cmd.add("--remote-debugging-port=0");
        cmd.add("about:blank");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        } catch (IOException e) {
            delete(profile);
            throw e;
        }
        boolean started = false;
        try {
            // Chromium writes the port it picked (line 1) into the profile once it listens
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!p.isAlive()) throw new IOException("chromium exited with " + p.exitValue());
                if (System.nanoTime() > deadline) throw new IOException("chromium did not open its DevTools port");
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
            String ws = null;
            for (JsonNode t : JSON.readTree(list)) {
                if (t.path("type").asText().equals("page")) {
                    ws = t.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (ws == null) throw new IOException("chromium has no page target: " + list);
            Listener listener = new Listener();
            WebSocket socket;
            try {
                socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(ws), listener)
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("cannot connect to chromium's DevTools at " + ws, e);
            }
            HeadlessChromium c = new HeadlessChromium(p, profile, socket);
            listener.owner = c;
            c.call("Page.enable", null);
            c.call("Network.enable", null);
            c.call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", WIDTH)
                    .put("height", HEIGHT).put("deviceScaleFactor", 1).put("mobile", false));
            started = true;
            return c;
        } finally {
            if (!started) {
                kill(p);
                delete(profile);
            }
        }
    }

    /** One DevTools command; its result, or an exception with the protocol's error. */
    JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) msg.set("params", params);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) throw new IllegalStateException(method + ": " + r.get("error"));
            return r.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            if (e instanceof IllegalStateException) throw (IllegalStateException) e;
            throw new IllegalStateException(method + " failed", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Loads a page and waits for its load event (document.readyState "complete"). */
    void navigate(String url) {
        events.clear();
        JsonNode r = call("Page.navigate", JSON.createObjectNode().put("url", url));
        if (r.hasNonNull("errorText")) throw new IllegalStateException(url + ": " + r.get("errorText").asText());
        if (!waitFor("document.readyState === 'complete'", TIMEOUT)) {
            throw new IllegalStateException(url + " did not finish loading");
        }
    }

    /** A JavaScript expression's value in the page (promises awaited), as JSON. */
    JsonNode eval(String expression) {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Polls a boolean expression until it is true (and says so) or the time is up (and says false). */
    boolean waitFor(String expression, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (eval("Boolean(" + expression + ")").asBoolean()) return true;
            if (System.nanoTime() > deadline) return false;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The rendered DOM, as --dump-dom prints it. */
    String dom() {
        return eval("document.documentElement.outerHTML").asText();
    }

    /** A PNG of the whole page (beyond the window too), one image pixel per CSS pixel. */
    byte[] screenshot() {
        JsonNode size = call("Page.getLayoutMetrics", null).path("cssContentSize");
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("scale", 1)
                .put("width", Math.max(WIDTH, size.path("width").asDouble()))
                .put("height", Math.max(1, size.path("height").asDouble()));
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        return Base64.getDecoder().decode(call("Page.captureScreenshot", params).path("data").asText());
    }

    /** The URL of every request the current page made since {@link #navigate}. */
    List<String> requests() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("method").asText().equals("Network.requestWillBeSent")) {
                out.add(e.path("params").path("request").path("url").asText());
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            // a clean exit removes the browser's own temporary files
            socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(5, TimeUnit.SECONDS);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // it is killed next anyway
        }
        kill(process);
        delete(profile);
    }

    private static void delete(Path dir) {
        // deepest first; a symbolic link is removed, never followed
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static void kill(Process p) {
        // only this browser's own processes: its renderers and helpers are its descendants
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void received(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.get(msg.get("id").asInt());
                if (f != null) f.complete(msg);
            } else {
                events.add(msg);
            }
        } catch (IOException e) {
            // not JSON: not the protocol; ignore
        }
    }

    /** Reassembles fragmented text frames (a screenshot is one large message). */
    private static final class Listener implements WebSocket.Listener {
        volatile HeadlessChromium owner;
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                HeadlessChromium o = owner;
                if (o != null) o.received(text);
            }
            ws.request(1);
            return null;
        }
    }
}
