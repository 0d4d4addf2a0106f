package org.w3id.arsenal.report;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The raw bytes of a report (already size-checked) and their decoding into text. */
record SourceFile(String source, byte[] bytes) {

    private static final int SNIFF = 64 * 1024;

    /** Decodes as UTF-8; see {@link #text(Charset)}. */
    String text() {
        return text(StandardCharsets.UTF_8);
    }

    /**
     * Decodes strictly (a bad byte is an error, never a replacement character), drops a byte-order mark and
     * turns CRLF and CR into LF, so offsets in the text count the file's characters line by line.
     */
    String text(Charset charset) {
        if (bytes.length == 0) throw ReportException.at(source, 0, "empty report");
        if (looksBinary()) throw ReportException.at(source, 0, "not a text file");
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw badByte(charset, in.position());
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw ReportException.at(source, 0, "empty report");
        return text;
    }

    private ReportException badByte(Charset charset, int offset) {
        if (mostlyUndecodable(charset)) return ReportException.at(source, 0, "not a text file");
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') line++;
        }
        return ReportException.at(source, line, String.format("invalid %s: byte 0x%02X at byte offset %d",
                charset.name(), bytes[offset] & 0xFF, offset));
    }

    /** NUL bytes, or many control characters, mean a binary file rather than text in some other encoding. */
    private boolean looksBinary() {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) control++;
        }
        return control * 10 > n;
    }

    /** Text in a wrong encoding has a few bad bytes; random data has them everywhere. */
    private boolean mostlyUndecodable(Charset charset) {
        int n = Math.min(bytes.length, SNIFF);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, n);
        CharBuffer out = CharBuffer.allocate(1024);
        int bad = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                bad += r.length();
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) {
                out.clear();
            } else {
                break;
            }
        }
        return bad * 10 > n;
    }
}
