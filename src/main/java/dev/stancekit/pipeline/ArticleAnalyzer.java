package dev.stancekit.pipeline;

import dev.stancekit.briefing.BriefingAnalyzer;
import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.TextAnnotator;
import dev.stancekit.quotes.Extraction;
import dev.stancekit.quotes.LedgerEntry;
import dev.stancekit.quotes.QuoteExtractor;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.speakers.SpeakerResolver;
import dev.stancekit.themes.ThemeTagger;
import dev.stancekit.model.Tone;
import dev.stancekit.tone.ToneScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The analysis of one article as a pure function: article in, quotes out. Chains the stages
 * nlp → quotes → speakers → themes → tone. A quote's themes come from its own words, else its
 * sentence, else the article's main themes; its tone counts the reporting verb ("warned"). Built
 * once and shared by all worker threads; the CLI, the benchmark and the Spark job all call
 * {@link #analyze(Article)}.
 */
public final class ArticleAnalyzer {

    private final TextAnnotator nlp;
    private final QuoteExtractor extractor;
    private final SpeakerResolver speakers;
    private final ThemeTagger themes;
    private final ToneScorer tone;
    private final BriefingAnalyzer briefings;

    public ArticleAnalyzer(TextAnnotator nlp, QuoteExtractor extractor, SpeakerResolver speakers,
                           ThemeTagger themes, ToneScorer tone) {
        this.nlp = Objects.requireNonNull(nlp);
        this.extractor = Objects.requireNonNull(extractor);
        this.speakers = Objects.requireNonNull(speakers);
        this.themes = Objects.requireNonNull(themes);
        this.tone = Objects.requireNonNull(tone);
        this.briefings = null;
    }

    private ArticleAnalyzer(ArticleAnalyzer a, BriefingAnalyzer briefings) {
        this.nlp = a.nlp;
        this.extractor = a.extractor;
        this.speakers = a.speakers;
        this.themes = a.themes;
        this.tone = a.tone;
        this.briefings = briefings;
    }

    /** The same analysis, reading press-briefing transcripts as turns ({@link BriefingAnalyzer}). */
    public ArticleAnalyzer withBriefings(BriefingAnalyzer b) {
        return new ArticleAnalyzer(this, Objects.requireNonNull(b));
    }

    /** The quotes of an article, in text order, with ids {@code <article>#1, #2, …}. */
    public List<Quote> analyze(Article article) {
        AnnotatedText doc = nlp.annotate(article.text());
        return analyze(article, doc);
    }

    /** As {@link #analyze(Article)}, for an article already annotated. */
    public List<Quote> analyze(Article article, AnnotatedText doc) {
        if (briefings != null && briefings.accepts(article)) {
            return briefings.analyze(article, doc);
        }
        return quotes(article, doc, extractor.extract(article, doc));
    }

    /**
     * The quotes of an article with the ledger of every candidate (text in quote marks, sentences
     * with a verb of saying) and what became of it; ledger entry quote numbers are the n of the
     * quote ids {@code <article>#n}.
     */
    public Explained explain(Article article) {
        AnnotatedText doc = nlp.annotate(article.text());
        if (briefings != null && briefings.accepts(article)) {
            // a transcript is read as turns: each quote is the ledger entry of its turn
            List<Quote> qs = briefings.analyze(article, doc);
            List<LedgerEntry> ledger = new ArrayList<>(qs.size());
            for (int n = 0; n < qs.size(); n++) {
                Quote q = qs.get(n);
                ledger.add(new LedgerEntry(LedgerEntry.Source.TURN, q.start(), q.end(), q.text(), q.cue(), n + 1, null));
            }
            return new Explained(qs, ledger);
        }
        Extraction x = extractor.explain(article, doc);
        return new Explained(quotes(article, doc, x.quotes()), x.ledger());
    }

    /** An article's quotes and its quote ledger. */
    public record Explained(List<Quote> quotes, List<LedgerEntry> ledger) {
        public Explained {
            quotes = List.copyOf(quotes);
            ledger = List.copyOf(ledger);
        }
    }

    private List<Quote> quotes(Article article, AnnotatedText doc, List<QuoteSpan> spans) {
        List<Quote> out = new ArrayList<>(spans.size());
        List<String> articleThemes = spans.isEmpty() ? List.of() : themes.mainThemes(article.text());
        List<Speaker> resolved = speakers.resolveAll(spans, article, doc);
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan span = spans.get(i);
            Speaker speaker = resolved.get(i);
            List<String> ids = themes.tagQuote(span.text(), span.context(), articleThemes);
            Tone t = rounded(tone.score(span.text(), span.cue(), speaker.side(), span.context()));
            out.add(Quote.builder().id(article.id() + "#" + (out.size() + 1)).article(article.id())
                    .date(article.date()).kind(span.kind()).text(span.text()).cue(span.cue())
                    .speakerMention(span.mention()).speaker(speaker).themes(ids).tone(t)
                    .span(span.start(), span.end()).build());
        }
        return out;
    }

    /**
     * The tone to the 3 decimals every report shows, so a quote read back from quotes.csv or the
     * result cache is the same quote and an incremental run aggregates exactly like a full one.
     */
    static Tone rounded(Tone t) {
        return new Tone(Math.round(t.score() * 1000) / 1000.0, t.label(), t.cues());
    }

    /** The quotes of an article with the number of tokens the nlp stage found in it, annotating it once. */
    public Counted analyzeCounted(Article article) {
        AnnotatedText doc = nlp.annotate(article.text());
        return new Counted(analyze(article, doc), doc.tokenCount());
    }

    /** An article's quotes and its token count (for throughput figures). */
    public record Counted(List<Quote> quotes, int tokens) {
        public Counted {
            quotes = List.copyOf(quotes);
        }
    }

    /** Tokens in the article, as counted by the nlp stage (for throughput figures). */
    public int tokens(Article article) {
        return nlp.annotate(article.text()).tokenCount();
    }
}
