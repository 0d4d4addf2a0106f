package org.w3id.arsenal.cli;

import org.w3id.arsenal.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code arsenal} command line: each subcommand is a thin class over an operation callable from code. */
@Command(name = "arsenal", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Arsenal: a knowledge graph of defense-industry entities built from reports.",
        subcommands = {LoadCommand.class, QueryCommand.class, ExtractCommand.class, FactsCommand.class,
            EvalCommand.class, TriplesCommand.class, ServeCommand.class, ExportCommand.class,
            ValidateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 ok, 1 bad input (file, query, option), 2 internal error.",
            "Run 'arsenal COMMAND --help' for a command's options and examples."})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int BUG = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("arsenal: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof InputException) {
                c.getErr().println("arsenal: " + ex.getMessage());
                return USER_ERROR;
            }
            c.getErr().println("arsenal: internal error, please report it: " + ex);
            ex.printStackTrace(c.getErr());
            return BUG;
        });
        return cl;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"arsenal " + (v == null ? "(development build)" : v)};
        }
    }
}
