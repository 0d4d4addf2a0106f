package org.w3id.arsenal.query;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.arsenal.Resources;

/**
 * The competency questions bundled in {@code queries/}: {@code queries/index.txt} lists them in order (a jar
 * cannot be listed), each is {@code queries/NAME.rq}.
 */
public final class CompetencyQuestions {

    private static final String DIR = "queries/";
    private static final Pattern HEADER = Pattern.compile("(?m)^#\\s*(title|description):\\s*(.+)$");

    private static final List<CompetencyQuestion> ALL = load();

    private CompetencyQuestions() {}

    public static List<CompetencyQuestion> all() {
        return ALL;
    }

    public static Optional<CompetencyQuestion> byName(String name) {
        return ALL.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static List<CompetencyQuestion> load() {
        return Resources.index(DIR + "index.txt").stream().map(CompetencyQuestions::parse).toList();
    }

    private static CompetencyQuestion parse(String name) {
        String sparql = Resources.text(DIR + name + ".rq");
        String title = name;
        StringBuilder description = new StringBuilder();
        Matcher m = HEADER.matcher(sparql);
        while (m.find()) {
            if (m.group(1).equals("title")) title = m.group(2).strip();
            else description.append(description.isEmpty() ? "" : " ").append(m.group(2).strip());
        }
        return new CompetencyQuestion(name, title, description.toString(), sparql);
    }
}
