package org.w3id.arsenal.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.w3id.arsenal.claim.ExtractedReport;
import org.w3id.arsenal.facts.Fact;
import org.w3id.arsenal.facts.FactsTsv;
import org.w3id.arsenal.facts.FactsView;
import org.w3id.arsenal.facts.GoldFacts;
import org.w3id.arsenal.facts.Scorer;

/** Development aid: prints facts and mismatches of one report against its gold. */
public final class DevFacts {
    public static void main(String[] args) {
        Reports reports = Reports.withDefaults();
        ExtractedReport x = reports.extract(Path.of(args[0]));
        Dataset ds = Reports.dataset(List.of(x));
        List<Fact> facts = FactsView.of(ds, x.iri());
        System.out.println(FactsTsv.write(facts));
        if (System.getProperty("claims") != null) {
            x.claims().forEach(c -> System.out.println(c.subject().replace("https://w3id.org/arsenal/id/", "")
                    + " " + c.predicate().getLocalName() + " " + c.object() + " | " + c.certainty() + " | "
                    + c.evidence().quote()));
        }
        if (args.length > 1) {
            var gold = GoldFacts.read(Path.of(args[1]));
            System.out.println(Scorer.score(facts, gold));
            Scorer.explain(facts, gold).lines().forEach(System.out::println);
        }
    }
}
