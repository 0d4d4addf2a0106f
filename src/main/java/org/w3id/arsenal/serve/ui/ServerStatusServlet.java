package org.w3id.arsenal.serve.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;

/**
 * {@code GET /$/server}: the server and dataset description the Fuseki UI lists datasets and finds endpoints from,
 * in the JSON of Fuseki's own ActionServerStatus (admin module), which this server does not run because the
 * admin module also creates, deletes and backs up datasets. Read-only; it describes the datasets actually
 * served, from Fuseki's registry.
 *
 * <p>One difference: named endpoints come before the unnamed one, because the UI's query editor takes the first
 * query endpoint ({@code /arsenal/query}, not {@code /arsenal/}).
 */
public final class ServerStatusServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        JsonBuilder b = new JsonBuilder().startObject()
                // keys of org.apache.jena.fuseki.mgt.ServerMgtConst and ServerConst
                .pair("version", Fuseki.VERSION)
                .pair("startDateTime", Fuseki.serverStartedAt())
                .pair("uptime", Fuseki.serverUptimeSeconds())
                .key("datasets").startArray();
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        registry.accessPoints().stream().sorted(Comparator.comparing(DataAccessPoint::getName))
                .forEach(access -> describe(b, access));
        b.finishArray().finishObject();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, b.build());
        out.write('\n');
        res.setContentType("application/json;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setContentLength(out.size());
        out.writeTo(res.getOutputStream());
    }

    private static void describe(JsonBuilder b, DataAccessPoint access) {
        DataService service = access.getDataService();
        b.startObject().pair("ds.name", access.getName()).pair("ds.state", service.isAcceptingRequests())
                .key("ds.services").startArray();
        for (Operation op : service.getOperations()) {
            List<Endpoint> endpoints = new ArrayList<>(service.getEndpoints(op));
            endpoints.sort(Comparator.comparing((Endpoint e) -> e.getName() == null || e.getName().isEmpty()));
            b.startObject().pair("srv.type", op.getJsonName()).pair("srv.description", op.getDescription())
                    .key("srv.endpoints").startArray();
            endpoints.forEach(e -> b.value(e.getName() == null ? "" : e.getName()));
            b.finishArray().finishObject();
        }
        b.finishArray().finishObject();
    }
}
