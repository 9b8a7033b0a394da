package dev.stancekit.quotes;

import dev.stancekit.model.QuoteSpan;

import java.util.List;

/**
 * The quotes of one article with the ledger of every candidate considered.
 *
 * @param quotes the quotes in text order
 * @param ledger every stretch in quote marks and every sentence with a verb of saying, in text
 *               order, each extracted or rejected with a reason
 */
public record Extraction(List<QuoteSpan> quotes, List<LedgerEntry> ledger) {

    public Extraction {
        quotes = List.copyOf(quotes);
        ledger = List.copyOf(ledger);
    }
}
