package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where reported content starts and ends, and "according to" in shapes real news uses (error
 * analysis on PolNeAR train, third round); one test per pattern, every sentence invented.
 */
class ReportedBoundariesTest {

    @Test
    void aParticipleAfterTheReportedClauseEndsTheContent() {
        QuoteSpan q = reported("Mr. Vale said he plans to unveil a harbor plan after the holidays, insisting that "
                + "the port needs money.", "unveil a harbor plan");
        assertFalse(q.text().contains("insisting"), q.text());
    }

    @Test
    void aParticipleThatWorksAsAPrepositionStaysInTheContent() {
        QuoteSpan q = reported("The mayor said the bill would raise wages, including those of farm workers.", "raise wages");
        assertTrue(q.text().contains("farm workers"), q.text());
    }

    @Test
    void aSpeakerWhoSpeaksInAStatementSpeaksTheQuoteAfterIt() {
        List<QuoteSpan> qs = extract("The count ended on Tuesday.\n\nAnn Lee, the party's spokeswoman, said in a "
                + "statement. “There are no paper ballots to recount. The caucuses were a unique event.”");
        assertEquals("Ann Lee", quote(qs, "no paper ballots").mention(), dump(qs));
    }

    @Test
    void accordingToAfterAConjunctionOpensTheSentence() {
        assertEquals("the survey", reported("But, according to the survey, 46 percent of voters remain undecided.",
                "remain undecided").mention());
        assertEquals("the survey", reported("But according to the survey, 46 percent of voters remain undecided.",
                "remain undecided").mention());
    }

    @Test
    void accordingToInsideParenthesesReportsOnlyTheParenthesis() {
        QuoteSpan q = reported("Rural towns like Millbrook (93 percent of voters there were farmers, according to "
                + "exit polls) could swing the race.", "were farmers");
        assertFalse(q.text().contains("Millbrook"), q.text());
    }

    @Test
    void aSecondSpeakerAfterACommaStartsANewReport() {
        QuoteSpan q = reported("Mr. Vale said he intends to seek a seat on the council next week, and other party "
                + "leaders said he could win it.", "seek a seat");
        assertFalse(q.text().contains("leaders"), q.text());
        assertEquals("other party leaders", reported("Mr. Vale said he intends to seek a seat on the council next "
                + "week, and other party leaders said he could win it.", "could win it").mention());
    }

    @Test
    void aParticipleOfSayingAfterANounObjectStartsItsOwnReport() {
        QuoteSpan q = reported("The mayor dismissed the governor as a weak leader, arguing that the state budget "
                + "is a mess.", "weak leader");
        assertFalse(q.text().contains("arguing"), q.text());
    }

    @Test
    void aCoordinatedVerbOfSayingEndsTheFirstContent() {
        QuoteSpan q = reported("The senator said she has released ten years of tax returns and called on her "
                + "rivals to do the same.", "ten years of tax returns");
        assertFalse(q.text().contains("rivals"), q.text());
    }

    @Test
    void verbsThatReportANounObject() {
        assertTrue(reported("Ms. Ode recalled her days as a harbor pilot in the north.", "harbor pilot").text()
                .startsWith("her days"));
        assertTrue(reported("Port officials reported two collisions in the channel last week.", "two collisions")
                .text().startsWith("two collisions"));
        assertTrue(reported("Mr. Vale tweeted congratulations to the new mayor on Sunday.", "congratulations")
                .text().startsWith("congratulations"));
    }

    @Test
    void aVerbThatWantsAThatClauseReportsAnInfinitive() {
        assertTrue(reported("Mr. Vale has vowed to fight on and win as many districts as possible.", "fight on")
                .text().startsWith("to fight on"));
    }

    @Test
    void askReportsAQuestionOrARequestWithoutQuoteMarks() {
        assertTrue(reported("The reporter asked whether the ferry would run on Sunday.", "ferry would run").text()
                .contains("ferry would run"));
        assertTrue(reported("Ms. Ode asked the council to delay the vote until May.", "delay the vote").text()
                .contains("delay the vote"));
    }

    @Test
    void aShowTitleInMarksBeforeThatIsNotTheContent() {
        QuoteSpan q = reported("Mr. Vale said on “Harbor Tonight,” that the ferry would run again in May.", "ferry would run");
        assertTrue(q.text().startsWith("the ferry"), q.text());
    }

    @Test
    void aReportInASubordinateClauseEndsAtTheMainClause() {
        QuoteSpan q = reported("While Ms. Ode said that reporters cannot join any party, she appears uneasy about "
                + "the campaign.", "cannot join");
        assertFalse(q.text().contains("uneasy"), q.text());
    }

