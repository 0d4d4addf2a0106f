package org.w3id.arsenal.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.time.DateValue;

/** The line syntax shared by produced and gold facts files: validated fields, with their line numbers. */
final class FactLines {

    private static final int FIELDS = 5;

    /** One checked line; labels are still raw (a gold file's {@code |} and {@code ~} are not parsed here). */
    record Line(int number, FactKind kind, String subject, String object, Optional<DateValue> when, String item) {
    }

    private FactLines() {
    }

    static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read facts file: " + e.getMessage(), e);
        }
    }

    static List<Line> parse(String text, String source) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(parseLine(line, i + 1, source));
        }
        return out;
    }

    private static Line parseLine(String line, int number, String source) {
        String[] f = line.split("\t", -1);
        for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
        for (int i = FIELDS; i < f.length; i++) {
            if (!f[i].isEmpty()) throw error(source, number, "too many fields (at most " + FIELDS + ": kind, subject, object, when, item)");
        }
        FactKind kind;
        try {
            kind = FactKind.fromId(f[0]);
        } catch (IllegalArgumentException e) {
            throw error(source, number, e.getMessage());
        }
        String subject = field(f, 1), object = field(f, 2), whenText = field(f, 3), item = field(f, 4);
        if (subject.isEmpty()) throw error(source, number, kind.id() + ": missing subject");
        if (kind.isEntity() && !(object + whenText + item).isEmpty()) {
            throw error(source, number, kind.id() + " is an entity kind: it takes a subject only");
        }
        if (!kind.isEntity() && object.isEmpty()) throw error(source, number, kind.id() + ": missing object");
        Optional<DateValue> when = Optional.empty();
        if (!whenText.isEmpty()) {
            try {
                when = Optional.of(DateValue.parse(whenText));
            } catch (IllegalArgumentException e) {
                throw error(source, number, "bad when: " + e.getMessage());
            }
        }
        return new Line(number, kind, subject, object, when, item);
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i] : "";
    }

    static InputException error(String source, int line, String message) {
        return InputException.at(source, line, 0, message);
    }
}
