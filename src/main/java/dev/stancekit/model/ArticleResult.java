package dev.stancekit.model;

import java.util.List;
import java.util.Objects;

/**
 * What became of one input: how it was read (with status and message) and the quotes found in it.
 * An article whose analysis failed is turned into an error result, so it is still listed.
 */
public record ArticleResult(IngestResult input, List<Quote> quotes) {

    public ArticleResult {
        Objects.requireNonNull(input, "input");
        quotes = List.copyOf(quotes);
    }
}
