package dev.stancekit.cli;

import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.pipeline.BatchRunner;
import dev.stancekit.StanceKit;
import dev.stancekit.bench.ResourceMonitor;
import dev.stancekit.bench.SyntheticCorpus;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancekit bench}: throughput, memory and start-up of the full analysis. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the full analysis (everything 'run' does except writing reports) "
                + "after a warm-up: tokens/s, articles/s, peak heap and RSS, CPU use, wall time.",
            "With --baseline it also runs CoreNLP's stock quote attribution on the same articles and "
                + "prints the ratio."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    InputOptions in = new InputOptions();

    @Option(names = "--synthetic", paramLabel = "N[,N…]", split = ",",
            description = "Generate N articles from the inputs' building blocks instead of reading "
                    + "the inputs once; several sizes (100,1000,10000) are run in turn.")
    List<Integer> synthetic = List.of();

    @Option(names = "--warmup", paramLabel = "N", description = "Articles analysed before timing, so the "
            + "JIT has compiled the hot code (the inputs are cycled; synthetic ones with --synthetic). "
            + "Default: ${DEFAULT-VALUE}.")
    int warmup = 2000;

    @Option(names = "--baseline", description = "Also run CoreNLP's stock pipeline (tokenize,ssplit,pos,"
            + "lemma,ner,depparse,coref,quote) on the same articles; needs about 10 GB of heap (-Xmx10g).")
    boolean baseline;

    @Option(names = "--baseline-limit", paramLabel = "N",
            description = "At most N articles for the baseline (it runs at about 250 tokens/s). Default: ${DEFAULT-VALUE}.")
    int baselineLimit = 50;

    private final PrintStream out;

    BenchCommand() {
        this(System.out);
    }

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        long startup = System.nanoTime();
        StanceKit kit = in.kit();
        ArticleAnalyzer analyzer = kit.analyzer();
        List<Article> articles = new ArrayList<>();
        try (Stream<IngestResult> s = kit.read(in.inputsOrSample())) {
            s.filter(IngestResult::isOk).forEach(r -> articles.add(r.article()));
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no readable article in the inputs");
        }
        analyzer.analyze(articles.get(0));
        out.printf(Locale.ROOT, "start-up: models loaded and first article analysed %.1f s after JVM start "
                + "(%.1f s in stancekit)%n", ResourceMonitor.sinceJvmStartMillis() / 1000.0,
                (System.nanoTime() - startup) / 1e9);
        Iterator<Article> warm = synthetic.isEmpty() ? cycle(articles, warmup)
                : new SyntheticCorpus(articles, warmup, 7).iterator();
        long w0 = System.nanoTime();
        measure(null, warmup, warm, analyzer);
        out.printf(Locale.ROOT, "warm-up: %d articles in %.1f s%n", warmup, (System.nanoTime() - w0) / 1e9);
        out.printf(Locale.ROOT, "threads: %d; cores: %d; max heap: %s%n", in.threads,
                Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()));
        List<Measure> ours = new ArrayList<>();
        if (synthetic.isEmpty()) {
            ours.add(measure("stancekit", articles.size(), articles.iterator(), analyzer));
        } else {
            for (int n : synthetic) {
                ours.add(measure("stancekit synthetic " + n, n,
                        new SyntheticCorpus(articles, n, 42).iterator(), analyzer));
            }
            if (ours.size() > 1) {
                double base = ours.get(0).msPerArticle();
                for (Measure m : ours) {
                    out.printf(Locale.ROOT, "  cost per article at %,d: %.1f ms (%+.0f%% vs %,d)%n", m.articles(),
                            m.msPerArticle(), 100 * (m.msPerArticle() / base - 1), ours.get(0).articles());
                }
            }
        }
        if (baseline) {
            List<Article> subset = articles.subList(0, Math.min(baselineLimit, articles.size()));
            Measure b = Baseline.measure(subset, out, analyzer);
            Measure o = measure("stancekit (same articles)", subset.size(), subset.iterator(), analyzer);
            out.printf(Locale.ROOT, "ratio: stancekit is %.1fx CoreNLP's stock quote pipeline in tokens/s "
                    + "(%.0f vs %.0f)%n", o.tokensPerSecond() / b.tokensPerSecond(), o.tokensPerSecond(), b.tokensPerSecond());
        }
        return 0;
    }

    private static Iterator<Article> cycle(List<Article> articles, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> articles.get(i % articles.size())).iterator();
    }

    /** One timed pass over the articles; prints a line unless {@code name} is null (warm-up). */
    private Measure measure(String name, int n, Iterator<Article> articles, ArticleAnalyzer analyzer) {
        LongAdder tokens = new LongAdder();
        LongAdder quotes = new LongAdder();
        Iterator<IngestResult> inputs = new Iterator<>() {
            public boolean hasNext() {
                return articles.hasNext();
            }

            public IngestResult next() {
                return IngestResult.ok(articles.next());
            }
        };
        long cpu0 = ResourceMonitor.processCpuNanos();
        long t0 = System.nanoTime();
        try (ResourceMonitor mon = new ResourceMonitor()) {
            new BatchRunner(r -> {
                ArticleAnalyzer.Counted c = analyzer.analyzeCounted(r.article());
                tokens.add(c.tokens());
                quotes.add(c.quotes().size());
                return c.quotes();
            }, in.threads).run(inputs, r -> { });
            double wall = (System.nanoTime() - t0) / 1e9;
            double cores = (ResourceMonitor.processCpuNanos() - cpu0) / 1e9 / wall;
            Measure m = new Measure(name, n, tokens.sum(), quotes.sum(), wall);
            if (name == null) {
                return m;
            }
            out.printf(Locale.ROOT, "%s: %,d articles, %,d tokens, %,d quotes in %.2f s wall: %,.0f tokens/s, "
                            + "%.1f articles/s; peak heap %s, peak RSS %s; CPU %.2f of %d cores busy%n",
                    name, n, m.tokens(), m.quotes(), wall, m.tokensPerSecond(), n / wall, mb(mon.peakHeap()),
                    mb(ResourceMonitor.peakRss()), cores, Runtime.getRuntime().availableProcessors());
            return m;
        }
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    /** One timed pass. */
    record Measure(String name, int articles, long tokens, long quotes, double seconds) {
        double tokensPerSecond() {
            return tokens / seconds;
        }

        double msPerArticle() {
            return 1000 * seconds / articles;
        }
    }
}
