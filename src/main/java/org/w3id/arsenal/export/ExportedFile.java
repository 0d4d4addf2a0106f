package org.w3id.arsenal.export;

/** A file an export wrote: its name in the output directory, size in bytes and SHA-256 (hex) of its bytes. */
public record ExportedFile(String name, long bytes, String sha256) {}
