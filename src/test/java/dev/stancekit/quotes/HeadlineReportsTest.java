package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headline with a finite verb of saying is a report like any sentence, with or without a full stop
 * (news headlines rarely have one): annotators of real news, PolNeAR's and the blind US–China sets',
 * count "Harbour board urges port to reopen" as the board's words. A headline in title case is read
 * only when it holds words in quote marks (its capitals fool the tagger into nouns of saying); one
 * without a verb of saying stays skipped.
 */
class HeadlineReportsTest {

    @Test
    void aHeadlineWithAVerbOfSayingAndNoFullStopIsAReport() {
        List<QuoteSpan> qs = extract("Harbour board urges port authority to reopen the northern channel\n\n"
                + "The board met on Monday to review the closure.");
        assertTrue(anyEqualTo(qs, "port authority to reopen the northern channel"), dump(qs));
        assertTrue(quote(qs, "port authority to reopen").mention().contains("Harbour board"), dump(qs));
    }

    @Test
    void aHeadlineEndingInItsSpeakerIsAReport() {
        List<QuoteSpan> qs = extract("Fishing quota talks will resume in spring, port minister says\n\n"
                + "The talks stalled in October.");
        assertTrue(qs.stream().anyMatch(q -> q.text().startsWith("Fishing quota talks will resume in spring")), dump(qs));
        assertTrue(quote(qs, "Fishing quota talks").mention().contains("minister"), dump(qs));
    }

    @Test
    void aHeadlineWithQuotedWordsAndATrailingVerbIsItsSpeakersPartialQuote() {
        List<QuoteSpan> qs = extract("Ports can no longer pursue ‘trade with one, security with the other,’ vows Moro\n\n"
                + "The two ports met on Monday.");
        assertTrue(qs.stream().anyMatch(q -> q.text().startsWith("trade with one, security with the other")), dump(qs));
        assertTrue(quote(qs, "trade with one").mention().contains("Moro"), dump(qs));
    }

    @Test
    void aTitleCaseHeadlineIsReadOnlyWithQuotedWords() {
        List<QuoteSpan> quoted = extract("Harbour Chief Says Port Deal Is ‘Unfair’ To Fishermen\n\nThe deal was signed on Friday.");
        assertTrue(anyEqualTo(quoted, "Unfair"), dump(quoted));
        List<QuoteSpan> bare = extract("Harbour Chief Slams Port Deal Over Fees For Fishermen\n\nThe deal was signed on Friday.");
        assertTrue(bare.isEmpty(), dump(bare));
    }

    @Test
    void aHeadlineWithoutAVerbOfSayingStaysSkipped() {
        List<QuoteSpan> qs = extract("Port deal signed after ‘long night’ of talks\n\nThe deal was signed on Friday.");
        assertFalse(anyEqualTo(qs, "long night"), dump(qs));
    }

    @Test
    void aShortHeadlineIsNoReport() {
        List<QuoteSpan> qs = extract("Board says no\n\nThe deal was signed on Friday.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void quotedWordsRightAfterTheHeadlinesSpeakerAreTheirs() {
        // headlines drop the verb: "Port authority ‘deeply concerned’ about …" (row headline_subject)
        List<QuoteSpan> qs = extract("Port authority ‘deeply concerned’ about dredging plan\n\nThe plan was published on Monday.");
        assertTrue(anyEqualTo(qs, "deeply concerned"), dump(qs));
        assertTrue(quote(qs, "deeply concerned").mention().contains("Port authority"), dump(qs));
        List<QuoteSpan> colon = extract("Harbour chief: Dredging plan is ‘reckless and rushed’\n\nThe plan was published on Monday.");
        assertTrue(quote(colon, "reckless and rushed").mention().contains("Harbour chief"), dump(colon));
    }

    @Test
    void quotedWordsAfterAnythingButASpeakerStaySkipped() {
        List<QuoteSpan> qs = extract("Dredging plan ‘deeply flawed’ as costs soar\n\nThe plan was published on Monday.");
        assertTrue(qs.isEmpty(), dump(qs));
    }
}
