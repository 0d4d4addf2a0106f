package org.w3id.arsenal.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Checks every request to the dataset before Fuseki sees it: bodies over the size limit are refused (413),
 * writes without a configured password file are refused (401), and SPARQL Update {@code LOAD} is refused (403)
 * even for authenticated users, because it makes the server read local files or fetch URLs.
 */
final class RequestGuard implements Filter {

    private final long maxBody;
    private final boolean writesEnabled;

    RequestGuard(long maxBody, boolean writesEnabled) {
        this.maxBody = maxBody;
        this.writesEnabled = writesEnabled;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() > maxBody) {
            response.sendError(413, "request body larger than " + maxBody + " bytes");
            return;
        }
        boolean write = isWrite(request);
        if (write && !writesEnabled) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Arsenal\"");
            response.sendError(401, "updates are disabled: start the server with --auth FILE to enable them");
            return;
        }
        if (!write) {
            chain.doFilter(req, res);
            return;
        }
        if (isForm(request)) {
            // the container parses (and keeps) form parameters itself: read them, never the raw stream
            String update = request.getParameter("update");
            if (update != null && loads(update)) {
                response.sendError(403, "SPARQL Update LOAD is disabled on this server");
                return;
            }
            chain.doFilter(req, res);
            return;
        }
        byte[] body = readLimited(request.getInputStream());
        if (body == null) {
            response.sendError(413, "request body larger than " + maxBody + " bytes");
            return;
        }
        CachedBody wrapped = new CachedBody(request, body);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("application/sparql-update") && loads(new String(body, StandardCharsets.UTF_8))) {
            response.sendError(403, "SPARQL Update LOAD is disabled on this server");
            return;
        }
        chain.doFilter(wrapped, res);
    }

    /** SPARQL Update or a Graph Store write (PUT, POST of data, DELETE). */
    private static boolean isWrite(HttpServletRequest r) {
        String method = r.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return false;
        if (method.equals("PUT") || method.equals("DELETE") || method.equals("PATCH")) return true;
        String type = r.getContentType() == null ? "" : r.getContentType().toLowerCase();
        String path = r.getRequestURI();
        if (type.startsWith("application/sparql-update") || path.endsWith("/update")) return true;
        if (type.startsWith("application/sparql-query")) return false;
        if (type.startsWith("application/x-www-form-urlencoded")) return r.getParameter("update") != null;
        // any other POST body is RDF data for the Graph Store Protocol
        return true;
    }

    private static boolean isForm(HttpServletRequest r) {
        return r.getContentType() != null && r.getContentType().toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    private static boolean loads(String update) {
        try {
            UpdateRequest parsed = UpdateFactory.create(update);
            for (Update u : parsed.getOperations()) if (u instanceof UpdateLoad) return true;
            return false;
        } catch (QueryParseException e) {
            // Fuseki will answer the syntax error itself; a LOAD keyword anywhere is refused regardless
            return update.toUpperCase().contains("LOAD");
        }
    }

    private byte[] readLimited(InputStream in) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        return data.length > maxBody ? null : data;
    }

    /** The request with its body read once and replayed, so Fuseki can read it again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
