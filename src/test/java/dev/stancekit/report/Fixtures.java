package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic articles and quotes (invented sentences) for the report tests. */
final class Fixtures {

    static final Speaker US_SEC = Speaker.builder().canonical("Jane Harlow").type(SpeakerType.PERSON).side("US")
            .role("Secretary").inRegistry(true).evidence("registry").build();
    static final Speaker US_DEPT = Speaker.builder().canonical("State Department").type(SpeakerType.ORGANIZATION)
            .side("US").inRegistry(true).evidence("registry").build();
    static final Speaker CN_MIN = Speaker.builder().canonical("Li Wenbo").type(SpeakerType.PERSON).side("China")
            .role("Minister").inRegistry(true).evidence("registry").build();
    static final Speaker CN_SPOX = Speaker.builder().canonical("Chinese spokesperson").type(SpeakerType.ANONYMOUS)
            .side("China").evidence("nationality word 'Chinese' in mention").build();
    static final Speaker EU = Speaker.builder().canonical("Anna Berg").type(SpeakerType.PERSON).side("other")
            .inRegistry(true).evidence("registry").build();

    private static final String[] US_TEXT = {
        "We will keep open channels with Beijing and welcome steady talks on trade",
        "Tariffs on unfair exports will rise and we will defend our workers",
        "The military drills near Taiwan are provocative and dangerous",
        "We seek cooperation on climate and fentanyl with our counterparts",
    };
    private static final String[] CN_TEXT = {
        "Washington must stop its bullying tariffs and respect market rules",
        "China is ready to deepen cooperation and mutual respect with the United States",
        "Taiwan is an internal affair and outside forces must not interfere",
        "Dialogue on climate benefits both peoples and the whole world",
    };
    private static final String[][] THEMES = {{"trade"}, {"trade", "tariffs"}, {"taiwan", "military"}, {"climate"}};
    private static final double[] US_TONE = {0.6, -0.5, -0.7, 0.5};
    private static final double[] CN_TONE = {-0.6, 0.7, -0.8, 0.6};

    private Fixtures() {
    }

    static Article article(int i, LocalDate date) {
        return Article.builder().id("a" + i + ".txt").title("Story number " + i).date(date)
                .source("Example Times").url("https://news.example.org/story-" + i)
                        .text("Body of story " + i + " with some words in it.").build();
    }

    /** Twelve ok articles over six months (one undated), one skipped and one error input. */
    static List<IngestResult> inputs() {
        List<IngestResult> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            LocalDate d = i == 11 ? null : LocalDate.of(2024, 1 + i / 2, 3 + 9 * (i % 2));
            out.add(IngestResult.ok(article(i, d)));
        }
        out.add(IngestResult.skipped("dup.txt", "in/dup.txt", "duplicate of a1.txt"));
        out.add(IngestResult.error("broken.pdf", "in/broken.pdf", "=cannot read: not a PDF"));
        return out;
    }

    /** Several quotes per article from US, China, other and unknown speakers. */
    static List<Quote> quotes(List<IngestResult> inputs) {
        List<Quote> out = new ArrayList<>();
        Random rnd = new Random(7);
        for (IngestResult r : inputs) {
            if (!r.isOk()) {
                continue;
            }
            Article a = r.article();
            int n = 0;
            for (int k = 0; k < 4; k++) {
                int t = (k + a.id().length() + n) % 4;
                double jitter = (rnd.nextDouble() - 0.5) * 0.3;
                out.add(quote(a, ++n, k % 2 == 0 ? US_SEC : US_DEPT, US_TEXT[t], THEMES[t], US_TONE[t] + jitter));
                out.add(quote(a, ++n, k % 2 == 0 ? CN_MIN : CN_SPOX, CN_TEXT[t], THEMES[t], CN_TONE[t] - jitter));
            }
            out.add(quote(a, ++n, EU, "Both sides should calm down", new String[0], 0.2));
            out.add(quote(a, ++n, Speaker.NONE, "-0.42 percent, said the report", new String[] {"trade"}, -0.1));
        }
        return out;
    }

    static Quote quote(Article a, int n, Speaker s, String text, String[] themes, double tone) {
        double t = Math.max(-1, Math.min(1, tone));
        ToneLabel label = t > 0.2 ? ToneLabel.CONCILIATORY : t < -0.2 ? ToneLabel.CONFRONTATIONAL : ToneLabel.NEUTRAL;
        List<String> cues = t > 0.2 ? List.of("cooperation", "respect") : t < -0.2 ? List.of("must stop") : List.of();
        return Quote.builder().id(a.id() + "#" + n).article(a.id()).date(a.date())
                .kind(n % 3 == 0 ? QuoteKind.INDIRECT : QuoteKind.DIRECT).text(text).cue("said")
                .speakerMention(s == Speaker.NONE ? "" : "she").speaker(s).themes(List.of(themes))
                .tone(new Tone(t, label, cues)).span(n * 10, n * 10 + text.length()).build();
    }
}
