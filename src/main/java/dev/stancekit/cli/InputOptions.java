package dev.stancekit.cli;

import dev.stancekit.model.ArticleResult;
import dev.stancekit.pipeline.BatchRunner;
import dev.stancekit.model.Quote;
import dev.stancekit.StanceKit;
import dev.stancekit.briefing.BriefingAnalyzer;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import dev.stancekit.ingest.InputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads articles shares. */
final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files or folders (recursive: .txt .md .html), CSV manifests or "
                    + "JSON Lines files. Default: the bundled sample corpus.")
    List<Path> inputs = List.of();

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "auto (by extension), text, html, csv, jsonl, or transcript (every article is a "
                    + "press-briefing transcript, read by extension). Default: ${DEFAULT-VALUE}.")
    InputFormat format = InputFormat.AUTO;

    @Option(names = "--resources", paramLabel = "DIR",
            description = "A folder whose files override the bundled resources of the same name "
                    + "(themes.csv, tone-lexicon.csv, cue-verbs.csv, boilerplate.csv, ...): each replaces "
                    + "the bundled file or adds rows to it, as resources/manifest.csv says.")
    Path resources;

    @Option(names = "--registry", paramLabel = "DIR",
            description = "A folder with your own speakers.csv / organizations.csv (read after --resources); "
                    + "your rows are added and win.")
    Path registry;

    @Option(names = "--input-root", paramLabel = "DIR",
            description = "Manifest 'path' values must point inside this folder. Default: each manifest's own folder.")
    Path inputRoot;

    @Option(names = "--allow-paths-outside",
            description = "Let manifest 'path' values point anywhere on this machine (../x, /etc/...).")
    boolean allowPathsOutside;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * Reads the inputs and analyses every readable article on {@link #threads} workers, with a
     * progress bar on {@code err}; returns one result per input, in input order. The articles'
     * texts are dropped as soon as each is analysed, so the corpus is never held in memory.
     */
    List<ArticleResult> analyze(StanceKit kit, PrintStream err, boolean progress,
                                Function<Article, List<Quote>> analysis) {
        return analyze(kit, err, progress, analysis, List.of());
    }

    /** As above, never reading anything inside the folders {@code exclude} (an output folder). */
    List<ArticleResult> analyze(StanceKit kit, PrintStream err, boolean progress,
                                Function<Article, List<Quote>> analysis, List<Path> exclude) {
        List<Path> paths = inputsOrSample();
        Progress bar = new Progress(err, InputCount.estimate(paths), progress);
        List<ArticleResult> results = new ArrayList<>();
        try (Stream<IngestResult> s = kit.read(paths, exclude)) {
            new BatchRunner(r -> analysis.apply(r.article()), threads).run(s.iterator(), r -> {
                results.add(withoutText(r));
                bar.step();
            });
        }
        bar.finish();
        return results;
    }

    private static ArticleResult withoutText(ArticleResult r) {
        IngestResult in = r.input();
        if (in.article() == null) {
            return r;
        }
        return new ArticleResult(new IngestResult(in.id(), in.path(), in.article().withoutText(), in.status(),
                in.message()), r.quotes());
    }

    /**
     * Prints one line per input that was skipped or could not be read or analysed, with the
     * reason; returns how many failed (errors; skipped inputs such as duplicates are no failure).
     */
    static long reportErrors(List<IngestResult> results, PrintStream err) {
        long n = 0;
        for (IngestResult r : results) {
            if (!r.isOk()) {
                err.println(r.status().label() + ": " + r.path() + ": " + r.message());
                n += r.status() == IngestResult.Status.ERROR ? 1 : 0;
            }
        }
        return n;
    }

    StanceKit kit() {
        return StanceKit.builder().resources(resources).registry(registry)
                .transcripts(format == InputFormat.TRANSCRIPT ? BriefingAnalyzer.Mode.ALWAYS : BriefingAnalyzer.Mode.AUTO)
                .inputFormat(format).inputRoot(inputRoot).allowPathsOutside(allowPathsOutside).build();
    }

    /** The inputs, or the bundled sample corpus when none were given. */
    List<Path> inputsOrSample() {
        if (!inputs.isEmpty()) {
            return inputs;
        }
        return List.of(sampleCorpus());
    }

    /** The sample corpus next to the working folder or next to the jar. */
    static Path sampleCorpus() {
        Path here = Paths.get("resources", "sample-corpus");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent().getParent().resolve("resources").resolve("sample-corpus");
            if (Files.isDirectory(beside)) {
                return beside;
            }
        } catch (Exception e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("no INPUT given and the sample corpus "
                + "(resources/sample-corpus) was not found; run from the project folder or name inputs");
    }
}
