package dev.stancekit.cli;

import dev.stancekit.model.ArticleResult;
import dev.stancekit.pipeline.BatchRunner;
import dev.stancekit.model.Quote;
import dev.stancekit.StanceKit;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.report.ReportPeriod;
import dev.stancekit.report.ReportWriter;
import dev.stancekit.report.WireCopies;
import dev.stancekit.store.Archive;
import dev.stancekit.store.ArchiveMerge;
import dev.stancekit.store.AtomicFiles;
import dev.stancekit.store.Fingerprint;
import dev.stancekit.store.OutputFolder;
import dev.stancekit.store.ResultCache;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancekit run}: the main job. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse articles: find attributed quotes, speakers, sides, themes and tone, "
                + "and write CSV reports, charts and an HTML report into the output folder.",
            "A run into a folder that holds an earlier run analyses only new or changed articles."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read and analysed (skipped inputs such as duplicates count as fine)",
            "1:some inputs could not be read or analysed (see articles.csv, status=error)",
            "2:usage error",
            "3:the output folder is in use by another run (see --wait)",
            "4:the output folder cannot be written (read-only, disk full, not a folder); "
                + "checked before the analysis, and no half-written reports are left"})
final class RunCommand implements Callable<Integer> {

    @Mixin
    InputOptions in = new InputOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out = Paths.get("reports", "latest");

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Reporting period: week, month, quarter or year. Default: month.")
    ReportPeriod period = ReportPeriod.MONTH;

    @Option(names = "--excel", description = "Start every CSV with a UTF-8 byte order mark (for Excel).")
    boolean excel;

    @Option(names = "--no-charts", description = "Skip the charts (files and their images in report.html); faster.")
    boolean noCharts;

    @Option(names = "--contrast", paramLabel = "SIDE,SIDE", split = ",",
            description = "The two sides whose quotes the framing analysis contrasts (ids from sides.csv). "
                    + "Default: ${DEFAULT-VALUE}.", defaultValue = "US,China")
    String[] contrast;

    @Option(names = "--full", description = "Analyse every article again, ignoring the results of earlier runs.")
    boolean full;

    @Option(names = "--prune", description = "Drop archived articles of earlier runs that are not among this run's "
            + "inputs (without it the reports cover every article any run into this folder was given).")
    boolean prune;

    @Option(names = "--xlsx", description = "Also write report.xlsx: every table as one typed sheet.")
    boolean xlsx;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr.")
    boolean quiet;

    @Option(names = "--wait", description = "When another run is writing to the output folder, wait for it "
            + "to end instead of exiting with code 3.")
    boolean waitForLock;

    private final PrintStream err;
    private dev.stancekit.resources.Resources kitResources;

    RunCommand() {
        this(System.err);
    }

    RunCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (contrast.length != 2 || contrast[0].isBlank() || contrast[1].isBlank()) {
            System.err.println("--contrast needs two side ids, e.g. --contrast US,China");
            return 2;
        }
        StanceKit kit = in.kit();
        try (OutputFolder folder = OutputFolder.open(out, waitForLock, OutputFolder.DEFAULT_MIN_FREE)) {
            return run(kit);
        }
    }

    private int run(StanceKit kit) throws IOException {
        kitResources = kit.resources();
        ResultCache cache = new ResultCache(out, Fingerprint.of(kit.resources(), kit.registry()));
        if (full) {
            cache.clear();
        }
        LongAdder reused = new LongAdder();
        AtomicReference<UncheckedIOException> outputFailure = new AtomicReference<>();
        Map<String, long[]> signatures = new ConcurrentHashMap<>();
        int shingles = WireCopies.shingleWords(kit.resources());
        List<ArticleResult> analysed = in.analyze(kit, err, !quiet, a -> {
            if (outputFailure.get() != null) {
                throw new IllegalStateException("not analysed: the output folder cannot be written");
            }
            signatures.put(a.id(), WireCopies.signature(a.text(), shingles));
            var hit = cache.get(a);
            if (hit.isPresent()) {
                reused.increment();
                return hit.get();
            }
            List<Quote> q = kit.analyzer().analyze(a); // built on the first article not in the cache
            try {
                cache.put(a, q);
            } catch (UncheckedIOException e) {
                outputFailure.compareAndSet(null, e);
            }
            return q;
        }, List.of(out));
        if (outputFailure.get() != null) {
            throw OutputFolder.unwritable(out, outputFailure.get().getCause());
        }
        List<IngestResult> results = analysed.stream().map(ArticleResult::input).toList();
        List<Article> kept = results.stream().filter(IngestResult::isOk).map(IngestResult::article).toList();
        long errors = results.stream().filter(r -> r.status() == IngestResult.Status.ERROR).count();
        long skipped = results.stream().filter(r -> r.status() == IngestResult.Status.SKIPPED).count();
        Archive archive = new Archive(out);
        if (errors == results.size() && (archive.exists() || Files.exists(out.resolve("report.html")))) {
            err.printf("no input could be read; the reports in %s are left as they were%n", out);
            InputOptions.reportErrors(results, err);
            return 1;
        }
        List<Archive.Entry> merged;
        try {
            merged = ArchiveMerge.merge(archive.load(), analysed, signatures, prune);
            archive.save(merged);
        } catch (UncheckedIOException e) {
            throw OutputFolder.unwritable(out, e.getCause());
        }
        List<IngestResult> covered = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Map<String, long[]> sigs = new HashMap<>();
        for (Archive.Entry e : merged) {
            covered.add(e.input());
            quotes.addAll(e.quotes());
            if (e.signature() != null) {
                sigs.put(e.input().id(), e.signature());
            }
        }
        try {
            writeReports(covered, quotes, sigs);
            cache.retain(kept);
        } catch (IOException | UncheckedIOException e) {
            throw OutputFolder.unwritable(out, e instanceof UncheckedIOException u ? u.getCause() : e);
        }
        if (!quiet) {
            long archivedOk = covered.stream().filter(IngestResult::isOk).count();
            err.printf("%d inputs: %d ok, %d skipped, %d error (%d articles reused from an earlier run); "
                            + "the reports cover %d archived articles with %d quotes -> %s%n",
                    results.size(), results.size() - errors - skipped, skipped, errors, reused.sum(),
                    archivedOk, quotes.size(), out.resolve("report.html"));
            InputOptions.reportErrors(results, err);
        }
        return errors > 0 ? 1 : 0;
    }

    /** Writes the reports into a staging folder, then renames each file into place. */
    private void writeReports(List<IngestResult> results, List<Quote> quotes, Map<String, long[]> sigs)
            throws IOException {
        Path stage = out.resolve(".stancekit").resolve("staging");
        try {
            deleteTree(stage);
            Files.createDirectories(stage);
            ReportWriter.builder().period(period).excel(excel).charts(!noCharts).html(true).xlsx(xlsx)
                    .resources(kitResources).contrast(contrast[0], contrast[1]).build()
                    .write(stage, results, quotes, sigs);
            removeOldCharts(stage);
            try (Stream<Path> files = Files.list(stage)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    if (Files.isRegularFile(f)) {
                        AtomicFiles.move(f, out.resolve(f.getFileName()));
                    }
                }
            }
        } finally {
            try {
                deleteTree(stage);
            } catch (IOException | UncheckedIOException e) {
                // the failure that brought us here is the one to report
            }
        }
    }

    /** Chart files of an earlier run that this run did not draw again (a theme gone, --no-charts). */
    private void removeOldCharts(Path stage) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                boolean chart = name.matches("(tone_by_theme|quotes_per_speaker|volume_over_time|tone_over_time_.+|framing_.+)\\.(png|svg)")
                        || name.equals("report.xlsx");
                if (chart && Files.isRegularFile(f) && !Files.exists(stage.resolve(name))) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
