package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyStartingWith;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the thirty-second round of error analysis on real news (a new blind batch of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtySecondRoundTest {

    @Test
    void aVerbWithASpeechNounObjectAfterAQuotedTermReportsThatObject() {
        List<QuoteSpan> qs = extract("Harbour bill\n\nAfter a vote on a bill that limits trade with foreign shipyards in the name of "
                + "\"fair competition,\" the Chilean trade ministry on Friday voiced firm opposition to such unilateral measures.");
        assertTrue(anyStartingWith(qs, "firm opposition to such unilateral measures"), dump(qs));
        assertTrue(quote(qs, "firm opposition").mention().contains("ministry"), dump(qs));
        assertFalse(anyStartingWith(qs, "fair competition"), dump(qs));
    }

    @Test
    void anAdverbWrittenWithHyphensAfterTheVerbIsNoObject() {
        // "matter" is a speech noun, but here it is part of "matter-of-factly"
        List<QuoteSpan> qs = extract("Harbour vote\n\n“We have had better seasons than this one,” dock worker Ana Soto said "
                + "matter-of-factly as the cranes stood still.");
        assertTrue(anyStartingWith(qs, "We have had better seasons"), dump(qs));
        assertTrue(quote(qs, "We have had").mention().contains("Ana Soto"), dump(qs));
    }

    @Test
    void aRefusalToCommentDoesNotTakeBackTheParticipleAfterIt() {
        List<QuoteSpan> qs = extract("Harbour row\n\nMinister Ilse Varga declined to comment on the inquiry, while expressing concern "
                + "about the growing number of boarded trawlers in the bay.");
        assertTrue(anyStartingWith(qs, "concern about the growing number of boarded trawlers"), dump(qs));
        assertFalse(anyStartingWith(extract("Harbour row\n\nMinister Ilse Varga declined to comment on whether the trawlers "
                + "would be released."), "the trawlers would be released"));
    }

    @Test
    void aPhraseBetweenCommasAfterTheSubjectOfTheReportedClauseKeepsTheClause() {
        List<QuoteSpan> qs = extract("Harbour row\n\nMinister Ilse Varga stressed that the port, while under pressure from both sides, "
                + "will not take part in the blockade.");
        assertTrue(anyStartingWith(qs, "the port, while under pressure from both sides, will not take part"), dump(qs));
        List<QuoteSpan> split = extract("Harbour row\n\nMinister Ilse Varga praised the harbour deal, while critics said it was weak.");
        assertTrue(anyStartingWith(split, "it was weak"), dump(split));
        assertFalse(anyStartingWith(split, "the harbour deal, while"), dump(split));
    }

    @Test
    void aClauseThatOpensWithAndAfterAQuoteNamesNoSpeaker() {
        List<QuoteSpan> qs = extract("Harbour trade\n\n\"There are many patient buyers here,\" Ana Soto said. \"If you want to be a great "
                + "port, you need good ships and good buyers,\" and Chile has those kinds of buyers.");
        assertTrue(anyStartingWith(qs, "If you want to be a great port"), dump(qs));
        assertTrue(quote(qs, "If you want").mention().contains("Ana Soto") || "Ana Soto".equals(quote(qs, "If you want").antecedent()),
                dump(qs));
    }

    @Test
    void aPhraseThatOpensWithToOrAPrepositionIsNoSpeakerTheOneAfterItsCommaIs() {
        List<QuoteSpan> qs = extract("Harbour trade\n\nWhile the minister seeks \"steady ties\" with Peru and \"common-sense guard rails\" "
                + "to avoid veering into conflict, former diplomats say the hostility is growing.");
        assertFalse(qs.stream().anyMatch(q -> q.mention().startsWith("to ")), dump(qs));
        assertTrue(quote(qs, "common-sense guard rails").mention().contains("former diplomats"), dump(qs));
    }

    @Test
    void aCommaRightBeforeTheVerbAfterAPrepositionalPhraseNoLongerFailsTheArticle() {
        // this sentence made TrailingCueRule build a speaker span that ended before it began
        List<QuoteSpan> qs = extract("Harbour trade\n\nIt took him most of a day to formulate a reply, delivering an \"apology\" to voters "
                + "for the officials who were failing them, then calling a radio station to ask listeners to watch the interview.");
        assertFalse(anyStartingWith(qs, "apology"), dump(qs));
    }

    @Test
    void aPrepositionalPhraseThatOpensTheSentenceIsNoSpeakerOfTheParticiple() {
        List<QuoteSpan> qs = extract("Harbour row\n\nDuring a regular press conference, Zhao Lan hit back at the claim, saying \"some officials "
                + "are constantly smearing the harbour project. Chile firmly opposes such remarks.\"");
        assertTrue(quote(qs, "some officials are constantly").mention().contains("Zhao"), dump(qs));
        List<QuoteSpan> that = extract("Harbour row\n\nThe mayor made claims that Ana Soto, for one, called \"wild harbour talk.\"");
        assertTrue(quote(that, "wild harbour talk").mention().contains("Ana Soto"), dump(that));
    }
}
