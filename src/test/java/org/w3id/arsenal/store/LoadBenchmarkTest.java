package org.w3id.arsenal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load benchmark runs end to end on a small file: both loaders store the same quads. (The figures are not judged here.) */
class LoadBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void bothLoadersStoreEveryGeneratedQuad() {
        Path work = dir.resolve("work");
        StringWriter log = new StringWriter();
        LoadBenchmark.Result r = LoadBenchmark.run(work, 20_000, 2, 0, false, new PrintWriter(log));
        assertTrue(r.triples() >= 20_000);
        assertEquals(2, r.arsenal().size());
        assertEquals(r.arsenal().get(0).inStore(), r.jena().get(0).inStore());
        // duplicate quads (an entity's type and label in the same report twice) are stored once by both
        assertTrue(r.arsenal().get(0).inStore() <= r.triples() && r.arsenal().get(0).inStore() > r.triples() * 0.9);
        StringWriter out = new StringWriter();
        r.print(new PrintWriter(out));
        assertTrue(out.toString().contains("ratio arsenal/tdbloader: "), out.toString());
        assertFalse(Files.exists(work), "the work directory is removed");
    }
}
