package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import java.util.List;
import java.util.Set;

/**
 * The quotes of one article with the speakers found for them so far, in text order, and what the
 * article says of them. The article-level passes read earlier speakers here and replace speakers
 * in place, so a later mention sees what an earlier one became. Not thread-safe; one per article.
 */
final class ArticleQuotes {

    final List<QuoteSpan> quotes;
    /** The speaker of each quote, replaced in place by the passes. */
    final Speaker[] speakers;
    final String text;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final ArticleWords articleWords;
    private final Descriptions descriptions;

    ArticleQuotes(List<QuoteSpan> quotes, List<Speaker> speakers, String text, Lexicon lexicon, WordKinds words,
                  PersonIndex people, ArticleWords articleWords) {
        this.quotes = quotes;
        this.speakers = speakers.toArray(new Speaker[0]);
        this.text = text;
        this.lexicon = lexicon;
        this.words = words;
        this.articleWords = articleWords;
        this.descriptions = new Descriptions(text, lexicon, words, people);
    }

    /** The whole article as a phrase. */
    Phrase article() {
        return articleWords.phrase(text);
    }

    /** What the article's text says before a mention. */
    EarlierText earlierText() {
        return new EarlierText(text, article(), words, lexicon);
    }

    /** The folded words describing speaker j (see {@link Descriptions#words}). */
    Set<String> descriptionWords(int j) {
        return descriptions.words(speakers[j], quotes.get(j));
    }

    /** Whether speaker j is described with this registered organisation. */
    boolean describedWith(int j, String orgCanonical) {
        return descriptions.describedWith(speakers[j], quotes.get(j), orgCanonical);
    }

    /** Speaker j's name, role, mention and the words around its first full mention, as one phrase. */
    Phrase description(int j) {
        return descriptions.of(speakers[j], quotes.get(j));
    }

    /** Speaker e taken for a later mention p, with the reference added to its evidence. */
    static Speaker carried(Speaker e, Phrase p) {
        String why = "\"" + p.text.strip() + "\" refers to " + e.canonical();
        return e.toBuilder().evidence(Evidence.joined(e.evidence(), why)).build();
    }
}
