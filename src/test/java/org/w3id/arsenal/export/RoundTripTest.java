package org.w3id.arsenal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format Rio can write, on the bundled store and on the generated one: the output, read back by Rio and
 * by Jena (where Jena has a parser), is isomorphic (Jena's check) to the store: all named graphs for formats with
 * quads, the merged graph for the others.
 */
class RoundTripTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Fixtures.Source source : List.of(Fixtures.bundled(), Fixtures.generated())) {
            for (RDFFormat f : ExportFormats.all()) cases.add(Arguments.of(source, ExportFormats.key(f)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void readsBackIsomorphic(Fixtures.Source source, String key) {
        RDFFormat f = ExportFormats.find(key).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = Exporter.write(source.store(), Optional.empty(), f, out);
        byte[] bytes = out.toByteArray();

        assertSame(source, f, Parse.rio(bytes, f), "Rio");
        Optional<Lang> lang = Parse.jenaLang(f);
        lang.ifPresent(l -> assertSame(source, f, Parse.jena(bytes, l), "Jena"));
        System.out.printf("round trip %-9s %-10s %6d statements %,10d bytes, read back by Rio%s%n", source, key, n,
                bytes.length, lang.map(l -> " and Jena (" + l.getName() + ")").orElse(" (Jena has no parser)"));
    }

    private static void assertSame(Fixtures.Source source, RDFFormat f, DatasetGraph read, String parser) {
        if (ExportFormats.supportsQuads(f)) {
            assertTrue(read.getDefaultGraph().isEmpty(), parser + ": statements outside the named graphs");
            assertEquals(source.copy().stream().count(), read.stream().count(), parser + ": quad count");
            assertTrue(IsoMatcher.isomorphic(source.copy(), read), parser + ": not isomorphic to the store");
        } else {
            Graph expected = source.merged();
            Graph actual = read.getDefaultGraph();
            assertEquals(expected.size(), actual.size(), parser + ": triple count");
            assertTrue(expected.isIsomorphicWith(actual), parser + ": not isomorphic to the merged graph");
        }
    }

    @Test
    void jenaReadsTheMainFormats() {
        for (RDFFormat f : List.of(RDFFormat.TURTLE, RDFFormat.NTRIPLES, RDFFormat.NQUADS, RDFFormat.TRIG,
                RDFFormat.RDFXML, RDFFormat.JSONLD, RDFFormat.TRIX, RDFFormat.RDFJSON)) {
            assertTrue(Parse.jenaLang(f).isPresent(), "no Jena parser mapped for " + f.getName());
            assertTrue(ExportFormats.all().contains(f), "Rio has no writer for " + f.getName());
        }
    }
}
