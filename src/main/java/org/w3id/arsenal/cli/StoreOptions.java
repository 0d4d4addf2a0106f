package org.w3id.arsenal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that works on the TDB2 store. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path dir = Store.DEFAULT_DIR;

    /** Opens the store, creating it if needed. */
    Store openOrCreate() {
        return Store.open(dir);
    }

    /** Opens a store that must already exist: reading an empty new one would only hide a wrong path. */
    Store openExisting() {
        if (!Files.isDirectory(dir)) {
            throw new InputException("no store at " + dir + ": run 'arsenal load' first, or pass --store DIR");
        }
        return Store.open(dir);
    }
}
