/**
 * Stage 3: quotes and the words naming their speakers.
 *
 * <p>{@link dev.stancekit.quotes.RuleQuoteExtractor} works on CoreNLP tokens, POS and 3-class NER
 * only (no parser, no coreference), in one linear pass per article:
 * <ol>
 *   <li>{@code QuoteMarks} pairs quote marks per paragraph (“…”, "…", `…`, ``…'', ‘…’, '…', «…»);
 *       an unclosed mark ends with its paragraph.</li>
 *   <li>{@code ReportedSpeechFinder} finds cue verbs from {@code cue-verbs.csv} outside quote marks
 *       and "according to", with their content ("said (that) …", "urged Y to …", "…, X said."):
 *       each verb goes through the ordered rules of {@code reported-rules.csv}, the first
 *       {@code SubjectRule} that finds its speaker, then the first {@code FormRule} that places
 *       its content.</li>
 *   <li>{@code MentionFinder} finds the speaker's noun phrase next to the cue (skipping
 *       appositions, relative clauses and prepositional phrases, or after the verb for "said X").</li>
 *   <li>{@code QuoteAttacher} makes each quoted stretch direct (next to its attribution), partial
 *       (inside reported content) or a continuation of the previous speaker (a paragraph or sentence
 *       that is only a quote); anything else is dropped. Reported content without quote marks
 *       becomes an indirect quote.</li>
 *   <li>{@code AntecedentTracker} classifies each mention (name, title, pronoun, organisation,
 *       anonymous) and resolves it to the fullest earlier name in the article.</li>
 * </ol>
 * Word lists and rules are editable: {@code resources/cue-verbs.csv}, {@code resources/attribution-words.csv},
 * {@code resources/quote-rules.csv} and {@code resources/reported-rules.csv}.
 */
package dev.stancekit.quotes;
