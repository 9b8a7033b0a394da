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
 * Patterns that the thirty-eighth round of error analysis on real news (blind batches of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtyEighthRoundTest {

    @Test
    void aVerbThatReportsOnlyQuotedWordsInsideATrailingReportRelaysNothing() {
        List<QuoteSpan> qs = extract("Cyber talks\n\nColonel Ren said the claims were groundless. "
                + "The army always firmly defends the safety of the network and the government always opposes attacks, "
                + "he told reporters at a briefing.\n");
        assertTrue(anyEqualTo(qs, "The army always firmly defends the safety of the network and the government always opposes attacks"), dump(qs));
        assertTrue(quote(qs, "The army always firmly defends").antecedent().contains("Ren"), dump(qs));
    }

    @Test
    void aSecondReportAfterWhileWithoutACommaIsItsOwn() {
        List<QuoteSpan> qs = extract("Supply\n\nCarmaker Rolda said its supply of magnets was stable while rival Vestro "
                + "said it had solved its shortages.\n");
        assertTrue(anyEqualTo(qs, "its supply of magnets was stable"), dump(qs));
        assertTrue(anyEqualTo(qs, "it had solved its shortages"), dump(qs));
        assertTrue(quote(qs, "it had solved its shortages").antecedent().contains("Vestro"), dump(qs));
        assertTrue(quote(qs, "its supply of magnets").antecedent().contains("Rolda"), dump(qs));
    }

    @Test
    void whileWithoutAVerbOfSayingStaysInTheReport() {
        List<QuoteSpan> qs = extract("Supply\n\nMinister Ana Ruiz said she would wait while the committee reviewed the case.\n");
        assertTrue(anyEqualTo(qs, "she would wait while the committee reviewed the case"), dump(qs));
    }

    @Test
    void aCapitalisedPronounInsideASentenceIsTheSurnameOfTheManNamedBefore() {
        List<QuoteSpan> qs = extract("Port fees\n\nThe ministry spoke on Thursday. He Weidong, a spokesperson for the ministry, "
                + "made the remarks at a press conference.\n\n"
                + "If the fees go ahead, He said, they will raise shipping costs for everyone.\n\n"
                + "Such fees would also hurt farmers, the spokesperson warned.\n");
        assertEquals("He Weidong", quote(qs, "they will raise shipping costs").antecedent(), dump(qs));
    }

    @Test
    void aCapitalisedPronounAfterAColonStaysAPronoun() {
        List<QuoteSpan> qs = extract("Port fees\n\nHe Weidong spoke first. Then Lin Tao took the floor.\n\n"
                + "Lin Tao made one point: He said the fees would raise costs for everyone.\n");
        assertFalse(qs.stream().anyMatch(q -> q.text().contains("raise costs") && "He Weidong".equals(q.antecedent())), dump(qs));
    }

    @Test
    void anInvertedSpeakersLongAppositionWithARelativeClauseStaysOutOfTheReport() {
        List<QuoteSpan> qs = extract("Land law\n\nThe ban breaks the state constitution, said Lena Park, an associate professor "
                + "of law at the state university who writes about land rules.\n\n"
                + "The ban targets one group of buyers, said Omar Reyes, legal director of the tenants' fund, one of the groups "
                + "representing the plaintiffs.\n");
        assertTrue(anyEqualTo(qs, "The ban breaks the state constitution"), dump(qs));
        assertEquals("Lena Park", quote(qs, "The ban breaks").antecedent(), dump(qs));
        assertTrue(anyEqualTo(qs, "The ban targets one group of buyers"), dump(qs));
        assertEquals("Omar Reyes", quote(qs, "The ban targets").antecedent(), dump(qs));
    }

    @Test
    void aRestrictiveRelativeClauseAfterATimePhraseHangsOnTheNounBeforeIt() {
        List<QuoteSpan> qs = extract("Medicines\n\nThe hearing brought together lawmakers and experts on Wednesday who described how "
                + "decades of offshoring have left the country short of basic drugs.\n");
        assertTrue(anyEqualTo(qs, "how decades of offshoring have left the country short of basic drugs"), dump(qs));
        assertFalse(quote(qs, "decades of offshoring").mention().contains("Wednesday"), dump(qs));
    }

    @Test
    void whenAfterAVerbOfAskingOpensTheQuestionAsked() {
        List<QuoteSpan> qs = extract("Lab questions\n\nNoting that the old lab still stores many samples, Chen asked when the "
                + "other side would open its records.\n");
        assertTrue(anyEqualTo(qs, "when the other side would open its records"), dump(qs));
        assertTrue(anyEqualTo(qs, "the old lab still stores many samples"), dump(qs));
        assertEquals("Chen", quote(qs, "when the other side").antecedent(), dump(qs));
    }

    @Test
    void whenAfterAVerbOfSayingIsStillTheTimeOfTheReport() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nIt was time to build a stronger coast guard, Minister Varga said when she "
                + "met a delegation.\n");
        assertTrue(anyEqualTo(qs, "It was time to build a stronger coast guard"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("she met")), dump(qs));
    }

    @Test
    void reportsWithoutAnOwnerAreTheSourceOfTheirClause() {
        List<QuoteSpan> qs = extract("Harbour plans\n\nThe minister spoke at a briefing in response to media reports that several "
                + "shipping firms plan to leave the port.\n\nShares fell on Monday amid reports that the buyers had walked away.\n");
        assertTrue(anyEqualTo(qs, "several shipping firms plan to leave the port"), dump(qs));
        assertEquals("media reports", quote(qs, "several shipping firms").mention(), dump(qs));
        assertTrue(anyEqualTo(qs, "the buyers had walked away"), dump(qs));
        assertTrue(quote(qs, "the buyers had walked away").mention().contains("reports"), dump(qs));
    }

    @Test
    void anOwnerlessClaimStillReportsNothing() {
        List<QuoteSpan> qs = extract("Harbour plans\n\nShares fell on Monday amid the claim that the buyers had walked away.\n");
        assertFalse(anyEqualTo(qs, "the buyers had walked away"), dump(qs));
    }

    @Test
    void aReportBeforeAQuotingVerbsObjectAsSayingIsTheObjectsWords() {
        List<QuoteSpan> qs = extract("Harbour plans\n\nThe port would stay open all winter, the paper quoted Mayor Lena Park as saying.\n");
        assertTrue(anyEqualTo(qs, "The port would stay open all winter"), dump(qs));
        assertEquals("Lena Park", quote(qs, "The port would stay open").antecedent(), dump(qs));
    }

    @Test
    void aQuotingVerbsObjectAsSayingBeforeAClauseStillSpeaksTheClause() {
        List<QuoteSpan> qs = extract("Harbour plans\n\nThe paper quoted Mayor Lena Park as saying that the port would stay open.\n");
        assertTrue(anyEqualTo(qs, "the port would stay open"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("The paper")), dump(qs));
    }

    @Test
    void perBeforeANameAfterACommaNamesTheSource() {
        List<QuoteSpan> qs = extract("Harbour plans\n\nThe new fees would hurt small carriers most, per Mayor Park.\n\n"
                + "Fees rose by 5 per cent last year.\n");
        assertTrue(anyEqualTo(qs, "The new fees would hurt small carriers most"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().contains("Fees rose")), dump(qs));
    }

    @Test
    void aParticipleAfterAContrastingClauseHangsOnThatClausesSubject() {
        List<QuoteSpan> qs = extract("Polar routes\n\nNorland sent its ships north last summer, while Estoria has made its aims "
                + "known, arguing that the melting ice opens a new trade route.\n");
        assertTrue(anyEqualTo(qs, "the melting ice opens a new trade route"), dump(qs));
        assertTrue(quote(qs, "the melting ice").mention().contains("Estoria"), dump(qs));
    }
}
