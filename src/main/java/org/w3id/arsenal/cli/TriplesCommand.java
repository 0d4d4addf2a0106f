package org.w3id.arsenal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.arsenal.extract.Extractor;
import org.w3id.arsenal.pipeline.Reports;
import org.w3id.arsenal.pipeline.TriplesDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "triples", mixinStandardHelpOptions = true,
        description = {"Regenerate the committed graph in triples/: the reference vocabulary and the bundled "
                + "reports (TriG with one graph per report, and merged Turtle), sorted and stable. With --check, "
                + "change nothing and exit 1 if the files are out of date."},
        footer = {"", "Examples:", "  arsenal triples", "  arsenal triples --check"})
final class TriplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "triples",
            description = "Directory to write (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--check", description = "Only check that the directory is up to date.")
    boolean check;

    @Override
    public Integer call() {
        Map<String, byte[]> files = TriplesDirectory.generate(Reports.withDefaults(), Extractor.withBundledReference());
        var out = spec.commandLine().getOut();
        if (check) {
            List<String> stale = TriplesDirectory.stale(files, dir);
            if (stale.isEmpty()) {
                out.println(dir + " is up to date");
                return Main.OK;
            }
            spec.commandLine().getErr().println("arsenal: out of date in " + dir + ": " + String.join(", ", stale)
                    + " (run 'arsenal triples')");
            return Main.USER_ERROR;
        }
        TriplesDirectory.write(files, dir);
        files.forEach((name, bytes) -> out.printf("wrote %s (%d bytes)%n", dir.resolve(name), bytes.length));
        return Main.OK;
    }
}
