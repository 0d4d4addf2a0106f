package org.w3id.arsenal.facts;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources as paths, from the classpath so no test depends on the working directory. */
final class Resources {

    static final String SEED_000 = "gold/seed-000-artillery-plants.facts.tsv";
    static final String SEED_002 = "gold/seed-002-three-day-tour.facts.tsv";

    private Resources() {
    }

    static Path path(String resource) {
        URL url = Resources.class.getClassLoader().getResource(resource);
        if (url == null) throw new IllegalStateException("missing test resource " + resource);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
