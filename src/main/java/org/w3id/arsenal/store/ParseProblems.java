package org.w3id.arsenal.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.ParseLocationListener;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.arsenal.InputException;

/**
 * Where the parser is, and what went wrong, for one file: the non-fatal errors a lenient load skips (each as
 * {@code FILE:LINE[:COL]: message}) and the message of the error that stops a load.
 */
final class ParseProblems implements ParseErrorListener, ParseLocationListener {

    private static final Logger LOG = LoggerFactory.getLogger(ParseProblems.class);
    /** Rio appends the position to its messages; we print it in front instead. */
    private static final Pattern RIO_LOCATION = Pattern.compile("\\s*\\[line -?\\d+(, column -?\\d+)?]\\s*$");
    /** Positions buried in the messages of wrapped JSON parser errors: jakarta.json's, then Jackson's. */
    private static final List<Pattern> BURIED = List.of(
            Pattern.compile("\\s*at \\(line no=(\\d+), column no=(\\d+), offset=\\d+\\)"),
            Pattern.compile("\\s*at \\[Source: [^]]*; line: (\\d+), column: (\\d+)]"));
    /** Rio messages that only say "something below failed": the cause says what. */
    private static final Set<String> WRAPPERS = Set.of("Could not parse JSONLD", "Found IOException during parsing");

    private final String source;
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Set<Long> linesReported = new LinkedHashSet<>();
    long line = -1;
    long column = -1;

    ParseProblems(String source) {
        this.source = source;
    }

    @Override
    public void parseLocationUpdate(long lineNo, long columnNo) {
        line = lineNo;
        column = columnNo;
    }

    @Override
    public void warning(String msg, long lineNo, long colNo) {
        LOG.warn("{}", InputException.at(source, lineNo, colNo, clean(msg)).getMessage());
    }

    /** Reached only for errors the parser was told are not fatal: the lenient mode's skipped input. */
    @Override
    public void error(String msg, long lineNo, long colNo) {
        skipped.add(InputException.at(source, lineNo, colNo, clean(msg)).getMessage());
        linesReported.add(lineNo);
    }

    @Override
    public void fatalError(String msg, long lineNo, long colNo) {
        // The exception that follows carries the same message; it is reported from there.
    }

    /** A statement dropped by our own check; listed unless the parser already reported that line. */
    void skippedStatement(String why) {
        if (!linesReported.contains(line)) skipped.add(InputException.at(source, line, -1, why).getMessage());
    }

    /** An error at the parser's current position (found by us, not the parser). */
    InputException here(String message) {
        return InputException.at(source, line, -1, message);
    }

    List<String> skipped() {
        return new ArrayList<>(skipped);
    }

    /** The error that stopped parsing, as {@code FILE:LINE[:COL]: message}. */
    InputException fatal(RDFParseException e, RDFFormat format, boolean lenient, long bytesRead) {
        long l = e.getLineNumber();
        long c = e.getColumnNumber();
        String msg = clean(e.getMessage());
        if (WRAPPERS.contains(msg) && rootCause(e) != null) msg = msg + ": " + clean(firstLine(rootCause(e).getMessage()));
        if (l < 1) {
            long[] buried = buriedLocation(e);
            if (buried != null) {
                l = buried[0];
                c = buried[1];
            } else if (line > 0) {
                // e.g. "Unexpected end of file": the last position the parser reported
                l = line;
                c = column;
            }
        }
        for (Pattern p : BURIED) msg = p.matcher(msg).replaceAll("");
        if (l < 1 && format.equals(RDFFormat.BINARY)) msg = "at byte " + bytesRead + ": " + msg;
        if (lenient) msg += lenientNote(format);
        return new InputException(InputException.at(source, l, c, msg).getMessage(), e);
    }

    private static String lenientNote(RDFFormat format) {
        if (format.equals(RDFFormat.NTRIPLES) || format.equals(RDFFormat.NQUADS)) return "";
        if (format.equals(RDFFormat.TURTLE) || format.equals(RDFFormat.TRIG)) {
            return " (--lenient skips bad IRIs and language tags in " + format.getName()
                    + ", but the parser cannot go on past a syntax error)";
        }
        return " (--lenient cannot skip errors in " + format.getName() + ": its parser stops at the first one)";
    }

    private static long[] buriedLocation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() == null) continue;
            for (Pattern p : BURIED) {
                Matcher m = p.matcher(t.getMessage());
                if (m.find()) return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e.getCause();
        while (t != null && t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String clean(String msg) {
        return msg == null ? "syntax error" : RIO_LOCATION.matcher(msg.strip()).replaceAll("");
    }
}
