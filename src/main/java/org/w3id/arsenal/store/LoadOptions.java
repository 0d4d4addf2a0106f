package org.w3id.arsenal.store;

/**
 * How a file is loaded.
 *
 * @param lenient     load the good statements (or records) and list the bad ones, where the format lets the parser
 *                    go on past an error; otherwise the whole file is rejected on its first error
 * @param checkShapes validate what the file writes against the SHACL shapes before committing, and refuse it
 *                    on any violation (the CLI turns this off with {@code --force})
 */
public record LoadOptions(boolean lenient, boolean checkShapes) {

    /** Strict parsing, no shape check: the behaviour of {@link RdfFileLoader#load(Store, java.nio.file.Path)}. */
    public static final LoadOptions DEFAULT = new LoadOptions(false, false);

    public LoadOptions withLenient(boolean on) {
        return new LoadOptions(on, checkShapes);
    }

    public LoadOptions withShapeCheck(boolean on) {
        return new LoadOptions(lenient, on);
    }
}
