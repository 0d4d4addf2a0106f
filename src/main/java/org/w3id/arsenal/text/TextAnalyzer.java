package org.w3id.arsenal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a body into sentences with OpenNLP's English UD sentence model, and sentences into tokens by rule
 * ({@link WordTokenizer}). Line breaks are hard boundaries
 * (headings, list items and paragraphs never share a sentence). Not thread-safe: one analyzer per thread; the
 * models themselves are loaded once and shared.
 */
public final class TextAnalyzer {

    private static final class Models {
        static final SentenceModel SENTENCES = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel.class);

        private static <M> M load(String resource, Class<M> type) {
            try (InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("OpenNLP model missing from classpath: " + resource);
                return type.cast(new SentenceModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final SentenceDetectorME sentenceDetector = new SentenceDetectorME(Models.SENTENCES);

    /** Loads the models now, so a benchmark can keep model loading out of its measurement. */
    public static void warmUp() {
        if (Models.SENTENCES == null) throw new IllegalStateException();
    }

    /**
     * @param excluded spans of the body whose sentences are dropped (author bios, teasers, captions);
     *                 pairs of [begin, end) offsets
     */
    public Document analyze(String body, List<int[]> excluded) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int nl = body.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? body.length() : nl;
            if (lineEnd > lineStart) addLine(body, lineStart, lineEnd, excluded, sentences);
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return new Document(body, List.copyOf(sentences));
    }

    private void addLine(String body, int lineStart, int lineEnd, List<int[]> excluded, List<Sentence> out) {
        String line = body.substring(lineStart, lineEnd);
        if (line.isBlank()) return;
        for (Span s : sentenceDetector.sentPosDetect(line)) {
            int begin = lineStart + s.getStart();
            int end = lineStart + s.getEnd();
            while (begin < end && Character.isWhitespace(body.charAt(begin))) begin++;
            while (end > begin && Character.isWhitespace(body.charAt(end - 1))) end--;
            if (begin == end || inside(begin, end, excluded)) continue;
            String text = body.substring(begin, end);
            out.add(new Sentence(out.size(), begin, end, text, List.copyOf(WordTokenizer.tokenize(text, begin))));
        }
    }

    private static boolean inside(int begin, int end, List<int[]> excluded) {
        for (int[] r : excluded) {
            if (begin >= r[0] && end <= r[1]) return true;
        }
        return false;
    }
}
