package org.w3id.arsenal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic corpus for the extraction benchmark: plain-text reports (header, blank line, body) of 200 to about
 * 1,200 words, made by recombining the sentence templates of {@link Templates} in three styles. Deterministic:
 * report {@code i} depends only on the seed and {@code i}, so a smaller corpus is a prefix of a larger one.
 */
public final class CorpusGenerator {

    public static final int MIN_WORDS = 200;
    public static final int MAX_WORDS = 1200;
    private static final LocalDate FIRST_DATE = LocalDate.of(2019, 1, 1);
    private static final int DATE_SPAN_DAYS = 6 * 365 + 180;

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public List<GeneratedReport> generate(int n) {
        if (n < 0) throw new IllegalArgumentException("negative number of reports: " + n);
        List<GeneratedReport> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(report(i));
        return out;
    }

    public GeneratedReport report(int index) {
        Random rnd = new Random(mix(seed * 0x9E3779B97F4A7C15L + index));
        Style style = Style.values()[rnd.nextInt(Style.values().length)];
        LocalDate date = FIRST_DATE.plusDays(rnd.nextInt(DATE_SPAN_DAYS));
        Cast cast = new Cast(rnd, style, date);
        String name = String.format("%s-%05d.txt", style.prefix, index);
        int target = MIN_WORDS + rnd.nextInt(MAX_WORDS - MIN_WORDS + 1);
        StringBuilder text = new StringBuilder();
        text.append("title: ").append(cast.fill(cast.pick(style.titles))).append('\n');
        text.append("publisher: ").append(cast.pick(style.publishers)).append('\n');
        text.append("author: ").append(author(style, cast)).append('\n');
        text.append("published: ").append(published(rnd, date)).append('\n');
        text.append("url: https://reports.example.org/").append(style.prefix).append('/').append(date.getYear())
                .append('/').append(name, 0, name.length() - 4).append("\n\n");
        text.append(body(style, cast, target));
        return new GeneratedReport(name, text.toString());
    }

    /** Writes each report as {@code dir/name}, creating the directory. */
    public static void write(List<GeneratedReport> corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (GeneratedReport r : corpus) Files.writeString(dir.resolve(r.name()), r.text(), StandardCharsets.UTF_8);
    }

    /** Paragraphs of one to four sentences, a lead first, until the body has at least {@code target} words. */
    private static String body(Style style, Cast cast, int target) {
        Random rnd = cast.random();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder p = new StringBuilder(cast.fill(cast.pick(style.leads)));
        int words = words(p);
        int inParagraph = 1;
        int limit = 2 + rnd.nextInt(3);
        int last = -1;
        while (words < target) {
            if (inParagraph >= limit) {
                paragraphs.add(p.toString());
                p.setLength(0);
                inParagraph = 0;
                limit = 1 + rnd.nextInt(4);
                if (style == Style.KCNA && paragraphs.size() == 1 && rnd.nextInt(10) < 3) {
                    String list = "Accompanying him were:\n" + String.join("\n", cast.companionLines());
                    paragraphs.add(list);
                    words += words(list);
                }
            }
            int k = rnd.nextInt(style.body.size());
            if (k == last) k = (k + 1) % style.body.size();  // no sentence twice in a row
            last = k;
            String sentence = cast.fill(style.body.get(k));
            if (p.length() > 0) p.append(' ');
            p.append(sentence);
            words += words(sentence);
            inParagraph++;
        }
        if (p.length() > 0) paragraphs.add(p.toString());
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static String author(Style style, Cast cast) {
        switch (style) {
            case WIRE: return cast.pick(Vocab.REPORTERS);
            case THINK_TANK: return cast.pick(Vocab.ANALYSTS).name();
            default: return "unknown";
        }
    }

    /** Mostly full dates, sometimes a month or a year only, sometimes unknown: as real headers are. */
    private static String published(Random rnd, LocalDate date) {
        int r = rnd.nextInt(20);
        if (r < 14) return date.toString();
        if (r < 17) return date.toString().substring(0, 7);
        if (r < 18) return String.valueOf(date.getYear());
        return "unknown";
    }

    /** Whitespace-separated words: enough to size a report (the benchmark counts words with the tokenizer). */
    static int words(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !inWord) n++;
            inWord = !ws;
        }
        return n;
    }

    /** SplitMix64's finaliser, so nearby seeds and indexes give unrelated Random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
