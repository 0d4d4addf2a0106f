package org.w3id.arsenal.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Locations of the ontology files and the Protégé catalog that maps ontology IRIs to them. */
final class OntologyFiles {

    static final String NS = "https://w3id.org/arsenal/ontology#";
    static final String CORE_IRI = "https://w3id.org/arsenal/ontology";
    static final String ALIGN_IRI = "https://w3id.org/arsenal/ontology/align";

    /** The ontology folder; the system property lets a run point the checks at a modified copy. */
    static final Path DIR = Paths.get(System.getProperty("arsenal.ontology.dir", "ontology"));
    static final Path CORE = DIR.resolve("arsenal.ttl");
    static final Path ALIGN = DIR.resolve("arsenal-align.ttl");
    static final Path SHAPES = DIR.resolve("shapes.ttl");
    static final Path CATALOG = DIR.resolve("catalog-v001.xml");

    private OntologyFiles() {}

    /**
     * Reads catalog-v001.xml (the file Protégé uses) and returns ontology IRI -> local file, resolving the
     * catalog's relative paths against the catalog's own folder.
     */
    static Map<String, Path> catalog() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList uris = f.newDocumentBuilder().parse(CATALOG.toFile())
                    .getElementsByTagNameNS("urn:oasis:names:tc:entity:xmlns:xml:catalog", "uri");
            Map<String, Path> map = new LinkedHashMap<>();
            for (int i = 0; i < uris.getLength(); i++) {
                Element e = (Element) uris.item(i);
                String target = e.getAttribute("uri");
                if (target.contains(":") || target.startsWith("/")) {
                    throw new IllegalStateException("catalog entry for " + e.getAttribute("name")
                            + " must use a relative path, found " + target);
                }
                Path file = CATALOG.getParent().resolve(target).normalize();
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("catalog maps " + e.getAttribute("name") + " to missing file " + file);
                }
                map.put(e.getAttribute("name"), file);
            }
            return map;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + CATALOG + ": " + e.getMessage(), e);
        }
    }
}
