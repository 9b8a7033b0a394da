package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the thirty-seventh round of error analysis on real news (blind batches of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtySeventhRoundTest {

    private static List<LedgerEntry> ledger(String text) {
        return Fixture.extractor().explain(Article.of("fixture", text), Fixture.annotate(text)).ledger();
    }

    @Test
    void aStraightQuoteBrokenAcrossTwoLinesGoesOnWithItsSpeaker() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nThe minister spoke at the forum on Friday.\n\n"
                + "\"Ports across the region share these aims: safe berths for every ship. Fair fees for every crew.\n"
                + "And open books. And the settling of every dispute by talks, not by threats,\" Minister Ana Ruiz said.\n");
        assertTrue(anyEqualTo(qs, "And open books. And the settling of every dispute by talks, not by threats,"), dump(qs));
        assertTrue(quote(qs, "And open books").antecedent().contains("Ruiz"), dump(qs));
        assertTrue(quote(qs, "Ports across the region").antecedent().contains("Ruiz"), dump(qs));
    }

    @Test
    void aLineThatClosesAStraightQuoteWithoutAttributionTakesTheSpeakerBeforeIt() {
        List<QuoteSpan> qs = extract("Harbour talks\n\n\"We will keep the port open,\" Minister Ana Ruiz said at the forum.\n\n"
                + "\"Ports across the region share these aims: safe berths for every ship. Fair fees for every crew.\n"
                + "And open books. And the settling of every dispute by talks, not by threats.\"\n");
        assertTrue(anyEqualTo(qs, "And open books. And the settling of every dispute by talks, not by threats."), dump(qs));
        assertEquals(QuoteKind.DIRECT, quote(qs, "And open books").kind(), dump(qs));
    }

    @Test
    void aNameLineClosingAQuoteIsASignatureNotAQuote() {
        String text = "Budget fight\n\nSeveral economists wrote to the committee this week.\n\n"
                + "\"The state should pass the budget before the session ends and the chance is gone.\n"
                + "Dana Moore, Institute for Fiscal Studies.\"\n";
        List<QuoteSpan> qs = extract(text);
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("Dana Moore")), dump(qs));
        assertTrue(ledger(text).stream().anyMatch(e -> e.text().startsWith("Dana Moore")
                && e.reason() == LedgerEntry.Reason.SIGNATURE), ledger(text).toString());
    }

    @Test
    void aLowerCaseLineClosingAQuoteIsMoreOfItNotASignature() {
        List<QuoteSpan> qs = extract("Budget fight\n\n“Supporters of other plans,” Dana Moore added, “have spent their money on "
                + "advertising that does little to bring voters\nto the polls on election day.”\n");
        assertTrue(anyEqualTo(qs, "to the polls on election day."), dump(qs));
    }

    @Test
    void aListAfterAReportEndingWithAColonHoldsTheSpeakersWords() {
        List<QuoteSpan> qs = extract("Harbour forum\n\nThe harbour forum met here on Saturday.\n\n"
                + "The forum should keep its course, Ms Ruiz said, noting that to this end, her country has made three proposals:\n\n"
                + "Firstly, all ports should keep their fees open to all. Open fees are the basis of fair trade.\n\n"
                + "Secondly, all ports should abide by the rules they agreed on.\n\n"
                + "The meeting ended at noon with a lunch.\n");
        assertTrue(anyEqualTo(qs, "Firstly, all ports should keep their fees open to all"), dump(qs));
        assertTrue(anyEqualTo(qs, "Open fees are the basis of fair trade"), dump(qs));
        assertTrue(anyEqualTo(qs, "Secondly, all ports should abide by the rules they agreed on"), dump(qs));
        assertTrue(quote(qs, "Secondly, all ports").antecedent().contains("Ruiz"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("The meeting ended")), dump(qs));
    }

    @Test
    void aListAfterNarrationEndingWithAColonIsNobodysWords() {
        List<QuoteSpan> qs = extract("Harbour forum\n\nThe harbour forum met here on Saturday and took three steps:\n\n"
                + "First, the ports set lower fees for small boats.\n\nSecond, the board opened a new berth.\n");
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("First,") || q.text().startsWith("Second,")), dump(qs));
    }

    @Test
    void aDayAfterTheSpeakersNounPhraseIsNoPartOfTheMention() {
        List<QuoteSpan> qs = extract("Port row\n\nA ministry spokesperson on Monday expressed strong opposition to the new port fees.\n\n"
                + "A statement Sunday said the fees would stay.\n");
        assertEquals("A ministry spokesperson", quote(qs, "strong opposition").mention(), dump(qs));
        assertEquals("A statement", quote(qs, "the fees would stay").mention(), dump(qs));
    }

    @Test
    void aSurnameThatIsATimeWordStaysInTheMention() {
        List<QuoteSpan> qs = extract("Port row\n\nKristen Day, a spokeswoman for the guild, said the fees would stay.\n");
        assertTrue(quote(qs, "the fees would stay").antecedent().contains("Kristen Day"), dump(qs));
    }

    @Test
    void aTrailingAttributionTakesNoWordsBeforeAColon() {
        List<QuoteSpan> qs = extract("Port row\n\nThe mayor drew his own line on the plan: “The port is no longer the port,” he claimed.\n\n"
                + "A reporter asked: Recently, Ann Lee, head of the harbour office, tweeted about the fees.\n");
        assertEquals(QuoteKind.DIRECT, quote(qs, "The port is no longer the port").kind(), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("A reporter asked")), dump(qs));
    }

    @Test
    void aNamedSpokespersonsReportGoesOnInTheNextParagraphInThePresentTense() {
        List<QuoteSpan> qs = extract("Port row\n\nForeign ministry spokesperson Ana Ruiz spoke at a briefing on Monday.\n\n"
                + "The fee plan is unfair and Chile will answer it, Ruiz said.\n\n"
                + "Chile firmly opposes any fee that harms its fishing fleet.\n");
        assertTrue(anyEqualTo(qs, "Chile firmly opposes any fee that harms its fishing fleet"), dump(qs));
        assertTrue(quote(qs, "Chile firmly opposes").antecedent().contains("Ruiz"), dump(qs));
    }

    @Test
    void aPersonWhoIsNoSpokespersonDoesNotGoOnInTheNextParagraph() {
        List<QuoteSpan> qs = extract("Port row\n\nFisherman Tomas Ruiz spoke to reporters on Monday.\n\n"
                + "The fee plan is unfair and the fleet will answer it, Ruiz said.\n\n"
                + "The port handles most of the country's catch.\n");
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("The port handles")), dump(qs));
    }
}
