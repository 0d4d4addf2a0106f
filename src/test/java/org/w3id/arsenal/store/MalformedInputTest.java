package org.w3id.arsenal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.records.RecordLoader;

/**
 * Every file of the malformed corpus ({@code src/test/resources/malformed/}: at least one per RDF syntax Rio
 * parses and one per records-file mistake) is refused with a message naming the file and the line (and the column
 * where the parser gives one), and leaves a real TDB2 store, already holding data, exactly as it was: even when
 * the broken file is loaded into the very graph the good data lives in.
 */
class MalformedInputTest {

    private static final Path DIR = Path.of("src/test/resources/malformed");

    @TempDir
    static Path tmp;

    private static Store store;
    private static String goodGraph;
    private static Set<String> before;

    @BeforeAll
    static void storeWithData() throws IOException {
        store = Store.open(tmp.resolve("store"));
        Path good = tmp.resolve("good.ttl");
        Files.writeString(good, "@prefix ex: <https://example.org/> .\nex:plant ex:makes ex:shell ; ex:name \"Plant\"@en .\n"
                + "ex:plant ex:part [ ex:name \"workshop\" ] .\n");
        goodGraph = RdfFileLoader.defaultGraphName(good);
        RdfFileLoader.load(store, good);
        RecordLoader.load(store, Path.of("src/test/resources/records/example.csv"), LoadOptions.DEFAULT);
        before = snapshot();
        assertTrue(before.size() > 100, "the store holds data before the malformed loads");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken.ttl             | 3     | Expected '.'
            broken.ttl.gz          | 3     | Expected '.'
            missing-object.ttl     | 3     | missing object before '.'
            broken.trig            | 6     | new line in literal
            eof.trig               | 4     | end of file
            broken.nt              | 2:46  | Expected '<' or '_'
            broken.nq              | 3     | unencoded space
            broken.rdf             | 4:16  | must be terminated by the matching end-tag
            broken.owl             | 5:49  | not allowed as attribute name
            broken.jsonld          | 4:25  | Expected tokens are: [COMMA]
            broken.trix            | 7:14  | exactly 3 values are required
            broken.rj              | 4:24  | No value for object
            unknown-kind.csv       | 3     | unknown kind 'rumoured'
            missing-subject.csv    | 4     | missing subject
            bad-date.csv           | 2     | bad date 'August 2023'
            bad-interval.csv       | 3     | bad date '2024-02/2023-09'
            bad-certainty.csv      | 3     | bad certainty 'rumoured'
            unbalanced-quote.csv   | 2     | unbalanced quote
            stray-quote.csv        | 2     | a quote inside an unquoted field
            wrong-header.csv       | 1     | wrong column header: unknown column 'target'
            relation-without-object.csv | 3 | relation without object
            entity-with-object.csv | 2     | an entity row (facility) has no object
            empty.csv              | 1     | empty file
            too-many-fields.csv    | 2     | 9 fields, but the header has 8
            syntax.json            | 3:48  | was expecting comma
            unknown-key.json       | 3     | unknown key 'target'
            not-a-list.json        | 1:2   | expected a list of records
            syntax.yaml            | 5:10  | mapping values are not allowed here
            bad-kind.yaml          | 3     | unknown kind 'inspected'
            bad-date.yaml          | 3     | bad date '2023-13'
            entity-with-object.yaml | 1    | an entity row (product) has no object
            """)
    void isRefusedWithItsFileAndLineAndChangesNothing(String name, String where, String what) {
        Path file = DIR.resolve(name);
        InputException e = assertThrows(InputException.class, () -> load(file));
        String first = e.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(file + ":" + where + ": "), "expected " + file + ":" + where + " in: " + first);
        assertTrue(first.contains(what), "expected '" + what + "' in: " + first);
        assertEquals(before, snapshot(), "the store changed");
    }

    @Test
    void aBinaryFileHasNoLinesSoItsErrorNamesTheByte() {
        Path file = DIR.resolve("broken.brf");
        InputException e = assertThrows(InputException.class, () -> load(file));
        assertTrue(e.getMessage().startsWith(file + ": at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("binary RDF"), e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void theCorpusCoversEveryRdfSyntaxAndIsAtLeastTwentyFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertTrue(names.size() >= 20, names.toString());
        for (String ext : List.of(".ttl", ".trig", ".nt", ".nq", ".rdf", ".jsonld", ".trix", ".rj", ".brf", ".csv",
                ".json", ".yaml")) {
            assertTrue(names.stream().anyMatch(n -> n.endsWith(ext)), ext);
        }
    }

    /** Loads as {@code arsenal load} would, RDF files into the good data's graph so a partial load would show. */
    private static void load(Path file) {
        if (RecordLoader.accepts(file)) RecordLoader.load(store, file, LoadOptions.DEFAULT.withShapeCheck(true));
        else RdfFileLoader.load(store, file, goodGraph, LoadOptions.DEFAULT.withShapeCheck(true));
    }

    /** Every quad, blank nodes by label: the same store state gives the same set. */
    private static Set<String> snapshot() {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Set<String> out = new TreeSet<>();
            for (var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                out.add(q.toString());
            }
            return out;
        });
    }
}
