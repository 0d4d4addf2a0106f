package org.w3id.arsenal.facts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.w3id.arsenal.time.DateValue;

/** Reads gold facts files: the facts syntax, with {@code |} alternatives and {@code ~} word sets in labels. */
public final class GoldFacts {

    private GoldFacts() {
    }

    /** Parses gold text; a bad line gives an InputException "source:line: message". */
    public static List<GoldFact> parse(String text, String source) {
        List<GoldFact> out = new ArrayList<>();
        for (FactLines.Line l : FactLines.parse(text, source)) {
            try {
                List<LabelPattern> object = l.object().isEmpty() ? List.of() : LabelPattern.parseAll(l.object());
                out.add(new GoldFact(l.kind(), LabelPattern.parseAll(l.subject()), object, l.when()));
            } catch (IllegalArgumentException e) {
                throw FactLines.error(source, l.number(), e.getMessage());
            }
        }
        return out;
    }

    public static List<GoldFact> read(Path file) {
        return parse(FactLines.readFile(file), file.toString());
    }

    /** One gold fact as a gold line (alternatives as written), for reports of misses. */
    public static String format(GoldFact g) {
        return FactsTsv.joinTrimmed(g.kind().id(), join(g.subject()), join(g.object()),
                g.when().map(DateValue::iso).orElse(""));
    }

    private static String join(List<LabelPattern> alternatives) {
        return alternatives.stream().map(LabelPattern::text).collect(Collectors.joining("|"));
    }
}
