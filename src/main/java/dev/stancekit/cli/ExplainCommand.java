package dev.stancekit.cli;

import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.model.Quote;
import dev.stancekit.StanceKit;
import dev.stancekit.model.IngestResult;
import dev.stancekit.quotes.LedgerEntry;
import dev.stancekit.report.LedgerCsv;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancekit explain ARTICLE…}: the quote ledger of each article. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists every stretch of text in quote marks and every sentence with a verb of "
                + "saying in each article, with what became of it: extracted as quote N (with kind and "
                + "speaker) or rejected and why (headline, scare quote, title, no speaker found, ...).",
            "With --csv, prints the ledger as CSV (the columns of ledger.csv)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read and analysed", "1:some inputs could not be read", "2:usage error"})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    InputOptions in = new InputOptions();

    @Option(names = "--csv", description = "CSV instead of the readable listing.")
    boolean csv;

    @Option(names = "--rejected", description = "Only the candidates that were rejected.")
    boolean rejectedOnly;

    private final PrintStream stdout;

    ExplainCommand() {
        this(System.out);
    }

    ExplainCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        StanceKit kit = in.kit();
        List<IngestResult> inputs = new ArrayList<>();
        if (csv) {
            stdout.println(String.join(",", LedgerCsv.HEADER));
        }
        try (Stream<IngestResult> s = kit.read(in.inputsOrSample())) {
            s.forEach(r -> {
                inputs.add(r);
                if (r.isOk()) {
                    print(r.article().id(), kit.explain(r.article()));
                }
            });
        }
        return InputOptions.reportErrors(inputs, System.err) > 0 ? 1 : 0;
    }

    private void print(String article, ArticleAnalyzer.Explained x) {
        List<LedgerEntry> entries = x.ledger().stream().filter(e -> !rejectedOnly || !e.extracted()).toList();
        if (csv) {
            for (LedgerEntry e : entries) {
                stdout.println(LedgerCsv.line(article, e, x.quotes()));
            }
            return;
        }
        long kept = x.ledger().stream().filter(LedgerEntry::extracted).count();
        stdout.printf(Locale.ROOT, "== %s: %d quotes; %d candidates, %d extracted, %d rejected%n", article,
                x.quotes().size(), x.ledger().size(), kept, x.ledger().size() - kept);
        for (LedgerEntry e : entries) {
            String what;
            if (e.extracted()) {
                Quote q = x.quotes().get(e.quote() - 1);
                what = String.format(Locale.ROOT, "quote %d (%s, %s)", e.quote(),
                        q.kind().name().toLowerCase(Locale.ROOT),
                        q.speaker().canonical().isEmpty() ? "no speaker" : q.speaker().canonical());
            } else {
                what = "rejected: " + e.reason().text();
            }
            stdout.printf(Locale.ROOT, "  %-5s %-10s %s%n        -> %s%n", e.source().name().toLowerCase(Locale.ROOT),
                    e.cue().isEmpty() ? "" : e.cue(), LedgerCsv.clip(e.text(), 110), what);
        }
    }
}
