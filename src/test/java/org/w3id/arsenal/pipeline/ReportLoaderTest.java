package org.w3id.arsenal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.store.Store;

/** Reports into a real TDB2 store: one graph each, replaced on reload; a bad report changes nothing. */
class ReportLoaderTest {

    @TempDir
    Path dir;

    @Test
    void reloadingAReportReplacesItsGraph() throws IOException {
        Path report = dir.resolve("visit.txt");
        Files.writeString(report, """
                title: Kim visits a tank plant
                published: 2024-03-14

                Kim Jong Un inspected a tank production site in Kusong on Tuesday.
                """);
        ReportLoader loader = new ReportLoader(Reports.withDefaults());
        try (Store store = Store.open(dir.resolve("store"))) {
            ReportLoader.Loaded first = loader.load(store, report);
            long once = count(store);
            loader.load(store, report);
            assertEquals(once, count(store), "no duplicates on reload");
            assertTrue(first.claims() > 0);
            Files.writeString(report, """
                    title: Kim visits a tank plant
                    published: 2024-03-14

                    Kim Jong Un inspected a tank production site in Kusong on Tuesday, accompanied by Jo Yong Won.
                    """);
            loader.load(store, report);
            assertTrue(count(store) > once, "the new version replaced the old one");
            assertEquals(1, visits(store), "still one visit");
        }
    }

    @Test
    void aBadReportNamesTheFileAndLeavesTheStoreAsItWas() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "title: t\npublished: 2024\n\nKim Jong Un visited a tank factory in Kusong.\n");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, 0, 5, 6});
        ReportLoader loader = new ReportLoader(Reports.withDefaults());
        try (Store store = Store.open(dir.resolve("store"))) {
            loader.load(store, good);
            long before = count(store);
            for (Path bad : new Path[] {empty, binary}) {
                InputException e = assertThrows(InputException.class, () -> loader.load(store, bad));
                assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
                assertEquals(before, count(store));
            }
        }
    }

    private static long count(Store store) {
        return ask(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    }

    private static long visits(Store store) {
        return ask(store, "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v a <https://w3id.org/arsenal/ontology#Inspection> }");
    }

    private static long ask(Store store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
