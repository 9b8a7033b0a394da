package dev.stancekit.cli;

import dev.stancekit.model.ArticleResult;
import dev.stancekit.model.Quote;
import dev.stancekit.StanceKit;
import dev.stancekit.model.IngestResult;
import dev.stancekit.speakers.SpeakerTable;
import dev.stancekit.store.AtomicFiles;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancekit speakers}: who is quoted, with sides, and who is missing from the registry. */
@Command(name = "speakers", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses articles and writes speakers.csv (speaker, type, side, role, quotes, "
                + "articles, mean tone, in registry, side evidence), then lists the most quoted speakers "
                + "missing from the registry and the most quoted speakers whose side stayed unknown, so you "
                + "can add them (see --registry)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read and analysed", "1:some inputs could not be read or analysed "
                + "(listed on stderr)", "2:usage error"})
final class SpeakersCommand implements Callable<Integer> {

    @Mixin
    InputOptions in = new InputOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out = Paths.get("reports", "latest");

    @Option(names = "--top", paramLabel = "N", description = "How many missing speakers to list. Default: ${DEFAULT-VALUE}.")
    int top = 15;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--excel", description = "Start speakers.csv with a UTF-8 byte order mark (for Excel).")
    boolean excel;

    private final PrintStream stdout;

    SpeakersCommand() {
        this(System.out);
    }

    SpeakersCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws Exception {
        StanceKit kit = in.kit();
        List<Quote> quotes = new ArrayList<>();
        List<IngestResult> inputs = new ArrayList<>();
        for (ArticleResult r : in.analyze(kit, System.err, !quiet, kit::analyze)) {
            quotes.addAll(r.quotes());
            inputs.add(r.input());
        }
        long errors = InputOptions.reportErrors(inputs, System.err);
        SpeakerTable table = SpeakerTable.of(quotes);
        Files.createDirectories(out);
        Path file = out.resolve("speakers.csv");
        AtomicFiles.write(file, tmp -> table.writeCsv(tmp, excel));
        stdout.printf(Locale.ROOT, "%d speakers in %d quotes -> %s%n", table.rows().size(), quotes.size(), file);
        List<SpeakerTable.Row> missing = table.missingFromRegistry(top);
        if (!missing.isEmpty()) {
            stdout.println("Most quoted speakers missing from the registry (add them to speakers.csv or organizations.csv):");
            for (SpeakerTable.Row r : missing) {
                stdout.printf(Locale.ROOT, "  %-40s %-8s %3d quotes  %s%n", r.speaker(), r.side(), r.quotes(),
                        r.evidence().isEmpty() ? "no side evidence" : r.evidence());
            }
        }
        List<SpeakerTable.Row> unresolved = table.unresolved(top);
        if (!unresolved.isEmpty()) {
            stdout.println("Most quoted speakers with no side (the articles gave no evidence; add them, their "
                    + "organisation or their country word):");
            for (SpeakerTable.Row r : unresolved) {
                stdout.printf(Locale.ROOT, "  %-40s %-12s %3d quotes%n", r.speaker(), r.type().label(), r.quotes());
            }
        }
        return errors > 0 ? 1 : 0;
    }
}
