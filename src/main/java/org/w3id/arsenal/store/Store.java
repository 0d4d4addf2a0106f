package org.w3id.arsenal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.arsenal.InputException;

/**
 * The TDB2 dataset everything is loaded into: one named graph per source, queried as their union.
 * In-memory stores are TDB2 too, so tests and {@code --mem} behave exactly like a disk store.
 */
public final class Store implements AutoCloseable {

    public static final Path DEFAULT_DIR = Path.of("data");

    private final Dataset dataset;

    private Store(Dataset dataset) {
        this.dataset = dataset;
    }

    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        try {
            return new Store(TDB2Factory.connectDataset(dir.toString()));
        } catch (TDBException | DBOpEnvException e) {
            throw new InputException("cannot open store " + dir + " (is another arsenal process using it?): "
                    + e.getMessage(), e);
        }
    }

    public static Store inMemory() {
        return new Store(TDB2Factory.createDataset());
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        // Expel rather than just close: TDB2 caches connections per directory, and a cached one keeps the
        // directory locked for any other process and for a test's temp-dir cleanup.
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
