package org.w3id.arsenal.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Markdown with optional YAML front matter; the body is the Markdown rendered as plain text. */
final class MarkdownReader implements FormatReader {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    @Override
    public ReportFormat format() {
        return ReportFormat.MARKDOWN;
    }

    @Override
    public Report read(SourceFile file) {
        String text = file.text();
        List<String> warnings = new ArrayList<>();
        Metadata meta = new Metadata(file.source(), warnings);
        String markdown = frontMatter(text, meta);
        String body = MarkdownText.toPlainText(markdown);
        if (body.isBlank()) throw ReportException.at(file.source(), 0, "no body (nothing after the front matter)");
        return meta.toReport(ReportFormat.MARKDOWN, body);
    }

    /** Reads the front matter into {@code meta} and returns the Markdown after it. */
    private static String frontMatter(String text, Metadata meta) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            meta.warn(1, "no front matter (first line is not '---')");
            return text;
        }
        int offset = lines[0].length() + 1;
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.equals("---") || s.equals("...")) {
                parseYaml(yaml.toString(), meta);
                int after = offset + lines[i].length() + 1;
                return after >= text.length() ? "" : text.substring(after);
            }
            yaml.append(lines[i]).append('\n');
            offset += lines[i].length() + 1;
        }
        meta.warn(1, "front matter is not closed by a '---' line; reading the whole file as Markdown");
        return text;
    }

    /** Streams the mapping so each key keeps its line number for warnings. Front matter starts on line 2. */
    private static void parseYaml(String yaml, Metadata meta) {
        if (yaml.isBlank()) return;
        try (JsonParser p = YAML.createParser(yaml)) {
            p.setCodec(MAPPER);
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                meta.warn(2, "front matter is not a mapping of keys to values; ignored");
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr() + 1;
                p.nextToken();
                JsonNode value = p.readValueAsTree();
                if (!Metadata.isKnown(key)) {
                    meta.put(key, "", line);
                    continue;
                }
                String text = scalar(value);
                if (text == null) {
                    meta.warn(line, "front matter key '" + key + "' is not a single value; ignored");
                } else {
                    meta.put(key, text, line);
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 2 : e.getLocation().getLineNr() + 1;
            meta.warn(line, "invalid YAML front matter, ignored: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            meta.warn(2, "unreadable YAML front matter, ignored: " + e.getMessage());
        }
    }

    /**
     * A scalar as text. YAML may type a value (a year as a number, a date as a timestamp): only the text as
     * written matters here, the date parser reads it. A list of scalars (several authors) is joined.
     */
    private static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return "";
        if (value.isValueNode()) return value.asText();
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode v : value) {
                if (!v.isValueNode()) return null;
                parts.add(v.asText());
            }
            return String.join(", ", parts);
        }
        return null;
    }
}
