package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.anyStartingWith;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the thirty-fifth round of error analysis on real news (blind batches of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtyFifthRoundTest {

    @Test
    void aNicknameInMarksInsideANameIsNoQuote() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nHarbour Pilots Guild chair Marta “Tiny” Olsen said on Monday that "
                + "the levy would drive ships away.");
        assertFalse(anyEqualTo(qs, "Tiny"), dump(qs));
        assertTrue(anyEqualTo(qs, "the levy would drive ships away"), dump(qs));
        assertTrue(quote(qs, "the levy would drive ships away").mention().endsWith("Olsen"), dump(qs));
        List<QuoteSpan> straight = extract("Harbour levy\n\nMayor J.R. \"Buddy\" Haines told reporters the levy was fair.");
        assertFalse(anyEqualTo(straight, "Buddy"), dump(straight));
        assertTrue(anyEqualTo(straight, "the levy was fair"), dump(straight));
    }

    @Test
    void aCapitalisedWordInMarksAfterALowerCaseWordIsStillJudgedAsAQuote() {
        // not after a name: "called the plan “Robbery” Monday" is no nickname
        List<QuoteSpan> qs = extract("Harbour levy\n\nOlsen called the plan “Robbery” Monday.");
        assertTrue(anyEqualTo(qs, "Robbery"), dump(qs));
    }

    @Test
    void aClauseAfterButWithARelativeClauseOnItsSubjectDoesNotTakeTheReportFromBeforeTheAttribution() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nMarta Olsen chairs the pilots' guild. The rate of permits is \"accelerating\" "
                + "and has risen to 60% from 25%, she said, but cases where the buyers are based abroad are taking longer.");
        assertTrue(anyEqualTo(qs, "accelerating"), dump(qs));
        assertTrue(quote(qs, "accelerating").antecedent().contains("Olsen"), dump(qs));
        assertFalse(anyStartingWith(qs, "but cases where"), dump(qs));
    }

    @Test
    void anAdverbOpeningATimePhraseBetweenSubjectAndVerbIsNoPartOfTheSpeaker() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nChile earlier this month slammed the levy as \"deeply unfair,\" saying it "
                + "would turn the port into a \"ghost town.\"");
        assertEquals("Chile", quote(qs, "deeply unfair").mention(), dump(qs));
        assertEquals("Chile", quote(qs, "ghost town").mention(), dump(qs));
        List<QuoteSpan> later = extract("Harbour levy\n\nThe guild later that day said the levy would be dropped.");
        assertEquals("The guild", quote(later, "the levy would be dropped").mention(), dump(later));
    }

    @Test
    void theAgentOfAPassiveNamingVerbIsTheSpeakerOfTheQuotedName() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nOlsen, labeled a “dangerous troublemaker” by the ministry in the past, "
                + "was elected on Monday.");
        QuoteSpan q = quote(qs, "dangerous troublemaker");
        assertEquals("the ministry", q.mention(), dump(qs));
        assertEquals(QuoteKind.PARTIAL, q.kind(), dump(qs));
        List<QuoteSpan> was = extract("Harbour levy\n\nThe levy was branded a \"wake-up call\" by Mayor Ilse Varga last week.");
        assertTrue(quote(was, "wake-up call").mention().endsWith("Varga"), dump(was));
        // without an agent the passive names no speaker
        List<QuoteSpan> none = extract("Harbour levy\n\nThe levy was branded a \"wake-up call\" in the local papers.");
        assertFalse(anyEqualTo(none, "wake-up call") && quote(none, "wake-up call").mention().contains("levy"), dump(none));
    }

    @Test
    void referringToSomethingAsQuotedWordsReportsThem() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe guild's chair referred to the levy as “a tax on the sea” on Friday.");
        assertTrue(anyEqualTo(qs, "a tax on the sea"), dump(qs));
        List<QuoteSpan> plain = extract("Harbour levy\n\nThe guild's chair referred to the levy in her speech on Friday.");
        assertTrue(plain.isEmpty(), dump(plain));
    }

    @Test
    void aClauseOfContrastOrTimeWithItsOwnSubjectOpensTheReportWhenAMainClauseFollowsItsComma() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nPort analysts say while the guild is approving more permits, it will not "
                + "drop the levy.");
        assertTrue(anyEqualTo(qs, "while the guild is approving more permits, it will not drop the levy"), dump(qs));
        List<QuoteSpan> after = extract("Harbour levy\n\nMarta Olsen said after the talks ended, the two sides remained apart.");
        assertTrue(anyStartingWith(after, "after the talks ended, the two sides remained apart"), dump(after));
        // the time of the words, with nothing after it but a participle, stays out
        List<QuoteSpan> time = extract("Harbour levy\n\n“We are ready,” Olsen said as she met the mayor, adding that talks would go on.");
        assertFalse(anyStartingWith(time, "as she met the mayor"), dump(time));
    }

    @Test
    void theMediumOfTheWordsBeforeABareClauseIsNoPartOfIt() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe ministry said in a statement to Reuters its supply of pilots was stable.");
        assertTrue(anyEqualTo(qs, "its supply of pilots was stable"), dump(qs));
        List<QuoteSpan> interview = extract("Harbour levy\n\nOlsen said in an interview with the Harbour Times the levy would go.");
        assertTrue(anyEqualTo(interview, "the levy would go"), dump(interview));
        List<QuoteSpan> briefing = extract("Harbour levy\n\nOlsen said at a briefing on Friday the levy would go.");
        assertTrue(anyEqualTo(briefing, "the levy would go"), dump(briefing));
    }

    @Test
    void anAdverbInMarksBetweenTheSpeakerAndTheVerbIsThatSpeakersPartialQuote() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe ministry “strongly” urged the guild to drop the levy on Thursday.");
        QuoteSpan q = quote(qs, "strongly");
        assertEquals("The ministry", q.mention(), dump(qs));
        assertEquals(QuoteKind.PARTIAL, q.kind(), dump(qs));
        // a quote earlier in the sentence is no insertion before a later verb
        List<QuoteSpan> earlier = extract("Harbour levy\n\nOlsen, who called the levy “a tax on the sea,” urged the ministry "
                + "to drop it and warned that ships would leave.");
        assertTrue(anyStartingWith(earlier, "ships would leave"), dump(earlier));
    }

    @Test
    void theAgentBeforeAsOfAPassiveVerbOfSayingSpeaksTheQuotedWords() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe levy, which doubled the fees, was condemned by the ministry as an "
                + "“unreasonable burden.”");
        QuoteSpan q = quote(qs, "unreasonable burden");
        assertEquals("the ministry", q.mention(), dump(qs));
        assertEquals(QuoteKind.PARTIAL, q.kind(), dump(qs));
        List<QuoteSpan> plain = extract("Harbour levy\n\nThe levy was described by the mayor as a burden.");
        assertTrue(plain.isEmpty(), dump(plain));
    }

    @Test
    void blamingOrDefendingWithQuotedWordsReportsThem() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe ministry blames the guild for starting the “crisis” at the port.");
        assertEquals("The ministry", quote(qs, "crisis").mention(), dump(qs));
        List<QuoteSpan> defend = extract("Harbour levy\n\nThe ministry has defended the levy as “fair and restrained”.");
        assertEquals("The ministry", quote(defend, "fair and restrained").mention(), dump(defend));
        // without quoted words blaming is the writer's summary, no report
        List<QuoteSpan> none = extract("Harbour levy\n\nThe ministry blamed the guild for the strike.");
        assertTrue(none.isEmpty(), dump(none));
    }

    @Test
    void aShortOpeningPhraseBeforeTheSpeakerStillOpensAReadoutParagraph() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nIn this regard, spokeswoman Ilse Varga said that the levy has no winners. "
                + "Chile's attitude towards the levy is very clear. If the guild really wants talks, it should stop its threats.");
        assertTrue(anyStartingWith(qs, "Chile's attitude towards the levy is very clear"), dump(qs));
        assertTrue(anyStartingWith(qs, "If the guild really wants talks"), dump(qs));
        // a phrase with a verb of its own opens no readout
        List<QuoteSpan> verb = extract("Harbour levy\n\nAfter the guild walked out, spokeswoman Ilse Varga said that the levy "
                + "has no winners. The port is quiet this week.");
        assertFalse(anyStartingWith(verb, "The port is quiet"), dump(verb));
    }

    @Test
    void aLongTitleAfterANamingParticipleIsAWorksName() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe office on Thursday released a white paper titled “Harbour Levies, Fees, "
                + "and Duties in the New Era.” An expert told the Harbour Times that the paper was useful.");
        assertFalse(anyStartingWith(qs, "Harbour Levies"), dump(qs));
        assertTrue(anyEqualTo(qs, "the paper was useful"), dump(qs));
    }

    @Test
    void aPronounInARelativeClauseSkipsAnOwnerNamedAfterTheSubject() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nDays later, ministry spokeswoman Ilse Varga poured cold water on Olsen’s "
                + "comments during a briefing in which she said, “It is unrealistic to ask the port to pay.”");
        assertTrue(quote(qs, "It is unrealistic").antecedent().contains("Varga"), dump(qs));
    }

    @Test
    void accordingToAfterAClauseAndItsConjunctionLeadsTheClauseAfterIt() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe guild bought the pier in 2022, and according to the ministry, the sale "
                + "was not reported until the spring.");
        assertTrue(anyEqualTo(qs, "the sale was not reported until the spring"), dump(qs));
        assertEquals("the ministry", quote(qs, "the sale was not reported").mention(), dump(qs));
    }
}
