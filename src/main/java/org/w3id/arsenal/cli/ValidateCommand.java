package org.w3id.arsenal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.arsenal.InputException;
import org.w3id.arsenal.pipeline.ReportLoader;
import org.w3id.arsenal.pipeline.Reports;
import org.w3id.arsenal.records.RecordLoader;
import org.w3id.arsenal.store.LoadOptions;
import org.w3id.arsenal.store.RdfFileLoader;
import org.w3id.arsenal.store.Store;
import org.w3id.arsenal.store.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check data against the SHACL shapes of the ontology (ontology/shapes.ttl).",
            "With no FILE, the union of every graph in the store; with FILEs (RDF in any syntax 'load' reads, "
                + "records .csv/.json/.yaml, or reports), each file on its own, as 'load' would write it. Prints one "
                + "line per violation, 'focus node — path — message (shape)', sorted, then the count. Exit status 1 "
                + "when there is any violation."},
        footer = {"", "Examples:", "  arsenal validate", "  arsenal validate --store /tmp/kb",
            "  arsenal validate curated.ttl analysts.csv"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files to validate instead of the store.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean violations = false;
        if (files.isEmpty()) {
            try (Store s = store.openExisting()) {
                Validation.Report r = Validation.validate(s);
                out.println(r.text());
                violations = !r.conforms();
            }
        } else {
            for (Path file : files) {
                Validation.Report r = validateFile(file);
                r.violations().forEach(v -> out.println(v.line()));
                out.println(file + ": " + r.count());
                violations |= !r.conforms();
            }
        }
        out.flush();
        return violations ? Main.USER_ERROR : Main.OK;
    }

    /** The file as {@code load} would store it, in a store of its own, validated alone. */
    static Validation.Report validateFile(Path file) {
        try (Store s = Store.inMemory()) {
            if (RecordLoader.accepts(file)) {
                RecordLoader.load(s, file, LoadOptions.DEFAULT);
            } else if (RdfFileLoader.syntaxOf(file) != null) {
                RdfFileLoader.load(s, file);
            } else {
                Reports reports = Reports.withDefaults();
                if (!reports.readers().accepts(file)) {
                    throw new InputException(file + ": neither RDF, records nor a report (unknown extension)");
                }
                ReportLoader.write(s, reports.extract(file));
            }
            return Validation.validate(s);
        }
    }
}
