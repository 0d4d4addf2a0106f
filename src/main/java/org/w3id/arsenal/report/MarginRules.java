package org.w3id.arsenal.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tests behind {@link Margins}, one per kind of text, each on a stripped line or paragraph. */
final class MarginRules {

    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)(related( articles| stories| posts| content"
            + "| reading| coverage| news)?|read next|read also|also read|more from( [\\p{L}\\p{N}&'’. -]{1,40})?"
            + "|more on this( story| topic)?|more stories|recommended( for you| reading| articles| stories)?"
            + "|you (may|might) also like|see also|further reading)\\s*:?");
    // "Read more:" is deliberately absent: reports use it to introduce quoted source material (seed-002).
    private static final Pattern RELATED_LINK = Pattern.compile(
            "(?i)(related|read next|read also|also read|see also|recommended)\\s*:\\s*\\S.*");
    private static final Pattern BYLINE = Pattern.compile("(?i:by|written by|words by|reporting by|story by)\\s+"
            + "(?!(?i:the|a|an|this|that|contrast|comparison|then|now|law|early|late|mid|" + dateWords() + ")\\b)"
            + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\S+){0,14}");
    private static final Pattern ABOUT_THE_AUTHOR = Pattern.compile("(?i)about the authors?\\s*:?");
    private static final Pattern BIO_CUE = Pattern.compile("(?i)\\b(?:is|was) an? (?:[\\p{L}-]+ ){0,4}(?:journalist"
            + "|reporter|writer|correspondent|editor|columnist|contributor|freelancer|photojournalist|photographer"
            + "|author|analyst|researcher|fellow|producer|blogger)\\b"
            + "|\\bhas been (?:with|at|writing for|reporting for)\\b"
            + "|\\bhas (?:also )?(?:written|reported|contributed) (?:for|on|from|to)\\b"
            + "|\\bhas (?:also )?worked (?:for|as|at|with)\\b"
            + "|\\b(?:his|her|their) (?:work|writing|reporting|articles) (?:has|have) (?:also )?appeared\\b"
            + "|\\bbackground in\\b|\\bgraduated (?:from|in)\\b|\\bfollow (?:him|her|them) on\\b"
            + "|\\bcan be reached at\\b|\\b(?:holds|earned|received) an? (?:[\\p{L}'’]+ ){0,2}(?:degree|ba|ma|msc|phd)\\b");
    // Without a name line to go on, only a plain statement of the journalist's trade counts.
    private static final Pattern STANDALONE_BIO = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3},?"
            + "\\s+(?:is|was)\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,4}(?:journalist|reporter|writer|correspondent|editor"
            + "|columnist|contributor|freelancer|photojournalist)\\b.*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)[(\\[]?(?:photo(?:graph)?s?|images?|pictures?)(?: credit)?\\s*(?::|/|by\\b).*|[(\\[]?credit\\s*:.*");
    private static final Pattern REPORTING_VERB = Pattern.compile(
            "(?i)\\b(?:said|says|say|announced|announces|reported|reports|stated|claimed|told)\\b");
    private static final Pattern DATE_WORD = Pattern.compile("(?i)\\b(?:" + dateWords() + ")\\b");
    private static final Set<String> PREPOSITIONS = Set.of("during", "at", "in", "on", "with", "inside", "near",
            "beside", "alongside", "among", "amid", "next", "aboard", "atop", "outside", "before", "after", "visiting");

    private final String body;
    private final Optional<String> title;
    private final Optional<String> author;
    private final Map<String, Integer> counts = new HashMap<>();

    MarginRules(String body, Optional<String> title, Optional<String> author) {
        this.body = body;
        this.title = title;
        this.author = author.map(MarginRules::normalise).filter(a -> !a.isEmpty());
    }

    boolean isRelatedHeading(String line) {
        return BodyLayout.words(line) <= 8 && RELATED_HEADING.matcher(line).matches();
    }

    boolean isRelatedLink(String line) {
        return BodyLayout.words(line) <= 20 && RELATED_LINK.matcher(line).matches();
    }

    /** A headline: short, capitalised, and not ending like a sentence. */
    boolean isTitleLike(String line) {
        int words = BodyLayout.words(line);
        if (words == 0 || words > 20) return false;
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“')
                && ".!?:;,…".indexOf(last) < 0;
    }

    boolean isTeaserBlurb(String paragraph) {
        return (paragraph.endsWith("...") || paragraph.endsWith("…")) && BodyLayout.words(paragraph) <= 80;
    }

    boolean isAuthorName(String line) {
        return author.isPresent() && normalise(line).equalsIgnoreCase(author.get());
    }

    /** Two to five capitalised words and nothing else, as a name printed above a biography. */
    boolean isNameLike(String line) {
        int words = BodyLayout.words(line);
        return words >= 2 && words <= 5 && line.length() <= 60
                && line.matches("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*");
    }

    boolean isAboutTheAuthor(String line) {
        return ABOUT_THE_AUTHOR.matcher(line).matches();
    }

    boolean isBiography(String paragraph) {
        return BodyLayout.words(paragraph) <= 150 && BIO_CUE.matcher(paragraph).find();
    }

    /** A paragraph about the header's author (starting with their name), or one plainly about a journalist. */
    boolean isStandaloneBiography(String paragraph) {
        if (BodyLayout.words(paragraph) > 150) return false;
        if (author.isPresent() && startsWithAuthor(paragraph) && BIO_CUE.matcher(paragraph).find()) return true;
        return STANDALONE_BIO.matcher(paragraph).matches();
    }

    private boolean startsWithAuthor(String paragraph) {
        String p = normalise(paragraph).toLowerCase(Locale.ROOT);
        String a = author.get().toLowerCase(Locale.ROOT);
        if (p.startsWith(a + " ") || p.startsWith(a + ",")) return true;
        for (String part : a.split(" ")) {
            if (part.length() > 1 && p.startsWith(part + " ")) return true;
        }
        return false;
    }

    boolean isByline(String line) {
        if (line.isEmpty() || BodyLayout.words(line) > 16 || line.endsWith(".") && !line.matches(".*\\b\\p{Lu}\\.")) {
            return false;
        }
        return BYLINE.matcher(line).matches();
    }

    boolean isPhotoCredit(String line) {
        return BodyLayout.words(line) <= 12 && PHOTO_CREDIT.matcher(line).matches();
    }

    /**
     * A photo caption: at most eight words ending with a full stop, naming the article's subject and then
     * describing a scene ("Kim firing a rifle.", "Kim during his inspection."). The word after the name must be
     * an -ing form or a preposition, so a short sentence with a finite verb ("Kim visited the plant.") stays.
     */
    boolean isCaption(String line) {
        int words = BodyLayout.words(line);
        if (words < 2 || words > 8 || !line.endsWith(".") || line.endsWith("..")) return false;
        if (line.chars().anyMatch(Character::isDigit)) return false;
        if (DATE_WORD.matcher(line).find() || REPORTING_VERB.matcher(line).find()) return false;
        String[] tokens = line.substring(0, line.length() - 1).split("\\s+");
        int name = 0;
        while (name < tokens.length && Character.isUpperCase(tokens[name].codePointAt(0))
                && !tokens[name].equalsIgnoreCase("the") && !tokens[name].equalsIgnoreCase("a")) {
            name++;
        }
        if (name == 0 || name == tokens.length) return false;
        String next = tokens[name].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        boolean scene = (next.length() > 4 && next.endsWith("ing")) || PREPOSITIONS.contains(next);
        return scene && isSubject(tokens[0].replaceAll("[^\\p{L}\\p{N}-]", ""));
    }

    /** A name the article is about: in its title, or repeated through the body. */
    private boolean isSubject(String word) {
        if (word.length() < 2) return false;
        Pattern w = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        if (title.isPresent() && w.matcher(title.get()).find()) return true;
        int n = counts.computeIfAbsent(word, k -> {
            Matcher m = w.matcher(body);
            int c = 0;
            while (m.find()) c++;
            return c;
        });
        return n >= 4;  // the caption's own mention plus at least three others
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("[\\s\\u00A0]+", " ");
    }

    private static String dateWords() {
        return "january|february|march|april|may|june|july|august|september|october|november|december"
                + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
                + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow";
    }
}
