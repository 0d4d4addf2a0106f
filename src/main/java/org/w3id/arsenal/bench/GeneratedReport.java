package org.w3id.arsenal.bench;

/**
 * One synthetic report: the source name (a file name whose extension picks the reader) and the whole text in the
 * plain-text report format (header lines, a blank line, the body).
 */
public record GeneratedReport(String name, String text) {}
