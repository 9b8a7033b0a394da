package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the sixteenth round of error analysis on real news (PolNeAR train and real
 * US–China news) found missed. One test per pattern; every sentence invented.
 */
class RealNewsSixteenthRoundTest {

    @Test
    void aDenialOfAClauseWithoutThatIsReported() {
        QuoteSpan q = reported("The ministry denied it was selling radar parts to the junta, while the envoy said the "
                + "trade had grown.", "radar parts");
        assertEquals("it was selling radar parts to the junta", q.text());
    }

    @Test
    void aDenialOfAThingIsStillNoReport() {
        List<QuoteSpan> qs = extract("The consulate denied him a visa on Tuesday. The activists who discussed Taiwan "
                + "were detained.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("visa") || q.text().contains("detained")), dump(qs));
    }

    @Test
    void aDayFollowedByAVerbAfterSaidIsTheSubjectOfTheReport() {
        QuoteSpan q = reported("She said Thursday was the first time the ferry had left on schedule.", "ferry");
        assertEquals("Thursday was the first time the ferry had left on schedule", q.text());
    }

    @Test
    void aDayAfterSaidIsStillTheTimeOfTheReportUnlessThePronounOpensTheClause() {
        List<QuoteSpan> qs = extract("What he said Monday was not new to the envoys.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Monday")), dump(qs));
        QuoteSpan q = reported("She said Monday would be the last day of the talks.", "last day");
        assertEquals("Monday would be the last day of the talks", q.text());
    }

    @Test
    void aPastTenseReadAsAParticipleAfterTheOpeningSubjectStillMakesATrailingReport() {
        List<QuoteSpan> qs = extract("A Malaysian balloon floated over the northern atolls, the Malaysian navy "
                + "confirmed Monday, adding that it was used for mapping.");
        QuoteSpan q = quote(qs, "atolls");
        assertEquals("A Malaysian balloon floated over the northern atolls", q.text(), dump(qs));
        assertEquals("the Malaysian navy", quote(qs, "mapping").mention(), dump(qs));
    }

    @Test
    void aNameWithABracketedTagInAnAppositionIsTheSpeaker() {
        List<QuoteSpan> qs = extract("The panel's senior Democrat, Rep. Ana Ode (D-Ohio), said the panel must avoid stereotypes.");
        assertEquals("Rep. Ana Ode", quote(qs, "stereotypes").mention(), dump(qs));
    }

    @Test
    void aVerbAfterAnInsertionWithABracketedTagLendsItsSubjectToTheReportAfterBut() {
        List<QuoteSpan> qs = extract("The panel's senior Democrat, Rep. Ana Ode (Ohio), threw her support behind the panel "
                + "but said it must avoid stereotypes.");
        assertEquals("Rep. Ana Ode", quote(qs, "stereotypes").mention(), dump(qs));
    }

    @Test
    void aWhoClauseAfterADayHangsOnThePersonBeforeTheDay() {
        List<QuoteSpan> qs = extract("The sale was made public by ministry spokeswoman Ana Tesh on Friday, who said the "
                + "cabinet had approved the deal.");
        QuoteSpan q = quote(qs, "cabinet");
        assertTrue(q.mention().contains("Ana Tesh") || q.antecedent().contains("Ana Tesh"), dump(qs));
    }

    @Test
    void aSecondVerbOfSayingAfterButInTheSameTenseSharesTheSpeaker() {
        List<QuoteSpan> qs = extract("Envoy Omar Haddad said he had not seen the report but dismissed its claims as baseless.");
        assertEquals("Omar Haddad", quote(qs, "baseless").mention().replace("Envoy ", ""), dump(qs));
    }

    @Test
    void aRankBeforeATitleIsAnotherOfficeThanTheOneIntroducedWithoutIt() {
        List<QuoteSpan> qs = extract("Navy Secretary Omar Haddad said the drills were routine. The assistant secretary "
                + "of the navy later stated that the fleet stood ready.");
        QuoteSpan q = quote(qs, "stood ready");
        assertTrue(!q.antecedent().contains("Haddad"), dump(qs));
        assertEquals("Omar Haddad", quote(qs, "routine").antecedent(), dump(qs));
    }

    @Test
    void aPurposeAfterTheListenerOfATrailingReportBelongsToTheWritersSentence() {
        List<QuoteSpan> qs = extract("Senior trade officials met again on Sunday in Lisbon, two people familiar with the "
                + "matter told the Harbor Post, to resume talks on fishing quotas.");
        assertEquals("Senior trade officials met again on Sunday in Lisbon", quote(qs, "Lisbon").text(), dump(qs));
    }

    @Test
    void aVerbAfterButBelongsToANounSubjectOfTheFirstReport() {
        List<QuoteSpan> qs = extract("Envoy Omar Haddad said the ministry received the letter but rejected its demands.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("demands") && q.mention().contains("Haddad")), dump(qs));
    }

    @Test
    void aVerbAfterAnAppositionOfAnObjectHasNoSubjectThere() {
        List<QuoteSpan> qs = extract("The minister thanked his Hungarian counterpart, Peter Lazlo, praised the deal and said "
                + "it would last.");
        assertTrue(qs.stream().noneMatch(q -> q.mention().contains("counterpart")), dump(qs));
    }

    @Test
    void aRankedTitleFindsThePersonIntroducedWithThatRank() {
        List<QuoteSpan> qs = extract("Assistant Secretary Ely Ode said the drills were routine. Navy Secretary Omar Haddad "
                + "said the fleet was ready. The assistant secretary later stated that the talks would resume.");
        assertEquals("Ely Ode", quote(qs, "resume").antecedent(), dump(qs));
        List<QuoteSpan> rs = extract("China's Vice-Premier Wang Jianguo said the talks were useful. The vice premier later "
                + "stated that a deal was near.");
        assertTrue(quote(rs, "deal was near").antecedent().contains("Wang Jianguo"), dump(rs));
    }

    @Test
    void aPhraseWithNoVerbBetweenCommasDoesNotHideTheSubjectOfAVerbAfterAnd() {
        List<QuoteSpan> qs = extract("She blamed the flooding on a \"broken sluice,\" not on the storm, and said it was "
                + "hard to understand why the gates stayed shut.");
        assertEquals("She", quote(qs, "gates stayed shut").mention(), dump(qs));
    }

    @Test
    void aSpacedHyphenClosesAnInsertionBeforeTheSubject() {
        List<QuoteSpan> qs = extract("Inside the hall - which looks like a church - Omar Haddad said he and many others "
                + "are trying to collect money.");
        assertEquals("Omar Haddad", quote(qs, "collect money").mention(), dump(qs));
    }

    @Test
    void aLongOfficeBeforeANameKeepsItsRankForALaterReference() {
        List<QuoteSpan> qs = extract("Deputy Assistant Secretary of Defense for China Ana Tesh said the talks were useful. "
                + "Navy Secretary Omar Haddad said the fleet was ready. The deputy assistant secretary later stated that "
                + "the dialogue would resume.");
        assertEquals("Ana Tesh", quote(qs, "dialogue would resume").antecedent(), dump(qs));
    }
}
