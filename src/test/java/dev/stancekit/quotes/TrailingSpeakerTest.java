package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers named after a closing quote mark, in shapes found on real news. Sentences invented. */
class TrailingSpeakerTest {

    @Test
    void aHyphenatedModifierBeforeTheSpeakerDoesNotHideIt() {
        List<QuoteSpan> qs = extract("\"How much worse could it get?\" said Ohio-based strategist Al Carmona, "
                + "referring to the mayor. \"It is not that the mayor is doing better.\"");
        assertEquals("Ohio-based strategist Al Carmona", quote(qs, "How much worse").mention(), dump(qs));
        assertEquals("Ohio-based strategist Al Carmona", quote(qs, "doing better").mention(), dump(qs));
    }

    @Test
    void aSpeakerWithAReducedRelativeClause() {
        List<QuoteSpan> qs = extract("\"You will see a massive ad campaign,\" said one Democrat involved in "
                + "the planning, who spoke on condition of anonymity.");
        assertEquals("one Democrat", quote(qs, "massive ad campaign").mention(), dump(qs));
    }

    @Test
    void aRelativeClauseWithoutItsClosingComma() {
        List<QuoteSpan> qs = extract("The council met on Monday. \"We need a plan,\" the mayor said.\n\n"
                + "\"The council needs a plan for the northern districts,\" Nate Silverman, the analyst who "
                + "founded a polling website tweeted on Wednesday.");
        assertEquals("Nate Silverman", quote(qs, "northern districts").mention(), dump(qs));
    }

    @Test
    void aLongSubjectWithAnOrganisation() {
        List<QuoteSpan> qs = extract("\"Tritium would enable designs with a greater yield,\" nuclear experts Ada "
                + "Albin and Sara Kell of the Harbor Institute for Science and International Security wrote in May.");
        assertEquals(true, quote(qs, "greater yield").mention().contains("Kell"), dump(qs));
    }

    @Test
    void aNameTheTaggerTakesForAVerb() {
        List<QuoteSpan> qs = extract("The bank was fined on Monday.\n\n\u201cAs with all agencies, there are "
                + "management issues stemming from the top,\u201d Shook said.");
        assertEquals("Shook", quote(qs, "management issues").mention(), dump(qs));
    }

    @Test
    void aGarbledPhraseAfterAnInvertedVerbIsTheSpeaker() {
        List<QuoteSpan> qs = extract("The governor visited the town. \"We will rebuild,\" Governor Ann Lee said.\n\n"
                + "\"If the levee holds, the coverage is going to be enormous,\" said one well-connected Democrat "
                + "familiar with the campaign's organization, who requested anonymity.\n\n"
                + "\u201cImagine the mayor going up against the council,\u201d mused radio co-host Stu Barnes.");
        assertEquals(true, quote(qs, "levee holds").mention().contains("Democrat"), dump(qs));
        assertEquals(true, quote(qs, "Imagine the mayor").mention().contains("Barnes"), dump(qs));
    }

    @Test
    void aVerbWithAnObjectAfterAQuoteOpeningItsSentence() {
        List<QuoteSpan> qs = extract("The mayor spoke first. \"We will win,\" Mayor Ann Lee said.\n\n"
                + "\"Governor Hale, let me help you out - the answer is no,\" the party's nominee riffed on Hale's "
                + "answer to the question, drawing laughs from the crowd.");
        assertEquals(true, quote(qs, "help you out").mention().contains("nominee"), dump(qs));
    }

    @Test
    void anInvertedVerbThatIsNoVerbOfSaying() {
        List<QuoteSpan> qs = extract("The mayor spoke first. \"We will win,\" Mayor Ann Lee said.\n\n"
                + "\u201cThe mayor said the river is our pride. What river is she talking about?\u201d reacted "
                + "Tom Berg.");
        assertEquals("Tom Berg", quote(qs, "What river").mention(), dump(qs));
    }

    @Test
    void aPresentTenseInvertedVerbAndASpeakerBeforeARelativeClause() {
        List<QuoteSpan> qs = extract("The mayor spoke first. \"We will win,\" Mayor Ann Lee said.\n\n"
                + "\"Our ideas of 'success' are different,\" agrees Michelle Stevens, 30, of Gainesville, Fla.\n\n"
                + "\u201cIt was awful. He kept calling her a liar,\u201d said one of two witnesses who relayed the same "
                + "story but did not want to speak on the record.");
        assertEquals("Michelle Stevens", quote(qs, "ideas of").mention(), dump(qs));
        assertEquals(true, quote(qs, "calling her a liar").mention().contains("witnesses"), dump(qs));
    }

    @Test
    void aCommaBetweenTwoModifiersOfTheSpeaker() {
        List<QuoteSpan> qs = extract("The mayor spoke first. \"We will win,\" Mayor Ann Lee said.\n\n"
                + "The envoy leaves next month. \"From day one, I made the harbor the top priority,\" the "
                + "bespectacled, 71-year-old diplomat said.\n");
        assertEquals(true, quote(qs, "top priority").mention().contains("diplomat"), dump(qs));
    }

    @Test
    void anAdjectiveUsedAsANounIsTheSpeaker() {
        List<QuoteSpan> qs = extract("The mayor spoke first. \"We will win,\" Mayor Ann Lee said.\n\n"
                + "\u201cWhat if the mayor had singing lessons?\u201d the 43-year-old asked in the video\u2019s description.\n");
        assertEquals(true, quote(qs, "singing lessons").mention().contains("43"), dump(qs));
    }

    @Test
    void aVerbOfSayingTheTaggerTookForANoun() {
        List<QuoteSpan> qs = extract("Port memo\n\nThe owners sent a memo to the council on Monday.\n\n"
                + "\u201cToday, the port is one of the busiest in the region, and has been working closely with "
                + "its partners,\u201d the owners state in the memo, which was shared on Thursday.");
        assertEquals("the owners", quote(qs, "busiest in the region").mention(), dump(qs));
    }

    @Test
    void aSentenceOpeningWithAPrepositionAfterTheQuoteIsNoAttribution() {
        List<QuoteSpan> qs = extract("Harbor talks\n\nMayor Ann Ode weighed in later, posting online: “The harbor stays "
                + "open. Period.” In a second post, Ode called the plan “a bad bargain.”\n");
        assertTrue(qs.stream().noneMatch(q -> q.mention().startsWith("In a")), dump(qs));
    }

    @Test
    void aPassiveQuotingVerbAfterTheQuoteKeepsItsSubject() {
        List<QuoteSpan> qs = extract("Harbor talks\n\nThe ministry said in a statement that Ortiz urged the council to act.\n\n"
                + "“The harbor must stay open to every fleet,” Ortiz was quoted as saying in the statement.\n");
        assertEquals("Ortiz", quote(qs, "stay open to every fleet").mention(), dump(qs));
    }
}
