package dev.stancekit.bench;

import dev.stancekit.model.Article;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Generates realistic articles for scale tests from the building blocks of real ones: each
 * synthetic article gets a date line, a headline and paragraphs drawn from different source
 * articles (so speakers, quote forms and lengths vary). Deterministic for a seed; streaming, so
 * 10,000 articles never sit in memory at once.
 */
public final class SyntheticCorpus implements Iterable<Article> {

    private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final List<String> headlines = new ArrayList<>();
    private final List<List<String>> paragraphs = new ArrayList<>();
    private final int count;
    private final long seed;

    /**
     * @param sources the articles to draw from (at least one with two or more paragraphs)
     * @param count   how many articles to generate
     * @param seed    random seed
     */
    public SyntheticCorpus(List<Article> sources, int count, long seed) {
        for (Article a : sources) {
            List<String> paras = new ArrayList<>();
            for (String p : a.text().split("\\n\\s*\\n")) {
                String t = p.strip();
                if (t.length() > 40) {
                    paras.add(t);
                }
            }
            if (paras.size() >= 2) {
                paragraphs.add(paras);
                headlines.add(a.title().isBlank() ? paras.get(0) : a.title());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no source article with two or more paragraphs to build from");
        }
        this.count = count;
        this.seed = seed;
    }

    @Override
    public Iterator<Article> iterator() {
        Random rnd = new Random(seed);
        return new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                return make(rnd, made);
            }
        };
    }

    private Article make(Random rnd, int n) {
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(730));
        int src = rnd.nextInt(paragraphs.size());
        String title = headlines.get(src);
        StringBuilder sb = new StringBuilder();
        sb.append(DATE_LINE.format(date)).append("\n\n").append(headlines.get(src)).append("\n\n");
        int paras = 6 + rnd.nextInt(15);
        for (int i = 0; i < paras; i++) {
            // mostly consecutive paragraphs of one source, so quotes keep their attributions,
            // with jumps to other sources for variety
            List<String> from = paragraphs.get(src);
            int at = rnd.nextInt(from.size());
            int run = Math.min(from.size() - at, 1 + rnd.nextInt(4));
            for (int j = 0; j < run && i < paras; j++, i++) {
                sb.append(from.get(at + j)).append("\n\n");
            }
            src = rnd.nextInt(paragraphs.size());
        }
        String id = String.format(Locale.ROOT, "synthetic-%05d.txt", n);
        return Article.builder().id(id).path(id).title(title).date(date)
                .source("synthetic").text(sb.toString()).build();
    }
}
