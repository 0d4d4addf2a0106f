package org.w3id.arsenal.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.w3id.arsenal.serve.pages.Pages;

/** The browsing pages that are not entities: the landing page (/browse) and label search (/search?q=). */
final class SiteServlet extends HttpServlet {

    private final Pages pages;

    SiteServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String html = req.getServletPath().equals("/search")
                ? pages.search(req.getParameter("q") == null ? "" : req.getParameter("q")) : pages.home();
        LinkedDataServlet.send(res, "text/html;charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
}
