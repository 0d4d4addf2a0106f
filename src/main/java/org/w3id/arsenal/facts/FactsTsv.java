package org.w3id.arsenal.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.arsenal.time.DateValue;

/**
 * Reads and writes facts files (FACTS.md): {@code kind TAB subject TAB object TAB when TAB item}, one fact a line,
 * {@code #} comments and blank lines ignored, trailing empty fields optional.
 */
public final class FactsTsv {

    /**
     * The order {@link #write} uses, so the same facts always give the same file (diffable between runs):
     * kind (entities first, in enum order), subject, object, when (undated first), item.
     */
    public static final Comparator<Fact> ORDER = Comparator.comparing(Fact::kind)
            .thenComparing(Fact::subject, String.CASE_INSENSITIVE_ORDER).thenComparing(Fact::subject)
            .thenComparing(Fact::object, String.CASE_INSENSITIVE_ORDER).thenComparing(Fact::object)
            .thenComparing(Fact::when, FactsTsv::compareWhen)
            .thenComparing(Fact::item);

    private FactsTsv() {
    }

    /** Parses facts text; a bad line gives an InputException "source:line: message". */
    public static List<Fact> parse(String text, String source) {
        List<Fact> out = new ArrayList<>();
        for (FactLines.Line l : FactLines.parse(text, source)) {
            out.add(new Fact(l.kind(), l.subject(), l.object(), l.when(), l.item()));
        }
        return out;
    }

    public static List<Fact> read(Path file) {
        return parse(FactLines.readFile(file), file.toString());
    }

    /** Writes the facts in {@link #ORDER}, one line each; identical lines are written once. */
    public static void write(List<Fact> facts, Appendable out) {
        List<Fact> sorted = new ArrayList<>(facts);
        sorted.sort(ORDER);
        try {
            String previous = null;
            for (Fact f : sorted) {
                String line = format(f);
                if (line.equals(previous)) continue;
                out.append(line).append('\n');
                previous = line;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(List<Fact> facts) {
        StringBuilder sb = new StringBuilder();
        write(facts, sb);
        return sb.toString();
    }

    /** One fact as a line (no line break), trailing empty fields dropped. */
    public static String format(Fact f) {
        return joinTrimmed(f.kind().id(), clean(f.subject()), clean(f.object()),
                f.when().map(DateValue::iso).orElse(""), clean(f.item()));
    }

    /** TABs and line breaks inside a label would break the line structure; a space means the same to matching. */
    static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
    }

    static String joinTrimmed(String... fields) {
        int n = fields.length;
        while (n > 1 && fields[n - 1].isEmpty()) n--;
        return String.join("\t", List.of(fields).subList(0, n));
    }

    private static int compareWhen(Optional<DateValue> a, Optional<DateValue> b) {
        if (a.isEmpty() || b.isEmpty()) return Boolean.compare(a.isPresent(), b.isPresent());
        int c = a.get().compareTo(b.get());
        return c != 0 ? c : a.get().iso().compareTo(b.get().iso());
    }
}
