package dev.stancekit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.TextAnnotator;
import dev.stancekit.quotes.QuoteExtractor;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.speakers.SpeakerResolver;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.themes.ThemeTagger;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.tone.ToneScorer;
import dev.stancekit.model.Spans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {

    /** No sentences: the fixture stages below work on the raw text. */
    static final class CountingAnnotator implements TextAnnotator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public AnnotatedText annotate(String text) {
            calls.incrementAndGet();
            return new AnnotatedText(text, List.of());
        }
    }

    /** Finds "<words>," NAME CUE. with the sentence (up to the period) as context. */
    static final class SimpleExtractor implements QuoteExtractor {
        private static final Pattern P = Pattern.compile("\"([^\"]+),\" (\\w+) (said|warned|noted)\\.");

        @Override
        public List<QuoteSpan> extract(Article article, AnnotatedText doc) {
            List<QuoteSpan> out = new ArrayList<>();
            Matcher m = P.matcher(article.text());
            while (m.find()) {
                out.add(Spans.mention(QuoteSpan.builder(QuoteKind.DIRECT, m.group(1)).span(m.start(1), m.end(1))
                        .cue(m.group(3)), m.group(2), m.start(2)).antecedent(m.group(2))
                        .mentionType(QuoteSpan.MentionType.NAME).context(m.group()).build());
            }
            return out;
        }
    }

    static final class NameSpeakers implements SpeakerResolver {
        @Override
        public Speaker resolve(QuoteSpan quote, Article article, AnnotatedText doc) {
            String side = quote.mention().startsWith("Z") ? "China" : "US";
            return Speaker.builder().canonical(quote.mention()).type(SpeakerType.PERSON).side(side).evidence("fixture")
                    .build();
        }
    }

    /** "trade" and "chips" in the text; main themes from a marker word "MAIN:<id>". */
    static class WordThemes implements ThemeTagger {
        @Override
        public List<String> tag(String text) {
            List<String> ids = new ArrayList<>();
            String t = text.toLowerCase(Locale.ROOT);
            for (String id : List.of("trade", "chips")) {
                if (t.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        }

        @Override
        public List<String> mainThemes(String document) {
            Matcher m = Pattern.compile("MAIN:(\\w+)").matcher(document);
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }
    }

    /** Negative when the scored text contains "warned"; the cue is listed. */
    static final class CueTone implements ToneScorer {
        @Override
        public Tone score(String text) {
            return text.contains("warned") ? new Tone(-0.5, ToneLabel.CONFRONTATIONAL, List.of("warned"))
                    : Tone.NEUTRAL;
        }
    }

    private final CountingAnnotator nlp = new CountingAnnotator();
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(nlp, new SimpleExtractor(),
            new NameSpeakers(), new WordThemes(), new CueTone());

    private static final String TEXT = "MAIN:security\n\n"
            + "\"We will cut tariffs on trade goods,\" Adams said.\n\n"
            + "\"The chips rule hurts both of us,\" Zhou warned.\n\n"
            + "\"Ask the committee,\" Baker noted.\n";

    @Test
    void idsCountFromOneInTextOrderAndCarryTheArticle() {
        Article a = Article.builder().id("dispatch.txt").text(TEXT).date(LocalDate.of(2024, 3, 9)).build();
        List<Quote> quotes = analyzer.analyze(a);
        assertEquals(3, quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            assertEquals("dispatch.txt#" + (i + 1), q.id());
            assertEquals("dispatch.txt", q.article());
            assertEquals(LocalDate.of(2024, 3, 9), q.date());
            assertEquals(q.text(), TEXT.substring(q.start(), q.end()));
        }
        assertEquals("We will cut tariffs on trade goods", quotes.get(0).text());
        assertEquals("Adams", quotes.get(0).speaker().canonical());
        assertEquals("Adams", quotes.get(0).speakerMention());
        assertEquals("China", quotes.get(1).side());
        assertEquals(1, nlp.calls.get());
    }

    @Test
    void countedAnalysisAnnotatesOnceAndGivesTheSameQuotesWithTheTokenCount() {
        TextAnnotator words = text -> {
            nlp.annotate(text);
            List<dev.stancekit.nlp.Token> tokens = new ArrayList<>();
            Matcher m = Pattern.compile("\\S+").matcher(text);
            while (m.find()) {
                tokens.add(new dev.stancekit.nlp.Token(m.group(), m.group(), "NN", "O", m.start(), m.end()));
            }
            return new AnnotatedText(text, List.of(new dev.stancekit.nlp.Sentence(0, 0, 0, text.length(), tokens)));
        };
        ArticleAnalyzer counting = new ArticleAnalyzer(words, new SimpleExtractor(), new NameSpeakers(),
                new WordThemes(), new CueTone());
        Article a = Article.of("dispatch.txt", TEXT);
        int before = nlp.calls.get();
        ArticleAnalyzer.Counted c = counting.analyzeCounted(a);
        assertEquals(1, nlp.calls.get() - before, "one annotation");
        assertEquals(counting.analyze(a), c.quotes());
        assertEquals(3, c.quotes().size());
        assertEquals(TEXT.strip().split("\\s+").length, c.tokens());
    }

    @Test
    void themesComeFromTheQuoteThenItsContextThenTheArticle() {
        String text = "MAIN:security\n\n"
                + "\"Prices will go down,\" Adams said.\n\n"   // no theme anywhere -> main theme
                + "\"Tariffs on chips,\" Baker said.\n";       // own words
        List<Quote> quotes = analyzer.analyze(Article.of("t.txt", text));
        assertEquals(List.of("security"), quotes.get(0).themes());
        assertEquals(List.of("chips"), quotes.get(1).themes());

        // context fallback: the quote itself names no theme, its sentence (context) does
        QuoteExtractor withContext = (article, doc) -> List.of(QuoteSpan.builder(QuoteKind.PARTIAL, "a fair deal")
                .span(0, 11).cue("said").mention("Adams").antecedent("Adams").mentionType(QuoteSpan.MentionType.NAME)
                .context("Adams said the trade talks need a fair deal").build());
        ArticleAnalyzer ctx = new ArticleAnalyzer(nlp, withContext, new NameSpeakers(), new WordThemes(),
                new CueTone());
        assertEquals(List.of("trade"), ctx.analyze(Article.of("c.txt", "a fair deal MAIN:security")).get(0).themes());
    }

    @Test
    void toneCountsTheCueVerb() {
        List<Quote> quotes = analyzer.analyze(Article.of("t.txt", TEXT));
        // the quoted words alone are neutral; "warned" as the cue makes it confrontational
        assertEquals(ToneLabel.CONFRONTATIONAL, quotes.get(1).tone().label());
        assertEquals("warned", quotes.get(1).cue());
        assertEquals(ToneLabel.NEUTRAL, quotes.get(0).tone().label());
    }

    @Test
    void noQuotesMeansNoMainThemeWorkAndAnEmptyList() {
        AtomicInteger mainCalls = new AtomicInteger();
        ThemeTagger counting = new WordThemes() {
            @Override
            public List<String> mainThemes(String document) {
                mainCalls.incrementAndGet();
                return super.mainThemes(document);
            }
        };
        ArticleAnalyzer a = new ArticleAnalyzer(nlp, new SimpleExtractor(), new NameSpeakers(), counting,
                new CueTone());
        assertTrue(a.analyze(Article.of("quiet.txt", "Nobody spoke about trade today.")).isEmpty());
        assertEquals(0, mainCalls.get());
        a.analyze(Article.of("t.txt", TEXT));
        assertEquals(1, mainCalls.get());
    }

    @Test
    void toneIsKeptToTheThreeDecimalsReportsShow() {
        Tone t = ArticleAnalyzer.rounded(new Tone(-0.123456, ToneLabel.NEUTRAL, List.of("x")));
        assertEquals(-0.123, t.score(), 0.0);
        assertEquals(ToneLabel.NEUTRAL, t.label());
        assertEquals(List.of("x"), t.cues());
        assertEquals(0.0, ArticleAnalyzer.rounded(new Tone(0.0004, ToneLabel.NEUTRAL, List.of())).score(), 0.0);
    }

    @Test
    void nullStagesAreRejected() {
        assertThrows(NullPointerException.class,
                () -> new ArticleAnalyzer(null, new SimpleExtractor(), new NameSpeakers(), new WordThemes(),
                        new CueTone()));
    }
}
