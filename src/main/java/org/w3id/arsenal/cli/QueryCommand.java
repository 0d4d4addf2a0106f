package org.w3id.arsenal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.query.CompetencyQuestion;
import org.w3id.arsenal.query.CompetencyQuestions;
import org.w3id.arsenal.query.OutputFormat;
import org.w3id.arsenal.query.QueryRunner;
import org.w3id.arsenal.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a named competency question, a SPARQL query given inline, or one from a file, over "
                + "the union of all graphs in the store."},
        footer = {"", "Examples:", "  arsenal query --list", "  arsenal query visits-by-leader",
            "  arsenal query facility-products --format csv",
            "  arsenal query facilities-in-place --bind place=\"Jagang Province\"",
            "  arsenal query 'SELECT ?f WHERE { ?f a <https://w3id.org/arsenal/ontology#Facility> }'",
            "  arsenal query -f my-query.rq --format json"})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "NAME|SPARQL",
            description = "A competency question's name (see --list) or a SPARQL query.")
    String query;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the SPARQL query from FILE.")
    Path file;

    @Option(names = {"-l", "--list"}, description = "List the bundled competency questions.")
    boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT/ASK); turtle, ntriples, jsonld, rdfxml "
                    + "(CONSTRUCT/DESCRIBE). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--bind", paramLabel = "VAR=VALUE", mapFallbackValue = "",
            description = "Bind a query variable before running: VALUE is <iri>, prefix:name, an absolute IRI, "
                    + "a quoted RDF literal, or plain text.")
    Map<String, String> bindings = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            listQuestions(out);
            return 0;
        }
        Query parsed = resolve();
        try (Store s = store.openExisting()) {
            out.flush();
            QueryRunner.run(s.dataset(), parsed, bindings, format, Duration.ofSeconds(timeoutSeconds), System.out);
            System.out.flush();
        }
        return 0;
    }

    private Query resolve() {
        if (file != null && query != null) throw new InputException("give a query or --file, not both");
        if (file != null) {
            try {
                return QueryRunner.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        if (query == null) throw new InputException("give a question name, a SPARQL query or --file (see --list)");
        var named = CompetencyQuestions.byName(query.strip());
        if (named.isPresent()) return QueryRunner.parse(named.get().sparql(), "queries/" + query.strip() + ".rq");
        if (query.strip().matches("[\\w-]+")) {
            throw new InputException("no competency question named '" + query.strip() + "' (see arsenal query --list)");
        }
        return QueryRunner.parse(query, "query");
    }

    private static void listQuestions(PrintWriter out) {
        int width = CompetencyQuestions.all().stream().mapToInt(q -> q.name().length()).max().orElse(0);
        for (CompetencyQuestion q : CompetencyQuestions.all()) {
            out.printf("%-" + width + "s  %s%n", q.name(), q.title());
            if (!q.description().isEmpty()) out.printf("%-" + width + "s  %s%n", "", q.description());
        }
    }
}
