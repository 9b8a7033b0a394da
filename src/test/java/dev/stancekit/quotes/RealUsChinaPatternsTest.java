package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes found by measuring real US–China defence and diplomacy news (wires, Chinese state media,
 * Asian outlets) that the rules missed. One test per pattern; every sentence invented.
 */
class RealUsChinaPatternsTest {

    @Test
    void aVerbThatReportsOnlyQuotedWordsDoesNotBlockATrailingAccordingTo() {
        QuoteSpan q = reported("The coast guard will continue to patrol the shoal, according to the maritime ministry.",
                "patrol the shoal");
        assertEquals("the maritime ministry", q.mention());
        assertTrue(q.text().startsWith("The coast guard will continue"), q.text());
    }

    @Test
    void aThatClauseVerbFollowedByAPrepositionDoesNotBlockATrailingAccordingTo() {
        QuoteSpan q = reported("The Chinese military will respond to every provocation in line with the law, according to "
                + "the defence ministry.", "respond to every provocation");
        assertEquals("the defence ministry", q.mention());
    }

    @Test
    void aPastTenseReadAsAParticipleStillMakesTheContentAClause() {
        QuoteSpan q = reported("The two sides held candid exchanges on maritime safety, said the defence ministry.",
                "candid exchanges");
        assertEquals("The two sides held candid exchanges on maritime safety", q.text());
        assertEquals("the defence ministry", q.mention());
    }

    @Test
    void aParticipleBeforeADayIsNoClause() {
        List<QuoteSpan> qs = extract("The new trade deal signed Friday, the ministry said.");
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("trade deal")), dump(qs));
    }

    @Test
    void aNameWhoseLastPartTheTaggerReadAsAVerbIsStillTheSpeaker() {
        QuoteSpan q = reported("Dialogue between the two militaries must continue, said Defence Minister Chan Chun Sing.",
                "Dialogue between");
        assertTrue(q.mention().endsWith("Chan Chun Sing"), q.mention());
    }

    @Test
    void anAppealToSomeoneToActIsARequestButAnAppealToVotersIsNot() {
        QuoteSpan q = reported("China appealed to the United States to stop the arms sale and cut military ties with the island.",
                "stop the arms sale");
        assertEquals("the United States to stop the arms sale and cut military ties with the island", q.text());
        assertEquals("China", q.mention());
        q = reported("Beijing appealed to Washington and Taipei to exercise restraint in the strait.", "exercise restraint");
        assertEquals("Washington and Taipei to exercise restraint in the strait", q.text());
        List<QuoteSpan> qs = extract("The senator appeals to a group of voters that has little trust in the harbor board.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aNameBetweenCommasAfterADescriptionIsTheSpeaker() {
        QuoteSpan q = reported("His Hungarian counterpart, Peter Szijjarto, said the railway project would go ahead.", "railway");
        assertEquals("Peter Szijjarto", q.mention());
        // after a preposition the description and its name are no subject
        q = reported("Lee spoke about his rival, Peter Szijjarto, saying the railway was too costly.", "railway");
        assertEquals("Lee", q.mention());
    }

    @Test
    void aLongOfficeTitleInCapitalsBeforeTheNameAfterTheQuoteIsTheSpeaker() {
        List<QuoteSpan> qs = extract("\u201cOur aim is to keep the most advanced chips out of reach,\u201d said Under Secretary of "
                + "Commerce for Industry and Security Dana Whitfield.");
        QuoteSpan q = Fixture.quote(qs, "advanced chips");
        assertTrue(q.mention().endsWith("Dana Whitfield"), dump(qs));
    }

    @Test
    void quotedWordsOpeningWithTheVerbBelongToTheSubjectBeforeTheMark() {
        List<QuoteSpan> qs = extract("In their meeting, the two leaders \"reiterated their resolve to keep the peace across the strait.\"");
        QuoteSpan q = Fixture.quote(qs, "reiterated their resolve");
        assertEquals(dev.stancekit.model.QuoteKind.PARTIAL, q.kind(), dump(qs));
        assertTrue(q.mention().endsWith("leaders"), dump(qs));
    }

    @Test
    void aVerbOfSayingAfterAndBelongsToTheEarlierSubjectNotToTheWordsAfterAQuote() {
        List<QuoteSpan> qs = extract("China on Monday advised against excluding \"relevant\" countries from the coalition, and said "
                + "the group's policies should not target a third party.");
        QuoteSpan q = Fixture.quote(qs, "relevant");
        assertEquals("China", q.mention(), dump(qs));
    }

    @Test
    void leadersAffirmingTheImportanceOfSomethingIsAReport() {
        QuoteSpan q = reported("Kishida and Biden affirmed the importance of cooperation on issues of common concern.", "importance");
        assertTrue(q.mention().contains("Biden"), q.mention());
        // a that-clause after such a verb still starts a report of its own inside another's content
        q = reported("Lee claimed the videos exist, but experts affirm that the risk is low.", "risk is low");
        assertEquals("experts", q.mention());
    }

    @Test
    void aShowsNameAfterAPluralPossessiveIsATitleNotAQuote() {
        List<QuoteSpan> qs = extract("The talks must go on, Sullivan said during an interview on NBC News\u2019 \u201cMeet the Press\u201d on Sunday.");
        QuoteSpan q = reported("The talks must go on, Sullivan said during an interview on NBC News\u2019 \u201cMeet the Press\u201d on Sunday.",
                "talks must go on");
        assertEquals("The talks must go on", q.text());
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("Meet the Press")), dump(qs));
    }

    @Test
    void aParticipleAfterACommaAndWhileSharesTheReportsSpeaker() {
        QuoteSpan q = reported("\u201cWe will watch the strait closely,\u201d Hayashi said at a press conference, while stressing "
                + "Japan's intention to work closely with its allies.", "intention");
        assertEquals("Japan's intention to work closely with its allies", q.text());
        assertEquals("Hayashi", q.mention());
    }

    @Test
    void reassertingAClaimIsAReport() {
        QuoteSpan q = reported("The coast guard spokesman reasserted China's claim to the shoal and the surrounding waters.", "claim");
        assertTrue(q.mention().endsWith("spokesman"), q.mention());
    }

    @Test
    void theReviewersCounterExamplesKeepTheirSpeakers() {
        // a description that is the object of a participle names no subject
        QuoteSpan q = reported("Kirby, meeting his counterpart, Wang Yi, said the talks were useful.", "talks were useful");
        assertEquals("Kirby", q.mention());
        // quoted words opening with a verb that reports nothing are not the subject's words
        List<QuoteSpan> qs = extract("Last year, the firm \"was found to have broken export rules on several occasions.\"");
        assertTrue(qs.stream().noneMatch(x -> "the firm".equals(x.mention())), dump(qs));
        // two people joined by "and" after the quote are not one long title
        qs = extract("\u201cThe bill will pass,\u201d said Senator Ann Lee and Representative Bob Smith.");
        assertTrue(Fixture.quote(qs, "bill will pass").mention().startsWith("Senator Ann Lee"), dump(qs));
    }

    @Test
    void aGerundWithItsObjectAfterANounObjectVerbIsWhatWasSaid() {
        QuoteSpan q = reported("Defense Minister Suh highlighted bolstering deterrence against the North and keeping forces ready.",
                "bolstering deterrence");
        assertTrue(q.mention().endsWith("Suh"), q.mention());
        // a noun object that names no statement stays none
        List<QuoteSpan> qs = extract("The port authority raised harbor fees for the second time this year.");
        assertTrue(qs.isEmpty(), dump(qs));
    }
}
