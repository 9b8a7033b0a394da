package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twelfth round of error analysis on real news (PolNeAR train and real US–China
 * news) found missed or mis-cut. One test per pattern; every sentence invented.
 */
class RealNewsTwelfthRoundTest {

    @Test
    void aParticipleAfterAMainClauseThatFollowsAnOpeningSubordinateClauseTakesTheMainSubject() {
        List<QuoteSpan> qs = extract("When the talks stalled in March, the trade envoy left Geneva early, insisting that "
                + "the tariff offer was final.");
        QuoteSpan q = quote(qs, "tariff offer");
        assertEquals("the tariff offer was final", q.text(), dump(qs));
        assertEquals("the trade envoy", q.mention());
    }

    @Test
    void aParticipleAfterAMainClauseThatFollowsAnOpeningPrepositionalPhraseTakesTheMainSubject() {
        List<QuoteSpan> qs = extract("In a statement issued on Friday, the port council rebuffed the plan, arguing "
                + "that the deal favours the shipping lobby.");
        QuoteSpan q = quote(qs, "deal favours");
        assertEquals("the deal favours the shipping lobby", q.text(), dump(qs));
        assertEquals("the port council", q.mention());
    }

    /** Guards the fallback: skipping the opening clause must not lose a subject found inside it. */
    @Test
    void anOpeningClauseWithOnlyAnAuxiliaryAfterItLendsItsOwnSubject() {
        List<QuoteSpan> qs = extract("When Ms. Vale did take on the mayor, she did it gently, conceding that the budget "
                + "was tight.");
        QuoteSpan q = quote(qs, "budget was tight");
        assertEquals("the budget was tight", q.text(), dump(qs));
        assertEquals("Ms. Vale", q.mention());
    }

    @Test
    void aSecondParticipleOfSayingAfterButIsItsOwnReportForTheSameSpeaker() {
        List<QuoteSpan> qs = extract("The governor answered the critics, acknowledging that the harbour plan had flaws "
                + "but warning that any delay would raise its cost.");
        QuoteSpan first = quote(qs, "harbour plan");
        assertEquals("the harbour plan had flaws", first.text(), dump(qs));
        QuoteSpan second = quote(qs, "any delay");
        assertEquals("any delay would raise its cost", second.text(), dump(qs));
        assertEquals("The governor", second.mention());
    }

    @Test
    void aParticipleOfSayingAfterADashIsAReportOfItsOwn() {
        List<QuoteSpan> qs = extract("Lin said the ministry is concerned about such reports – noting that the ministry has "
                + "always opposed arms sales to the province.");
        assertEquals("the ministry is concerned about such reports", quote(qs, "concerned").text(), dump(qs));
        QuoteSpan second = quote(qs, "always opposed");
        assertEquals("the ministry has always opposed arms sales to the province", second.text(), dump(qs));
        assertEquals("Lin", second.mention());
    }

    @Test
    void aSecondSubjectWithAPossessiveAfterCommaAndStartsANewReport() {
        List<QuoteSpan> qs = extract("The ministry accused the envoy of turning the port into a \"fortress\" after the council "
                + "approved the plan, and the island's coast guard said Sunday it tracked six patrol boats off its shores.");
        QuoteSpan q = quote(qs, "patrol boats");
        assertEquals("it tracked six patrol boats off its shores", q.text(), dump(qs));
        assertEquals("the island's coast guard", q.mention());
    }

    @Test
    void aTimePhraseBetweenTheVerbAndItsClauseIsNoContent() {
        List<QuoteSpan> qs = extract("The ministry said on Monday it would send a team to the islands.");
        assertEquals("it would send a team to the islands", quote(qs, "send a team").text(), dump(qs));
        List<QuoteSpan> other = extract("The senator said the November election may be delayed.");
        assertEquals("the November election may be delayed", quote(other, "election").text(), dump(other));
    }

    @Test
    void aRelativeClauseOnTheNounOfAnAdverbialAfterATrailingAttributionIsNoContent() {
        List<QuoteSpan> qs = extract("The region's states do not want to be caught between the powers, Foreign Minister "
                + "Pham Ode said at the close of meetings this week that featured clashes between the two capitals.");
        assertEquals(1, qs.size(), dump(qs));
        assertEquals("The region's states do not want to be caught between the powers", qs.get(0).text());
        assertEquals("Pham Ode", qs.get(0).antecedent());
    }

