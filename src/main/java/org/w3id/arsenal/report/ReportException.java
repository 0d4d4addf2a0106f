package org.w3id.arsenal.report;

import org.w3id.arsenal.InputException;

/** A report file that cannot be read; the message starts with the file (and line, where one applies). */
public class ReportException extends InputException {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code source:line: message}, or {@code source: message} when {@code line <= 0}. */
    public static ReportException at(String source, long line, String message) {
        return new ReportException(located(source, line, message));
    }

    /** The same compiler-style text, for warnings. */
    static String located(String source, long line, String message) {
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
