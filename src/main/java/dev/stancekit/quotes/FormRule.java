package dev.stancekit.quotes;

/**
 * One form of reported speech around a verb of saying whose speaker is known: where the reported
 * content lies ("X said (that) …", "…, X said.", "The risk, analysts said, lies …").
 * {@link ReportedSpeechFinder} tries these in the order of {@code reported-rules.csv}; the first
 * that matches wins. Implementations are stateless and thread-safe.
 */
interface FormRule {

    /** The attribution of this form, or null. */
    Attribution match(CueSite s, Speaker speaker);
}
