package dev.stancekit.cli;

import dev.stancekit.eval.CoreNlpBaseline;
import dev.stancekit.model.Article;
import dev.stancekit.pipeline.ArticleAnalyzer;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The benchmark's run of CoreNLP's stock quote attribution on the same articles. */
final class Baseline {

    private Baseline() {}

    static BenchCommand.Measure measure(List<Article> articles, PrintStream out, ArticleAnalyzer analyzer) {
        String memory = CoreNlpBaseline.memoryProblem();
        if (memory != null) {
            throw new IllegalArgumentException(memory);
        }
        long tokens = 0;
        for (Article a : articles) {
            tokens += analyzer.tokens(a);
        }
        long load = System.nanoTime();
        CoreNlpBaseline stock = CoreNlpBaseline.shared();
        out.printf(Locale.ROOT, "corenlp: stock pipeline loaded in %.1f s%n", (System.nanoTime() - load) / 1e9);
        long t0 = System.nanoTime();
        int quotes = stock.predict(articles, null).size();
        double wall = (System.nanoTime() - t0) / 1e9;
        BenchCommand.Measure m = new BenchCommand.Measure("corenlp", articles.size(), tokens, quotes, wall);
        out.printf(Locale.ROOT, "corenlp stock quote pipeline: %,d articles, %,d tokens, %,d quotes in %.2f s wall: "
                + "%,.0f tokens/s; peak RSS %s%n", articles.size(), tokens, quotes, wall, m.tokensPerSecond(),
                BenchCommand.mb(dev.stancekit.bench.ResourceMonitor.peakRss()));
        return m;
    }
}
