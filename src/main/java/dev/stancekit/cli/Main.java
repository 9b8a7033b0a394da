package dev.stancekit.cli;

import dev.stancekit.store.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stancekit}: the command-line entry point. */
@Command(name = "stancekit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds attributed quotes in US-China news, names speakers and sides, tags "
                + "themes, scores tone, and writes spreadsheet-ready reports.",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'stancekit COMMAND --help' for a command's options."})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: run, evaluate, speakers, explain, tone, train-tone or bench");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 some inputs failed, 2 usage, 3 output folder busy, 4 output folder not writable). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("run", new RunCommand());
        cl.addSubcommand("evaluate", new dev.stancekit.cli.EvaluateCommand(PipelinePredictor.INSTANCE));
        cl.addSubcommand("speakers", new SpeakersCommand());
        cl.addSubcommand("train-tone", new TrainToneCommand());
        cl.addSubcommand("explain", new ExplainCommand());
        cl.addSubcommand("tone", new ToneCommand());
        cl.addSubcommand("bench", new BenchCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("stancekit: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (ex instanceof OutputFolder.Failure f) {
                return f.exitCode();
            }
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }
}
