package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;

/**
 * One way a stretch in quote marks gets its speaker when the sentence-level attributions gave it
 * none. Rules are small, named and tried in order ({@link MarkRules}); the first that matches
 * wins. Implementations are stateless and thread-safe.
 */
interface MarkRule {

    /** The attribution this rule finds for the quote, or null. */
    Attribution match(Doc d, QuoteMarks.Marked q);

    /** The quote kind this rule gives. */
    default QuoteKind kind() {
        return QuoteKind.DIRECT;
    }
}
