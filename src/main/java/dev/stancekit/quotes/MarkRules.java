package dev.stancekit.quotes;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ordered {@link MarkRule}s read from {@code quote-rules.csv}. Immutable, thread-safe. */
final class MarkRules {

    static final String FILE = "quote-rules.csv";

    private final List<MarkRule> rules;
    private final int orphanWords;
    private final OpeningNameRule openingName;

    private MarkRules(List<MarkRule> rules, int orphanWords, OpeningNameRule openingName) {
        this.rules = List.copyOf(rules);
        this.orphanWords = orphanWords;
        this.openingName = openingName;
    }

    /**
     * The name that opens the sentence of a quote no earlier speaker continues (row {@code
     * opening_name}), or null when there is none or the row is missing or disabled.
     */
    int[] openingName(Doc d, int start, int end) {
        return openingName == null ? null : openingName.find(d, start, end);
    }

    /**
     * The fewest words a quote with no verb of saying needs to take the speaker of its paragraph
     * or the one before (row {@code paragraph_speaker}); {@link Integer#MAX_VALUE} when that row is
     * missing or disabled.
     */
    int orphanWords() {
        return orphanWords;
    }

    static MarkRules load(Resources res, ReportedSpeechFinder finder, MentionFinder mentions) {
        return of(res.readCsv(FILE), finder, mentions);
    }

    static MarkRules of(List<Map<String, String>> rows, ReportedSpeechFinder finder, MentionFinder mentions) {
        List<MarkRule> out = new ArrayList<>();
        int orphan = Integer.MAX_VALUE;
        OpeningNameRule opening = null;
        for (Map<String, String> row : rows) {
            String name = row.getOrDefault("rule", "").strip().toLowerCase(Locale.ROOT);
            if ("no".equalsIgnoreCase(row.getOrDefault("enabled", "yes").strip())) {
                continue;
            }
            int limit = RuleRows.limit(FILE, row, name);
            if ("paragraph_speaker".equals(name)) {
                orphan = limit; // tried after every rule: see QuoteAttacher
                continue;
            }
            if ("opening_name".equals(name)) {
                opening = new OpeningNameRule(mentions, limit); // tried last: see RuleQuoteExtractor
                continue;
            }
            out.add(switch (name) {
                case "trailing_cue" -> new TrailingCueRule(finder, mentions, limit);
                case "leading_cue" -> new LeadingCueRule(finder, mentions, limit);
                case "sentence_cue" -> new SentenceCueRule(finder, mentions, limit);
                case "trailing_verb" -> new TrailingVerbRule(finder.lexicon(), mentions, limit);
                case "clause_subject" -> new ClauseSubjectRule(mentions, limit);
                case "quoted_verb" -> new QuotedVerbRule(finder.lexicon(), mentions, limit);
                case "colon_speaker" -> new ColonSpeakerRule(finder.lexicon(), mentions, limit);
                case "line_name" -> new LineNameRule(mentions, limit);
                case "sentence_before" -> new SentenceBeforeRule(finder, mentions, limit);
                case "headline_subject" -> new HeadlineSubjectRule(finder.lexicon(), mentions, limit);
                default -> throw new IllegalArgumentException(FILE + ": unknown rule '" + name
                        + "' (use trailing_cue, leading_cue, sentence_cue, trailing_verb, clause_subject, quoted_verb, colon_speaker, line_name, sentence_before, headline_subject, "
                        + "paragraph_speaker or opening_name)");
            });
        }
        return new MarkRules(out, orphan, opening);
    }


    /** Whether the headline-subject rule gives the quote a speaker ("Port authority ‘deeply concerned’ …"). */
    boolean headlineQuote(Doc d, QuoteMarks.Marked q) {
        for (MarkRule r : rules) {
            if (r instanceof HeadlineSubjectRule && r.match(d, q) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line-name rule gives the quote a speaker ("Ortiz: Mayor's ‘Reckless Plan’ …"). */
    boolean namedLine(Doc d, QuoteMarks.Marked q) {
        for (MarkRule r : rules) {
            if (r instanceof LineNameRule && r.match(d, q) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a quote that opens its paragraph and runs on past it: the speaker a colon-speaker rule
     * finds in the lead-in that closes the paragraph before ("X released the following statement:");
     * null when none. Other rules do not look back across paragraphs.
     */
    Match leadIn(Doc d, QuoteMarks.Marked q) {
        for (MarkRule r : rules) {
            Attribution a = r instanceof ColonSpeakerRule ? r.match(d, q) : null;
            if (a != null) {
                return new Match(r, a);
            }
        }
        return null;
    }

    /** The first rule's attribution for the quote, with the rule that found it; null when none. */
    Match match(Doc d, QuoteMarks.Marked q) {
        for (MarkRule r : rules) {
            Attribution a = r.match(d, q);
            if (a != null) {
                return new Match(r, a);
            }
        }
        return null;
    }

    record Match(MarkRule rule, Attribution attribution) {
    }
}
