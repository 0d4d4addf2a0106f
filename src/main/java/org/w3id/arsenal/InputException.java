package org.w3id.arsenal;

/**
 * A problem with what the user gave us (a file, a query, an option), as opposed to a bug.
 * The CLI prints its message without a stack trace and exits with status 1.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A message in the compiler style {@code file:line:col: message}, omitting unknown positions. */
    public static InputException at(String source, long line, long col, String message) {
        StringBuilder where = new StringBuilder(source);
        if (line > 0) {
            where.append(':').append(line);
            if (col > 0) where.append(':').append(col);
        }
        return new InputException(where + ": " + message);
    }
}
