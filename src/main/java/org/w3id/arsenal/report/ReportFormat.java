package org.w3id.arsenal.report;

/** The syntaxes a report file can be written in; chosen by file extension (see {@link ReportReaders}). */
public enum ReportFormat {
    TEXT,
    MARKDOWN,
    HTML
}
