package org.w3id.arsenal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.InputException;

/** A big file into an empty store goes through TDB2's bulk loader, with the outcome of the one-transaction load. */
class BulkLoadTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path big;
    private static long expected;

    @BeforeAll
    static void bigFile() throws IOException {
        big = shared.resolve("big.nq");
        new NQuadsGenerator(3, 2_000).write(big, 30_000);
        assertTrue(Files.size(big) > BulkLoad.MIN_BYTES);
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        RDFParser.source(big).parse(mem);
        expected = count(mem);
    }

    @Test
    void aBigFileIntoAnEmptyStoreIsBulkLoadedCompletely() {
        try (Store store = Store.open(dir.resolve("store"))) {
            assertTrue(BulkLoad.applies(store.dataset().asDatasetGraph(), big));
            RdfFileLoader.Loaded l = RdfFileLoader.load(store, big);
            assertTrue(l.statements() >= 30_000);
            assertTrue(l.graphs().size() > 10, "one graph per generated report");
            assertEquals(expected, count(store.dataset().asDatasetGraph()));
            // the store is not empty any more: a second load takes the transactional path and replaces the graphs
            assertTrue(!BulkLoad.applies(store.dataset().asDatasetGraph(), big));
            RdfFileLoader.load(store, big);
            assertEquals(expected, count(store.dataset().asDatasetGraph()));
        }
    }

    @Test
    void anErrorLeavesTheStoreEmptyAndUsable() throws IOException {
        Path broken = dir.resolve("broken.nq");
        Files.copy(big, broken);
        long lines = Files.readAllLines(broken).size();
        Files.writeString(broken, "<https://example.org/a> <https://example.org/p> .\n", StandardOpenOption.APPEND);
        try (Store store = Store.open(dir.resolve("store"))) {
            InputException e = assertThrows(InputException.class, () -> RdfFileLoader.load(store, broken));
            assertTrue(e.getMessage().startsWith(broken + ":" + (lines + 1) + ":"), e.getMessage());
            assertEquals(0, count(store.dataset().asDatasetGraph()));
            Path small = dir.resolve("small.nt");
            Files.writeString(small, "<https://example.org/a> <https://example.org/p> \"1\" .\n");
            RdfFileLoader.load(store, small);
            assertEquals(1, count(store.dataset().asDatasetGraph()));
        }
    }

    @Test
    void lenientSkipsTheBadLinesInBulkToo() throws IOException {
        Path mixed = dir.resolve("mixed.nq");
        Files.copy(big, mixed);
        long lines = Files.readAllLines(mixed).size();
        Files.writeString(mixed, "<https://example.org/a> <https://example.org/p> .\n"
                + "<https://example.org/a> <https://example.org/p> \"x\" <https://example.org/g> .\n",
                StandardOpenOption.APPEND);
        try (Store store = Store.open(dir.resolve("store"))) {
            RdfFileLoader.Loaded l = RdfFileLoader.load(store, mixed, null, LoadOptions.DEFAULT.withLenient(true));
            assertEquals(1, l.skipped().size(), l.skipped().toString());
            assertTrue(l.skipped().get(0).startsWith(mixed + ":" + (lines + 1) + ":"), l.skipped().toString());
            assertEquals(expected + 1, count(store.dataset().asDatasetGraph()));
        }
    }

    @Test
    void dataThatBreaksTheShapesIsRefusedAndTheStoreStaysEmpty() throws IOException {
        Path visit = dir.resolve("visit.nq");
        Files.copy(big, visit);
        Files.writeString(visit, "<https://w3id.org/arsenal/id/inspection/x/1> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/arsenal/ontology#Inspection> "
                + "<https://example.org/g> .\n", StandardOpenOption.APPEND);
        try (Store store = Store.open(dir.resolve("store"))) {
            InputException e = assertThrows(InputException.class,
                    () -> RdfFileLoader.load(store, visit, null, LoadOptions.DEFAULT.withShapeCheck(true)));
            assertTrue(e.getMessage().startsWith(visit + ": breaks the SHACL shapes"), e.getMessage());
            assertEquals(0, count(store.dataset().asDatasetGraph()));
        }
    }

    private static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }
}
