package org.w3id.arsenal.export;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriterRegistry;

/**
 * The RDF syntaxes Arsenal can write: whatever Rio writers are on the classpath (its registry, filled by
 * ServiceLoader), so a new Rio module adds a format with no code change here.
 */
public final class ExportFormats {

    private ExportFormats() {}

    /** Every format with a registered writer, by key. */
    public static List<RDFFormat> all() {
        return RDFWriterRegistry.getInstance().getKeys().stream()
                .sorted(Comparator.comparing(ExportFormats::key)).toList();
    }

    /** A short, typeable name: Rio's name in lower case without punctuation ("N-Quads" is "nquads"). */
    public static String key(RDFFormat f) {
        return f.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static String extension(RDFFormat f) {
        return f.getDefaultFileExtension();
    }

    /**
     * Whether the format keeps named graphs (quads); the others get the merged graph. RDF/JSON is triples only:
     * Rio adds named graphs under a non-standard "graphs" key that other RDF/JSON readers (Jena's) reject.
     */
    public static boolean supportsQuads(RDFFormat f) {
        return f.supportsContexts() && !f.equals(RDFFormat.RDFJSON);
    }

    /** A format by key, Rio name, file extension or media type, case-insensitively. */
    public static Optional<RDFFormat> find(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        String k = n.replaceAll("[^a-z0-9]", "");
        List<RDFFormat> formats = all();
        return formats.stream().filter(f -> key(f).equals(k)).findFirst()
                .or(() -> formats.stream().filter(f -> f.getFileExtensions().stream()
                        .anyMatch(e -> e.equalsIgnoreCase(n.startsWith(".") ? n.substring(1) : n))).findFirst())
                .or(() -> formats.stream().filter(f -> f.getMIMETypes().stream()
                        .anyMatch(m -> m.equalsIgnoreCase(n))).findFirst());
    }
}
