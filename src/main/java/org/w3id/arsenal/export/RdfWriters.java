package org.w3id.arsenal.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterSettings;

/** Writes content with Rio: project prefixes, pretty Turtle/TriG, JSON-LD compacted with the Arsenal context. */
final class RdfWriters {

    private static final Set<RDFFormat> TURTLE_LIKE =
            Set.of(RDFFormat.TURTLE, RDFFormat.TURTLESTAR, RDFFormat.TRIG, RDFFormat.TRIGSTAR, RDFFormat.N3);

    private RdfWriters() {}

    static RDFHandler create(RDFFormat format, OutputStream out, TurtleLayout layout) {
        if (format.equals(RDFFormat.JSONLD)) return new CompactJsonLdWriter(out);
        RDFWriter w = Rio.createWriter(format, out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true)
                .set(BasicWriterSettings.INLINE_BLANK_NODES, layout.inlineBlankNodes())
                .set(TurtleWriterSettings.ABBREVIATE_NUMBERS, layout.abbreviateNumbers());
        return w;
    }

    /** Writes the content (comments first where the syntax has them); returns the number of statements. */
    static long write(Content content, RDFFormat format, OutputStream out, List<String> comments) {
        return write(content, format, out, comments, Map.of());
    }

    /** As {@link #write(Content, RDFFormat, OutputStream, List)}, declaring more prefixes. */
    static long write(Content content, RDFFormat format, OutputStream out, List<String> comments,
            Map<String, String> morePrefixes) {
        boolean turtle = TURTLE_LIKE.contains(format);
        boolean quads = ExportFormats.supportsQuads(format);
        RDFHandler h = create(format, out, turtle ? TurtleLayout.of(content, quads) : TurtleLayout.PLAIN);
        RioBridge bridge = new RioBridge();
        h.startRDF();
        // Turtle writes a prefix as soon as it is declared, RDF/XML only before its first output: order for each.
        if (turtle) comments.forEach(h::handleComment);
        Prefixes.all().forEach(h::handleNamespace);
        new TreeMap<>(morePrefixes).forEach(h::handleNamespace);
        if (!turtle) comments.forEach(c -> h.handleComment(c.replace("--", "- -")));
        long n = 0;
        for (Iterator<Quad> it = content.quads(); it.hasNext(); n++) {
            h.handleStatement(bridge.statement(it.next(), quads));
        }
        h.endRDF();
        return n;
    }
}