    @Test
    void anAsClauseWhoseVerbHasItsOwnObjectIsNoTrailingAttribution() {
        List<QuoteSpan> qs = extract("Mayor Ann Ode fired back at the council on Tuesday, as the governor criticized the "
                + "ongoing drills in the bay.");
        assertEquals(0, qs.stream().filter(q -> q.text().contains("fired back")).count(), dump(qs));
    }

    @Test
    void aClauseOfTimeAfterANounObjectIsTheWritersNotTheSpeakers() {
        List<QuoteSpan> qs = extract("The ministry accused the council of double standards after the mayor announced new fees on Friday.");
        assertEquals("the council of double standards", quote(qs, "double standards").text(), dump(qs));
    }

    @Test
    void aClauseOfReasonAfterTheObjectStaysWithTheRequest() {
        List<QuoteSpan> qs = extract("The premier urged both sides to reduce tensions as the dispute is hurting trade in the region.");
        assertEquals("both sides to reduce tensions as the dispute is hurting trade in the region",
                quote(qs, "reduce tensions").text(), dump(qs));
    }

    @Test
    void aClauseOfTimeRightAfterATrailingVerbIsNoContent() {
        List<QuoteSpan> qs = extract("\"Our goal of stable ties remains unchanged\" after the vote, the president said as he met "
                + "the premier, noting \"ups and downs\" between the two countries.");
        assertEquals(0, qs.stream().filter(q -> q.text().startsWith("as he met")).count(), dump(qs));
        assertEquals("the president", quote(qs, "stable ties").mention(), dump(qs));
    }

    @Test
    void aReflexivePronounAfterTheSubjectStillLetsItSpeak() {
        List<QuoteSpan> qs = extract("The envoy himself described the talks as \"constructive and positive.\"");
        QuoteSpan q = quote(qs, "constructive");
        assertEquals("The envoy", q.mention(), dump(qs));
    }

    @Test
    void aHyphenatedOfficeNamesASpeaker() {
        List<QuoteSpan> qs = extract("The president-elect has vowed to impose new tariffs on imported steel.");
        QuoteSpan q = quote(qs, "tariffs");
        assertEquals("to impose new tariffs on imported steel", q.text(), dump(qs));
        assertEquals("The president-elect", q.mention());
    }

    @Test
    void theObjectOfAQuotingVerbBeforeAsSayingSpeaksNotTheOutletThatRelaysIt() {
        List<QuoteSpan> qs = extract("\"We would urge the navy to avoid actions that could lead to miscalculation,\" the Harbor "
                + "News quoted the department's press secretary Ann Lee as saying.");
        QuoteSpan q = quote(qs, "urge the navy");
        assertEquals("Ann Lee", q.antecedent(), dump(qs));
    }

    @Test
    void aClauseOfTimeAfterATimePhraseStillLetsTheTrailingAttributionStand() {
        List<QuoteSpan> qs = extract("The talks were part of a plan to \"squeeze\" the port, Mayor Ann Ode suggested on "
                + "Monday while discussing fees and exemptions for ferries.");
        assertEquals(0, qs.stream().filter(q -> q.text().startsWith("on Monday")).count(), dump(qs));
        assertEquals("Ann Ode", quote(qs, "squeeze").antecedent(), dump(qs));
    }

    @Test
    void aPlaceNounBeforeANameAndAVerbIsARelativeClauseNotATrailingSpeaker() {
        List<QuoteSpan> qs = extract("Defense Secretary Ann Lee urged allies to step up their own defense near the strait, "
                + "a self-governing island Beijing claims as its own.");
        QuoteSpan q = quote(qs, "step up");
        assertEquals("Defense Secretary Ann Lee", q.mention(), dump(qs));
    }

    @Test
    void aReportWithAClauseRelayedByATrailingSourceStaysItsSpeakers() {
        List<QuoteSpan> qs = extract("The minister said the talks were \"over for now,\" the Harbor News reported.");
        QuoteSpan q = quote(qs, "over for now");
        assertEquals("The minister", q.mention(), dump(qs));
    }

    @Test
    void aDeterminerOpensTheSpeakersPhraseAfterTheNounOfAnotherPhrase() {
        List<QuoteSpan> qs = extract("The patrol plane flew through the strait on Thursday, a flight the island's navy said "
                + "it had watched closely.");
        QuoteSpan q = quote(qs, "watched closely");
        assertEquals("the island's navy", q.mention(), dump(qs));
    }

    @Test
    void aPhraseOfTimeBeforeTheContentKeepsTheReport() {
        List<QuoteSpan> qs = extract("Wang said after the meeting the two sides agreed to resume talks.");
        assertEquals(1, qs.stream().filter(q -> q.text().contains("agreed to resume talks")).count(), dump(qs));
    }
}
