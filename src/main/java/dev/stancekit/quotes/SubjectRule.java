package dev.stancekit.quotes;

/**
 * One way a verb of saying finds its speaker. {@link ReportedSpeechFinder} tries these in the
 * order of {@code reported-rules.csv} and takes the first speaker found; a {@link FormRule} then
 * decides where the content is. Implementations are stateless and thread-safe.
 */
interface SubjectRule {

    /** The speaker this rule finds for the verb, or null. */
    Speaker find(CueSite s);
}
