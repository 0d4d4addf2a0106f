package org.w3id.arsenal.bench;

import java.util.List;

/** The three kinds of report the corpus mixes, each with its own templates, outlets and leaders. */
enum Style {
    KCNA("kcna", List.of("KCNA Watch", "Korean Central News Agency", "Rodong Sinmun"), Vocab.KCNA_LEADERS,
            Templates.KCNA_TITLES, Templates.KCNA_LEADS, Templates.KCNA_BODY),
    WIRE("wire", List.of("Global Wire Service", "Reuters", "Associated Press", "Yonhap News Agency", "NK News"),
            Vocab.WIRE_LEADERS, Templates.WIRE_TITLES, Templates.WIRE_LEADS, Templates.WIRE_BODY),
    THINK_TANK("tt", List.of("38 North", "Beyond Parallel", "Open Source Centre", "Stimson Center"),
            Vocab.KCNA_LEADERS, Templates.THINK_TANK_TITLES, Templates.THINK_TANK_LEADS, Templates.THINK_TANK_BODY);

    final String prefix;
    final List<String> publishers;
    final List<String> leaders;
    final List<String> titles;
    final List<String> leads;
    final List<String> body;

    Style(String prefix, List<String> publishers, List<String> leaders, List<String> titles, List<String> leads,
            List<String> body) {
        this.prefix = prefix;
        this.publishers = publishers;
        this.leaders = leaders;
        this.titles = titles;
        this.leads = leads;
        this.body = body;
    }
}
