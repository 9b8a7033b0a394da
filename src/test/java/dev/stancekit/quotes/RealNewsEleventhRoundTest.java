package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the eleventh round of error analysis on real news (PolNeAR train and real US–China
 * news) found missed or mis-cut. One test per pattern; every sentence invented.
 */
class RealNewsEleventhRoundTest {

    @Test
    void aParticleTaggedAsPrepositionStillLinksTheSubjectToTheInfinitiveOfSaying() {
        List<QuoteSpan> qs = extract("The envoy went on to say that the border talks would resume in spring.");
        QuoteSpan q = quote(qs, "border talks");
        assertEquals(QuoteKind.INDIRECT, q.kind(), dump(qs));
        assertEquals("the border talks would resume in spring", q.text());
        assertEquals("The envoy", q.mention());
    }

    @Test
    void aShortQuotedSentenceAfterAQuoteContinuesItsSpeakerEvenWhenNarrationFollowsInTheParagraph() {
        List<QuoteSpan> qs = extract("“The rally drained our budget,” Ortiz said. “Every cent.” For example, the team spent "
                + "heavily on buses in March.");
        QuoteSpan q = quote(qs, "Every cent");
        assertEquals(QuoteKind.DIRECT, q.kind(), dump(qs));
        assertEquals("Ortiz", q.mention());
    }
}
