package dev.stancekit.spark;

import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.nlp.Token;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.model.Spans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixtures, not shipped: a tiny rule-based analyzer (no CoreNLP) built from the real stage
 * interfaces, so the Spark plumbing can be tested quickly against the core's ArticleAnalyzer.
 */
final class TestAnalyzers {

    private static final Pattern DIRECT = Pattern.compile("\"([^\"]+),\" (said|warned|added) ([A-Z]\\w+(?: [A-Z]\\w+)?)");
    private static final Pattern INDIRECT = Pattern.compile("([A-Z]\\w+(?: [A-Z]\\w+)?) said that ([^.\"]+)\\.");
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Builds created in this JVM, to check that executors build one analyzer each. */
    static final AtomicInteger BUILDS = new AtomicInteger();

    private TestAnalyzers() {
    }

    /** The fixture analyzer's factory; a record, so it is cached by value. */
    record Factory(String tag) implements AnalyzerFactory {
        @Override
        public ArticleAnalyzer create() {
            BUILDS.incrementAndGet();
            return analyzer();
        }
    }

    /** A factory that cannot build, to check that the job fails loudly. */
    record Broken() implements AnalyzerFactory {
        @Override
        public ArticleAnalyzer create() {
            throw new IllegalStateException("fixture cannot build");
        }
    }

    /** The fixture analyzer, except that scoring a quote with "boom" in it throws. */
    record Exploding() implements AnalyzerFactory {
        @Override
        public ArticleAnalyzer create() {
            return new ArticleAnalyzer(TestAnalyzers::annotate, (article, doc) -> spans(article.text()),
                    (q, article, doc) -> speaker(q.mention()), TestAnalyzers::themes, t -> {
                        if (t.contains("boom")) {
                            throw new IllegalArgumentException("cannot score " + t);
                        }
                        return tone(t);
                    });
        }
    }

    static ArticleAnalyzer analyzer() {
        return new ArticleAnalyzer(TestAnalyzers::annotate, (article, doc) -> spans(article.text()),
                (q, article, doc) -> speaker(q.mention()), TestAnalyzers::themes, TestAnalyzers::tone);
    }

    /** One sentence per line, whitespace tokens. */
    static AnnotatedText annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int begin = 0;
        for (String line : text.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                tokens.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), "NN", "O",
                        begin + m.start(), begin + m.end()));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), sentences.size(), tokens.get(0).begin(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
            begin += line.length() + 1;
        }
        return new AnnotatedText(text, sentences);
    }

    static List<QuoteSpan> spans(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        Matcher d = DIRECT.matcher(text);
        while (d.find()) {
            out.add(Spans.mention(QuoteSpan.builder(QuoteKind.DIRECT, d.group(1)).span(d.start(1), d.end(1))
                    .cue(d.group(2)), d.group(3), d.start(3)).antecedent(d.group(3))
                    .mentionType(QuoteSpan.MentionType.NAME).context(d.group()).build());
        }
        Matcher i = INDIRECT.matcher(text);
        while (i.find()) {
            out.add(Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, i.group(2)).span(i.start(2), i.end(2))
                    .cue("said"), i.group(1), i.start(1)).antecedent(i.group(1))
                    .mentionType(QuoteSpan.MentionType.NAME).context(i.group()).build());
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static Speaker speaker(String mention) {
        if (mention.isEmpty()) {
            return Speaker.NONE;
        }
        String side = mention.startsWith("Senator") ? "US" : mention.startsWith("Minister") ? "China" : "unknown";
        return Speaker.builder().canonical(mention).type(SpeakerType.PERSON).side(side)
                .role(side.equals("unknown") ? "" : "official").inRegistry(!side.equals("unknown"))
                .evidence(side.equals("unknown") ? "" : "title word").build();
    }

    static List<String> themes(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (t.contains("tariff") || t.contains("trade")) {
            out.add("trade");
        }
        if (t.contains("chip") || t.contains("semiconductor")) {
            out.add("technology");
        }
        return out;
    }

    static Tone tone(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<String> cues = new ArrayList<>();
        double score = 0;
        if (t.contains("threat")) {
            cues.add("threat");
            score -= 0.6;
        }
        if (t.contains("cooperat")) {
            cues.add("cooperat");
            score += 0.4;
        }
        ToneLabel label = score < -0.2 ? ToneLabel.CONFRONTATIONAL : score > 0.2 ? ToneLabel.CONCILIATORY : ToneLabel.NEUTRAL;
        return new Tone(score, label, cues);
    }
}
