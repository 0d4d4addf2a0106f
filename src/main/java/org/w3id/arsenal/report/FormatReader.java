package org.w3id.arsenal.report;

/** Reads one format; {@link ReportReaders} picks the reader by file extension. */
interface FormatReader {

    ReportFormat format();

    /** @throws ReportException for input that yields no report */
    Report read(SourceFile file);
}
