package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every verb of saying outside quote marks is in the ledger, attributed or not. */
class StrayCueLedgerTest {

    private static List<LedgerEntry> ledger(String text) {
        return Fixture.extractor().explain(Article.of("fixture", text), Fixture.annotate(text)).ledger();
    }

    @Test
    void aVerbOfSayingThatGetsNoAttributionIsListedWithItsReason() {
        List<LedgerEntry> l = ledger("The fire was said to be the work of a neighbour.");
        assertTrue(l.stream().anyMatch(e -> e.source() == LedgerEntry.Source.CUE && "said".equals(e.cue())
                && e.reason() == LedgerEntry.Reason.PASSIVE_CUE), l.toString());
    }

    @Test
    void aNegatedVerbOfSayingIsListedAsNegated() {
        List<LedgerEntry> l = ledger("The mayor did not say whether the bridge would reopen in May.");
        assertTrue(l.stream().anyMatch(e -> e.source() == LedgerEntry.Source.CUE && "say".equals(e.cue())
                && e.reason() == LedgerEntry.Reason.NEGATED_CUE), l.toString());
    }

    @Test
    void anAttributedVerbIsNotListedTwice() {
        List<LedgerEntry> l = ledger("The mayor said the bridge would reopen in May.");
        assertTrue(l.stream().noneMatch(e -> e.source() == LedgerEntry.Source.CUE && !e.extracted()), l.toString());
        assertTrue(l.stream().anyMatch(LedgerEntry::extracted), l.toString());
    }

    @Test
    void theVerbInsideAsReportedByIsPartOfItsCue() {
        List<LedgerEntry> l = ledger("As reported by the Harbor Post, the city became the first to ban night ferries.");
        assertTrue(l.stream().noneMatch(e -> e.source() == LedgerEntry.Source.CUE && !e.extracted()), l.toString());
    }

    @Test
    void aSourceRelayingANamedSpeakersReportIsListedAsRelayed() {
        List<LedgerEntry> l = ledger("Foreign Minister Tan said on Monday that the talks had stalled, the state news agency reported.");
        assertTrue(l.stream().anyMatch(e -> e.source() == LedgerEntry.Source.CUE && "reported".equals(e.cue())
                && e.reason() == LedgerEntry.Reason.RELAYED), l.toString());
    }
}
