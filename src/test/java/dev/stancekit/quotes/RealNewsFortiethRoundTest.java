package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
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
 * Forms found on the blind batch of real US–China news collected on 2026-12-05 (sets 130–134: trade,
 * drugs, human rights, hacking, people-to-people ties), each written again in invented words.
 */
class RealNewsFortiethRoundTest {

    @Test
    void aClosingMarkTypedWhereAParagraphsQuoteOpensOpensIt() {
        // the paragraph before holds no quote left open, so the mark cannot close one
        List<QuoteSpan> qs = extract("Port law\n\nHarbour spokesman Ivo Reyes said on Tuesday the draft was under review.\n\n"
                + "”We also think many of the offences are poorly defined. They use words such as ‘foreign meddling,’ "
                + "which is very vague,” Reyes said.\n");
        assertTrue(qs.stream().anyMatch(q -> q.text().startsWith("We also think many of the offences are poorly defined")), dump(qs));
        assertTrue(quote(qs, "We also think many").antecedent().contains("Reyes"), dump(qs));
    }

    @Test
    void aClosingMarkOpeningAParagraphStillClosesAQuoteLeftOpenBefore() {
        List<QuoteSpan> qs = extract("Port law\n\n“We will read the draft closely and answer every point.\n\n"
                + "The harbour board meets next week to vote on it,” Reyes said.\n");
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("The harbour board meets next week")), dump(qs));
    }

    @Test
    void pluralWarningsFromASpeakerReportTheirClause() {
        List<QuoteSpan> qs = extract("Port law\n\nThe governor signed the bill on Friday, ignoring warnings from the "
                + "union that the measure would be met with strikes across the coast.\n");
        assertTrue(anyEqualTo(qs, "the measure would be met with strikes across the coast"), dump(qs));
        assertTrue(quote(qs, "met with strikes").antecedent().contains("union"), dump(qs));
    }

    @Test
    void aPresentTenseTaggedAsANounAfterAPluralSubjectStillMakesAClause() {
        List<QuoteSpan> qs = extract("Breaches\n\nThe two men were charged on Monday. The breaches date back to 2014, "
                + "investigators said.\n");
        assertTrue(anyEqualTo(qs, "The breaches date back to 2014"), dump(qs));
    }

    @Test
    void aNameInMarksAfterIncludingIsNoPartialQuote() {
        List<QuoteSpan> qs = extract("Hacking claims\n\nA ministry spokesperson said on Monday that the other side has been "
                + "spreading rumours including \"Grey Heron,\" and urged it to stop.\n");
        QuoteSpan q = quote(qs, "spreading rumours");
        assertEquals(QuoteKind.INDIRECT, q.kind(), dump(qs));
    }

    @Test
    void aCapitalisedNameInMarksAfterACommonNounIsNoPartialQuote() {
        List<QuoteSpan> qs = extract("Hacking claims\n\nThe adviser told reporters on Friday that the hacker group “Grey Heron” "
                + "had stolen the records of millions of callers.\n");
        assertEquals(QuoteKind.INDIRECT, quote(qs, "had stolen the records").kind(), dump(qs));
    }

    @Test
    void aSloganInMarksAfterACommonNounWithALowerCaseWordStaysAPartialQuote() {
        List<QuoteSpan> qs = extract("Health plan\n\nAides said the senator's plan for a \"Care for everyone\" system is "
                + "something he will push at the convention.\n");
        assertEquals(QuoteKind.PARTIAL, quote(qs, "Care for everyone").kind(), dump(qs));
    }

    @Test
    void aSentenceAfterAQuoteThatEndedItsOwnWithAVerbAndAnObjectIsNoAttribution() {
        List<QuoteSpan> qs = extract("Dock fees\n\n\"Crews can outwork anyone,\" Mayor Lund said at the pier. \"We will not let "
                + "the fleet leave our harbour.\" Rival ports immediately vowed retaliation.\n");
        assertTrue(quote(qs, "We will not let the fleet leave").antecedent().contains("Lund"), dump(qs));
    }

    @Test
    void aPassiveParticipleInsideARelativeClauseIsNotTheVerbOfSaying() {
        List<QuoteSpan> qs = extract("Dock fees\n\n\"Crews can outwork anyone,\" Mayor Lund said at the pier. \"We will not let "
                + "the fleet leave our harbour.\" Rival port officials, who have been charged with cutting fees, vowed to respond.\n");
        assertTrue(quote(qs, "We will not let the fleet leave").antecedent().contains("Lund"), dump(qs));
    }

    @Test
    void asPerADocumentNamesTheSourceOfTheClauseBefore() {
        List<QuoteSpan> qs = extract("Hotline\n\nThe two commanders had a frank exchange of views on safety at sea, as per a "
                + "navy readout of the call.\n");
        assertTrue(anyEqualTo(qs, "The two commanders had a frank exchange of views on safety at sea"), dump(qs));
        assertTrue(quote(qs, "frank exchange").antecedent().contains("readout"), dump(qs));
    }

    @Test
    void asPerUsualNamesNoSource() {
        List<QuoteSpan> qs = extract("Hotline\n\nThe two commanders met on the carrier for an hour, as per usual.\n");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void asNotedOnAnAccountNamesTheSource() {
        List<QuoteSpan> qs = extract("Hotline\n\nThe talks took place from May 3 to 5 in Busan, as noted on the official "
                + "account of the coast guard.\n");
        assertTrue(anyEqualTo(qs, "The talks took place from May 3 to 5 in Busan"), dump(qs));
    }

    @Test
    void aVerbThatReportsOnlyAClauseTakesOneOpeningWithThere() {
        List<QuoteSpan> qs = extract("Fish stocks\n\nEnvoy Ode underscored there is no way to save the stocks without the "
                + "full engagement of the northern fleets.\n");
        assertTrue(anyEqualTo(qs, "there is no way to save the stocks without the full engagement of the northern fleets"), dump(qs));
    }

    @Test
    void aNounObjectStillReportsNothingForSuchAVerb() {
        List<QuoteSpan> qs = extract("Fish stocks\n\nEnvoy Ode underscored the stocks on a tour of the northern harbours.\n");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aThatOpeningARelativeClauseWithAReportInsideIsNoComplementizer() {
        // before, the content began after "that": "the harbour board said harm local crews"
        List<QuoteSpan> qs = extract("Port talks\n\nMayor Lund noted her worries about the fleet's fishing quotas that the "
                + "harbour board said harm local crews.\n");
        assertTrue(anyEqualTo(qs, "her worries about the fleet's fishing quotas that the harbour board said harm local crews"), dump(qs));
    }

    @Test
    void aDemonstrativeClauseAfterCommaAndEndsTheContent() {
        List<QuoteSpan> qs = extract("Summit\n\nAt the closing dinner, Mayor Lund urged the delegates to find common ground, "
                + "and that's what the two ports found, as they agreed to reopen the ferry line.\n");
        assertTrue(anyEqualTo(qs, "the delegates to find common ground"), dump(qs));
    }

    @Test
    void aDemonstrativeObjectAfterAndStaysInTheContent() {
        List<QuoteSpan> qs = extract("Summit\n\nMayor Lund said the ports would reopen the ferry line, and that the fares "
                + "would stay low.\n");
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("fares would stay low")), dump(qs));
    }

    @Test
    void describedAsQuotedWordsByAnAgentIsTheAgentsPartialQuote() {
        List<QuoteSpan> qs = extract("Ferry talks\n\nThe call was described as “frank and useful” by state broadcaster NRK in Oslo.\n");
        assertTrue(quote(qs, "frank and useful").antecedent().contains("NRK"), dump(qs));
    }

    @Test
    void aReducedRelativeWithItsAgentBeforeAsAndQuotedWordsIsAReport() {
        List<QuoteSpan> qs = extract("Ferry talks\n\nThe two mayors ended a meeting described by a port official as "
                + "\"calm, useful and long overdue\".\n");
        assertTrue(quote(qs, "calm, useful and long overdue").antecedent().contains("official"), dump(qs));
    }

    @Test
    void aReducedRelativeWithAnAgentAndNoQuotedWordsStillReportsNothing() {
        List<QuoteSpan> qs = extract("Ferry talks\n\nThe mayors signed a memo written by aides as a first draft.\n");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void summedUpAsAndRailedAgainstReportQuotedWords() {
        List<QuoteSpan> qs = extract("Ferry talks\n\nIn an editorial after the meeting, the Harbour Gazette summed up the "
                + "mayor's visit as “quite pointless.”\n\nThe unions railed against \"outside meddling\" in the talks.\n");
        assertTrue(quote(qs, "quite pointless").antecedent().contains("Gazette"), dump(qs));
        assertTrue(quote(qs, "outside meddling").antecedent().contains("unions"), dump(qs));
    }

    @Test
    void citingQuotedWordsReportsThem() {
        List<QuoteSpan> qs = extract("Ferry talks\n\nThe mayor has put off her trip to the islands, with an aide citing a "
                + "“breach of our waters” after a trawler was seen near the pier.\n");
        assertTrue(quote(qs, "breach of our waters").antecedent().contains("aide"), dump(qs));
    }

    @Test
    void citingWithoutQuotedWordsStaysNoReport() {
        List<QuoteSpan> qs = extract("Ferry talks\n\nThe mayor has put off her trip to the islands, citing the weather.\n");
        assertTrue(qs.isEmpty(), dump(qs));
    }
}
