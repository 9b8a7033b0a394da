package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.anyStartingWith;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the thirty-third round of error analysis on real news (a new blind batch of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtyThirdRoundTest {

    @Test
    void aSpeakerNounWithTheOrganisationItWorksForSpeaksAfterTheReport() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe new harbour levy is an act of protectionism under the guise of safety, "
                + "a spokesperson with the Chilean trade ministry said.");
        assertTrue(anyStartingWith(qs, "The new harbour levy is an act of protectionism"), dump(qs));
        assertTrue(quote(qs, "The new harbour levy").mention().contains("spokesperson with the Chilean trade ministry"), dump(qs));
    }

    @Test
    void aVerbOfSayingWithAnAdjectiveAndNounObjectInsideTheContentDoesNotEndIt() {
        // "maintain" reports only a clause; "have maintained close contact" is what the navies did
        List<QuoteSpan> qs = extract("Harbour talks\n\nMinister Ilse Varga said the Chilean and U.S. navies have maintained close "
                + "and regular contact through their embassies.");
        assertTrue(anyStartingWith(qs, "the Chilean and U.S. navies have maintained close and regular contact"), dump(qs));
        List<QuoteSpan> second = extract("Harbour talks\n\nMinister Ilse Varga said the talks went well, and the U.S. side "
                + "has maintained that the levy must go.");
        assertTrue(anyStartingWith(second, "the talks went well"), dump(second));
        assertTrue(anyStartingWith(second, "the levy must go"), dump(second));
    }

    @Test
    void theObjectOfAVerbBeforeAParticipleAfterACommaIsNotItsSubject() {
        List<QuoteSpan> qs = extract("Harbour warning\n\nThe Chilean port authority lowered its travel advisory for Peru on Monday, "
                + "from level 4 to level 3, urging sailors to avoid the northern bay.");
        assertTrue(anyStartingWith(qs, "sailors to avoid the northern bay"), dump(qs));
        assertTrue(quote(qs, "sailors to avoid").mention().contains("port authority"), dump(qs));
    }

    @Test
    void aFiniteVerbAfterANounObjectAndACoordinatorIsTheSpeakersNextPredicate() {
        List<QuoteSpan> qs = extract("Harbour row\n\nThe visit drew scrutiny from Peru, which condemned the minister's trip "
                + "and is expected to hold naval drills next week.");
        assertTrue(anyEqualTo(qs, "the minister's trip"), dump(qs));
        // a verb of saying there goes on with the same report
        List<QuoteSpan> same = extract("Harbour row\n\nMinister Ilse Varga expressed concern over the blockade and urged "
                + "both navies to pull back.");
        assertTrue(anyStartingWith(same, "concern over the blockade and urged both navies to pull back"), dump(same));
        // after "said", a clause goes on
        List<QuoteSpan> clause = extract("Harbour row\n\nMinister Ilse Varga said Chile and Peru share a long coast "
                + "and could do more together.");
        assertTrue(anyStartingWith(clause, "Chile and Peru share a long coast and could do more together"), dump(clause));
    }

    @Test
    void restateReportsItsObjectLikeReiterate() {
        List<QuoteSpan> qs = extract("Harbour row\n\nOn Thursday, Peru's foreign ministry spokesperson Ana Soto restated Peru's "
                + "firm objections to any talks between the port authority and Chilean officials.");
        assertTrue(anyStartingWith(qs, "Peru's firm objections to any talks"), dump(qs));
    }

    @Test
    void aTimePhraseWithAPrepositionAfterAnAppositionIsWalkedOver() {
        List<QuoteSpan> qs = extract("Harbour row\n\nPeru's defence minister, General Ana Soto, on Sunday accused Chile of "
                + "attempting to close the bay to foreign trawlers.");
        assertTrue(anyStartingWith(qs, "Chile of attempting to close the bay"), dump(qs));
        assertTrue(quote(qs, "Chile of attempting").mention().contains("Ana Soto"), dump(qs));
    }

    @Test
    void aNameInAppositionAfterAnOpeningPlaceStillSpeaks() {
        List<QuoteSpan> qs = extract("Harbour row\n\nIn Lima, the port authority's chief spokesman, Ilse Varga, on Monday said "
                + "the bay was \"constantly watched\" by both navies.");
        assertTrue(anyStartingWith(qs, "constantly watched"), dump(qs));
        assertTrue(quote(qs, "constantly watched").mention().equals("Ilse Varga"), dump(qs));
    }

    @Test
    void anAbsoluteClauseWhoseSubjectHasAHyphenatedNameEndsTheObjectBeforeIt() {
        List<QuoteSpan> qs = extract("Harbour drills\n\nPeru condemned the drills, with President Ana Soto-Ruiz calling them "
                + "reckless and asserting that the navy would defend the bay.");
        assertTrue(anyEqualTo(qs, "the drills"), dump(qs));
        assertTrue(anyStartingWith(qs, "them reckless"), dump(qs));
        assertTrue(quote(qs, "them reckless").mention().contains("Soto-Ruiz"), dump(qs));
    }
}