    @Test
    void aSubjectAfterWhileSpeaksForItsVerb() {
        assertEquals("other voters", reported("Several supporters said the governor had made a good case, while "
                + "other voters said they had not heard anything new.", "not heard anything").mention());
    }

    @Test
    void aVerbAfterAQuoteThatAClauseFollowsIsNoTrailingAttribution() {
        QuoteSpan q = reported("But even as the mayor claimed that “the port got in trouble for far less,” one of the "
                + "former prosecutors said the two cases were quite different.", "two cases");
        assertTrue(q.text().startsWith("the two cases"), q.text());
    }

    @Test
    void asReportedByXOpensTheSentenceLikeAccordingTo() {
        QuoteSpan q = reported("As reported by the Harbor Post, the city became the first to ban night ferries.",
                "first to ban");
        assertEquals("the Harbor Post", q.mention());
        assertTrue(q.text().startsWith("the city became"), q.text());
    }

    @Test
    void aVerbOfSayingRightAfterARelativeClauseEndsItsContent() {
        String s = "Ms. Ode, who says the council is stalling because the vote is close, said residents should "
                + "call their members.";
        assertFalse(reported(s, "council is stalling").text().contains("residents"));
        assertEquals("Ms. Ode", reported(s, "call their members").mention());
    }

    @Test
    void aVerbWithItsOwnObjectAfterACommaIsNoTrailingAttribution() {
        List<QuoteSpan> qs = extract("The council met late into the night, the mayor repeated his request for a new ferry.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("The council met")), dump(qs));
    }

    @Test
    void aTrailingAttributionBeforeAClauseOfItsOwnAfterAConjunction() {
        List<QuoteSpan> qs = extract("Port talks\n\nThe two mayors met on Monday.\n\n"
                + "The city wants a peaceful settlement, Ortiz said, but he warned that the council would never "
                + "give up the harbor.\n");
        assertEquals("The city wants a peaceful settlement", quote(qs, "peaceful settlement").text(), dump(qs));
        assertEquals("the council would never give up the harbor", quote(qs, "never give up").text(), dump(qs));
        assertEquals("warned", quote(qs, "never give up").cue(), dump(qs));
    }

    @Test
    void aFindingIsNoReportedSpeechUnlessItQuotes() {
        List<QuoteSpan> qs = extract("Port study\n\nThe study concluded that the harbor loses money every year.\n\n"
                + "The panel concluded that the fees were \u201cfar too low for a port this size.\u201d\n");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("loses money")), dump(qs));
        assertEquals("The panel", quote(qs, "far too low").mention(), dump(qs));
    }

    @Test
    void aVerbNamingOnlyATopicDoesNotTakeOverAccordingTo() {
        List<QuoteSpan> qs = extract("Port talks\n\nThe two mayors spoke on Saturday.\n\n"
                + "According to the port authority, Ortiz also complained about the new fees and warned of "
                + "consequences.\n");
        assertEquals("the port authority", quote(qs, "complained about").mention(), dump(qs));
        qs = extract("Port talks\n\nAccording to the port authority, Ortiz also raised concerns about the new fees.\n");
        assertEquals("Ortiz", quote(qs, "concerns about").mention(), dump(qs));
    }

    @Test
    void aNameGivenWithoutQuoteMarksIsReported() {
        assertEquals("him a reckless gambler who has never run a port",
                reported("The mayor called him a reckless gambler who has never run a port.", "reckless gambler").text());
        assertEquals("the plan unfair", reported("The governor labeled the plan unfair.", "plan unfair").text());
        List<QuoteSpan> qs = extract("Port\n\nThe council called an emergency session on Monday.\n");
        assertTrue(qs.isEmpty(), "calling a meeting is no speech: " + dump(qs));
    }

    @Test
    void anAdverbialBeforeAccordingToIsNotTheReport() {
        List<QuoteSpan> qs = extract("Port budget\n\nThe council met on Monday.\n\n"
                + "Since last November, according to the port authority, the harbor has lost two shipping lines.\n");
        assertEquals("the harbor has lost two shipping lines", quote(qs, "lost two shipping").text(), dump(qs));
        assertEquals("the port authority", quote(qs, "lost two shipping").mention(), dump(qs));
    }

    @Test
    void theListenerOfToldBeforeAClauseIsNoContent() {
        assertEquals("he would run again for the harbor board",
                reported("The mayor told the Harbor News he would run again for the harbor board.", "run again").text());
        assertEquals("she would appeal the ruling",
                reported("Ms. Vidal told police she would appeal the ruling.", "appeal the ruling").text());
    }
}
