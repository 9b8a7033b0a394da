package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.quotes.LedgerEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * The rows of {@code ledger.csv}: every candidate quote of an article (text in quote marks, a
 * sentence with a verb of saying) with what became of it. Cells are formula-safe like every
 * report CSV.
 */
public final class LedgerCsv {

    /** The columns. */
    public static final List<String> HEADER = List.of("article", "source", "start", "end", "text", "cue",
            "outcome", "quote_id", "reason");

    private LedgerCsv() {
    }

    /** One CSV line (no line break) for an entry of an article whose quotes are {@code quotes}. */
    public static String line(String article, LedgerEntry e, List<Quote> quotes) {
        String quoteId = e.extracted() && e.quote() <= quotes.size() ? quotes.get(e.quote() - 1).id() : "";
        StringBuilder b = new StringBuilder();
        try {
            CSVFormat.DEFAULT.printRecord(b, Cells.defuse(article), e.source().name().toLowerCase(Locale.ROOT),
                    e.start(), e.end(), Cells.defuse(e.text()), Cells.defuse(e.cue()),
                    e.extracted() ? "extracted" : "rejected", Cells.defuse(quoteId),
                    e.extracted() ? "" : e.reason().text());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return b.toString().stripTrailing();
    }

    /** The text cut to at most {@code max} characters on one line, for listings. */
    public static String clip(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
