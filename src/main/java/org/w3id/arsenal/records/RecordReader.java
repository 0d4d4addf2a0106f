package org.w3id.arsenal.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.arsenal.InputException;

/**
 * Reads a records file (CSV with a header row, JSON or YAML: a list of objects with the same keys) into raw
 * {@link Record}s. A file whose structure is broken (quoting, header, JSON/YAML syntax) is an error; a row
 * with the wrong number of fields or a bad key is a row problem, which {@code --lenient} can skip.
 */
final class RecordReader {

    /** The rows read, and the rows that could not be read (each {@code FILE:LINE: message}). */
    record Parsed(List<Record> records, List<Problem> problems) {}

    /** A bad row: where, and what is wrong with it. */
    record Problem(int line, String message) {}

    private RecordReader() {}

    static boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    static Parsed read(Path file) {
        String text = text(file);
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (text.isBlank()) {
            throw InputException.at(file.toString(), 1, 0, "empty file: expected "
                    + (n.endsWith(".csv") ? "a header line " + String.join(",", Record.FIELDS) : "a list of records"));
        }
        if (n.endsWith(".csv")) return csv(file.toString(), text);
        JsonFactory f = n.endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        return tree(file.toString(), text, f);
    }

    private static String text(Path file) {
        if (!Files.isRegularFile(file)) throw new InputException(file + ": no such file");
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Parsed csv(String source, String text) {
        List<Csv.Row> rows = Csv.parse(source, text).stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw InputException.at(source, 1, 0, "empty file: expected a header line " + String.join(",", Record.FIELDS));
        }
        Csv.Row header = rows.get(0);
        List<String> columns = header(source, header);
        List<Record> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Csv.Row r : rows.subList(1, rows.size())) {
            if (r.fields().size() > columns.size()) {
                problems.add(new Problem(r.line(), r.fields().size() + " fields, but the header has " + columns.size()
                        + " (a comma inside a field needs the field in double quotes)"));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < r.fields().size(); i++) fields.put(columns.get(i), r.fields().get(i));
            records.add(Record.of(r.line(), fields));
        }
        return new Parsed(records, problems);
    }

    private static List<String> header(String source, Csv.Row header) {
        List<String> columns = new ArrayList<>();
        for (String raw : header.fields()) {
            String c = raw.strip().toLowerCase(Locale.ROOT);
            if (!Record.FIELDS.contains(c)) {
                throw InputException.at(source, header.line(), 0, "wrong column header: unknown column '" + raw.strip()
                        + "' (the header names columns among " + String.join(",", Record.FIELDS) + ")");
            }
            if (columns.contains(c)) {
                throw InputException.at(source, header.line(), 0, "wrong column header: column '" + c + "' twice");
            }
            columns.add(c);
        }
        for (String required : List.of("kind", "subject")) {
            if (!columns.contains(required)) {
                throw InputException.at(source, header.line(), 0, "wrong column header: no '" + required
                        + "' column (the header names columns among " + String.join(",", Record.FIELDS) + ")");
            }
        }
        return columns;
    }

    private static Parsed tree(String source, String text, JsonFactory factory) {
        ObjectMapper mapper = new ObjectMapper(factory);
        List<Record> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT && "records".equals(p.nextFieldName())) t = p.nextToken();
            if (t != JsonToken.START_ARRAY) throw at(source, p.currentTokenLocation(), "expected a list of records");
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    throw at(source, p.currentTokenLocation(), "each record must be an object with keys "
                            + String.join(", ", Record.FIELDS));
                }
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                Map<String, String> fields = new LinkedHashMap<>();
                String bad = fields(node, fields);
                if (bad != null) problems.add(new Problem(line, bad));
                else records.add(Record.of(line, fields));
            }
        } catch (JsonProcessingException e) {
            // YAML messages repeat the position and quote the line below the first line: the first line says it.
            throw at(source, e.getLocation(), e.getOriginalMessage().lines().findFirst().orElse("syntax error").strip());
        } catch (IOException e) {
            throw new InputException(source + ": cannot read: " + e.getMessage(), e);
        }
        return new Parsed(records, problems);
    }

    /** Fills {@code fields} from one record object; returns what is wrong with it, or null. */
    private static String fields(JsonNode node, Map<String, String> fields) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (!Record.FIELDS.contains(key)) {
                return "unknown key '" + e.getKey() + "' (expected " + String.join(", ", Record.FIELDS) + ")";
            }
            JsonNode v = e.getValue();
            if (v.isContainerNode()) return "key '" + key + "' must be a single value, not a list or object";
            fields.put(key, v.isNull() ? "" : v.asText());
        }
        return null;
    }

    private static InputException at(String source, JsonLocation where, String message) {
        long line = where == null ? -1 : where.getLineNr();
        long col = where == null ? -1 : where.getColumnNr();
        return InputException.at(source, line, col, message);
    }
}
