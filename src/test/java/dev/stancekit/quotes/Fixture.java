package dev.stancekit.quotes;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.CoreNlpAnnotator;
import java.util.List;
import java.util.stream.Collectors;

/** Shared helpers for the quotes tests: one CoreNLP pipeline and one extractor per JVM. */
final class Fixture {

    static final Lexicon LEX = Lexicon.load(Resources.bundled());
    private static volatile RuleQuoteExtractor extractor;

    private Fixture() {
    }

    static RuleQuoteExtractor extractor() {
        if (extractor == null) {
            extractor = RuleQuoteExtractor.create(Resources.bundled());
        }
        return extractor;
    }

    static AnnotatedText annotate(String text) {
        return CoreNlpAnnotator.shared().annotate(text);
    }

    static Doc doc(String text) {
        return new Doc(text, annotate(text), QuoteMarks.find(text), w -> LEX.is(w, Lexicon.WordType.TITLE));
    }

    static List<QuoteSpan> extract(String text) {
        return extractor().extract(Article.of("fixture", text), annotate(text));
    }

    /** Whether some quote's text starts with {@code text}. */
    static boolean anyStartingWith(List<QuoteSpan> qs, String text) {
        return qs.stream().anyMatch(q -> q.text().startsWith(text));
    }

    /** Whether some quote's text is exactly {@code text}. */
    static boolean anyEqualTo(List<QuoteSpan> qs, String text) {
        return qs.stream().anyMatch(q -> q.text().equals(text));
    }

    /** The one quote whose text contains the fragment; fails when there is none or several. */
    static QuoteSpan quote(List<QuoteSpan> qs, String fragment) {
        List<QuoteSpan> hits = qs.stream().filter(q -> q.text().contains(fragment)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one quote with '" + fragment + "', got " + hits.size()
                    + " in:\n" + dump(qs));
        }
        return hits.get(0);
    }

    /** The one quote whose text contains the fragment, which must be reported speech. */
    static QuoteSpan reported(String sentence, String fragment) {
        List<QuoteSpan> qs = extract(sentence);
        QuoteSpan q = quote(qs, fragment);
        if (q.kind() != dev.stancekit.model.QuoteKind.INDIRECT) {
            throw new AssertionError("expected reported speech, got " + q.kind() + " in:\n" + dump(qs));
        }
        return q;
    }

    static String dump(List<QuoteSpan> qs) {
        return qs.stream().map(q -> q.kind().label() + " [" + q.text() + "] by '" + q.mention() + "' -> '"
                + q.antecedent() + "' (" + q.mentionType() + ", " + q.cue() + ")").collect(Collectors.joining("\n"));
    }
}
