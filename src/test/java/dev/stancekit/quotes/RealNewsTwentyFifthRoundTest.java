package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twenty-fifth round of error analysis on real news (PolNeAR train and new blind
 * sets of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentyFifthRoundTest {

    @Test
    void aGroupNamedByAPronounAloneAccuses() {
        List<QuoteSpan> qs = extract("The envoy spoke for an hour. Some accused the ministry of hiding the figures. "
                + "Others call the plan a gamble.");
        assertEquals("Some", quote(qs, "hiding the figures").mention(), dump(qs));
        assertEquals("Others", quote(qs, "a gamble").mention(), dump(qs));
    }

    @Test
    void aParticipleAfterThosePronounIsNoSpeaker() {
        List<QuoteSpan> qs = extract("Those accused of leaking the figures were released on Monday.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aClauseVerbWithANounObjectAfterACommaIsNoReportOfItsOwn() {
        List<QuoteSpan> qs = extract("Wang Yi said that in the past three months, the teams of the two navies have maintained "
                + "communication, and visits have been on the rise.");
        assertTrue(quote(qs, "maintained communication").text().startsWith("in the past three months"), dump(qs));
        assertEquals("Wang Yi", quote(qs, "maintained communication").mention(), dump(qs));
    }

    @Test
    void aSurnameThatIsAVerbOpensASentenceAsAName() {
        List<QuoteSpan> qs = extract("Chief executive Ada Chew testified on Thursday. Chew maintained during the hearing that the "
                + "company does not share user data.");
        assertEquals("Ada Chew", quote(qs, "does not share").antecedent(), dump(qs));
    }

    @Test
    void addingThereWouldBeIsAClause() {
        List<QuoteSpan> qs = extract("“It is a start,” Ivo Marsh said, adding there would be more meetings on Friday.");
        assertEquals("there would be more meetings on Friday", quote(qs, "more meetings").text(), dump(qs));
        assertEquals("Ivo Marsh", quote(qs, "more meetings").mention(), dump(qs));
    }

    @Test
    void aReadoutInThePresentTenseGoesOnWithoutAModal() {
        List<QuoteSpan> qs = extract("Wang Yi said that Ostland's policy toward Norland is consistent. The two sides need to work "
                + "together for a stable relationship. Ostland does not seek hegemony.");
        assertEquals("Wang Yi", quote(qs, "need to work together").mention(), dump(qs));
        assertEquals("Wang Yi", quote(qs, "does not seek hegemony").mention(), dump(qs));
    }

    @Test
    void narrationInThePastAfterAPresentReportIsNoContinuation() {
        List<QuoteSpan> qs = extract("Wang Yi said that Ostland's policy toward Norland is consistent. The talks ended on Monday.");
        assertEquals(1, qs.size(), dump(qs));
    }

    @Test
    void earlierAfterAnAuxiliaryStandsBetweenSubjectAndVerb() {
        List<QuoteSpan> qs = extract("Ivo Marsh had earlier said that the port would stay open.");
        assertEquals("Ivo Marsh", quote(qs, "port would stay open").mention(), dump(qs));
    }

    @Test
    void aSecondVerbWithItsOwnThatClauseAfterButSharesTheSpeaker() {
        List<QuoteSpan> qs = extract("Wang noted that ties had stabilized, but said that negative factors were growing. "
                + "Greer confirmed that the leaders would meet but stressed that the plans could change.");
        assertEquals("Wang", quote(qs, "negative factors").mention(), dump(qs));
        assertEquals("Greer", quote(qs, "plans could change").mention(), dump(qs));
    }

    @Test
    void asSheAnnouncedEndsTheContent() {
        List<QuoteSpan> qs = extract("Ada Voss said the alliance is committed to the region, as she announced a new fund.");
        assertEquals("the alliance is committed to the region", quote(qs, "committed to the region").text(), dump(qs));
    }

    @Test
    void aCountryBeforeATitleMustBeAmongThePersonsTitles() {
        List<QuoteSpan> qs = extract("Ostland President Ada Voss held a call with Norland President Ivo Marsh on Thursday. The call "
                + "lasted an hour, the Norland president said. “We will meet soon,” the Ostland president said.");
        assertEquals("Ivo Marsh", quote(qs, "lasted an hour").antecedent(), dump(qs));
        assertEquals("Ada Voss", quote(qs, "meet soon").antecedent(), dump(qs));
    }

    @Test
    void aTitleWithOfTheBeforeANameIsTheSpeaker() {
        List<QuoteSpan> qs = extract("“We will act,” said Acting Under Secretary of the Treasury for Trade Ivo Marsh.");
        assertTrue(quote(qs, "We will act").mention().endsWith("Ivo Marsh"), dump(qs));
    }

    @Test
    void anIndefiniteNounAfterAnObjectReportIsTheWritersComment() {
        List<QuoteSpan> qs = extract("The senator criticized the rival plans as reckless, a tactic aides hope will win votes.");
        assertEquals("the rival plans as reckless", quote(qs, "rival plans").text(), dump(qs));
    }

    @Test
    void aPresentVerbAfterAPastClauseIsTheSpeakersNextAct() {
        List<QuoteSpan> qs = extract("The envoy often tells how the minister invited her to the talks and recites the same "
                + "line at every stop.");
        assertEquals("how the minister invited her to the talks", quote(qs, "invited her").text(), dump(qs));
    }

    @Test
    void aSubjectAndAModalAreAWholeReport() {
        List<QuoteSpan> qs = extract("Asked whether the envoy would attend the summit in Norland, Ivo Marsh said he would.");
        assertEquals("he would", quote(qs, "he would").text(), dump(qs));
    }
}
