package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms found on real US–China news and PolNeAR train in the session of 2026-12-05 (evening),
 * each written again in invented words.
 */
class RealNewsFortySecondRoundTest {

    @Test
    void aPastParticipleBetweenAPrepositionAndItsNounIsPartOfTheTrailingAdverbial() {
        // "amid increased tensions": the attribution ends the sentence, its content stands before it
        List<QuoteSpan> qs = extract("Port rules\n\nHarbour rules are being tightened to stop misuse by shipping firms, "
                + "the port authority said on Thursday amid increased trade tensions.\n");
        assertTrue(anyEqualTo(qs, "Harbour rules are being tightened to stop misuse by shipping firms"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().contains("amid increased")), dump(qs));
    }

    @Test
    void aGerundAfterAPrepositionTakesAnObjectAndIsNoAdverbial() {
        // "for having ties to": the verb's own report, not a trailing attribution of the clause before
        List<QuoteSpan> qs = extract("Poll\n\nThese numbers are hardly surprising, as rival Sen. Ana Lutz has criticized "
                + "Ortiz for having ties to the big banks.\n");
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("These numbers are hardly surprising")), dump(qs));
    }

    @Test
    void aPronounSubjectOfTheSentenceNamingAnotherPersonStillPointsToTheEarlierSubject() {
        // the person of the latest sentence is the object's apposition, while "he" is its subject
        List<QuoteSpan> qs = extract("Forum\n\nAs a newcomer, Defence Secretary Pat Shore made a splash. Even before his "
                + "speech on Saturday, he hit the headlines when he hailed his meeting with his counterpart, General "
                + "Lu Feng, amid a rift.\n\nA day later, he said the region faced threats. \"Trade here is large,\" he said.\n");
        assertTrue(quote(qs, "the region faced threats").antecedent().contains("Shore"), dump(qs));
        assertTrue(quote(qs, "Trade here is large").antecedent().contains("Shore"), dump(qs));
    }

    @Test
    void aPronounInsideAClauseOpeningTheSentencePointsAheadToItsSubject() {
        // "As she left …, Tsu framed …": the sentence's subject is the named person
        List<QuoteSpan> qs = extract("Trip\n\nThe capital threatened countermeasures over a planned meeting between "
                + "Speaker Rob Kell and island leader Ana Tsu.\n\nAs she left the island on Wednesday, Tsu framed her "
                + "tour as a chance to show resolve.\n\n\"We will not bow to pressure,\" she told reporters.\n");
        assertEquals("Tsu", quote(qs, "We will not bow").antecedent().replaceAll(".* ", ""), dump(qs));
    }
}
