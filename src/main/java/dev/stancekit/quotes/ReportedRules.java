package dev.stancekit.quotes;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of reported speech read from {@code reported-rules.csv}: which sentence-level forms
 * are on, and the ordered {@link SubjectRule}s and {@link FormRule}s a verb of saying goes
 * through. A missing or disabled row is off. Immutable, thread-safe.
 */
final class ReportedRules {

    static final String FILE = "reported-rules.csv";

    /** Rows whose limit is read; the others take none. */
    private static final Set<String> LIMITED = Set.of("according_leading", "according_trailing", "and_that",
            "subject_before_clause", "infinitive_subject", "relative_insertion", "colon_at_end", "content",
            "readout_continuation", "nominal_report", "joint_discussion", "purpose_infinitive", "headline_colon");
    private static final List<String> NAMES = List.of("final_trailing", "according_leading", "according_trailing", "nominal_report", "joint_discussion",
            "and_that", "caused_subject", "subject_before", "participle_opening", "participle_after_preposition", "participle_after_comma",
            "coordinated_cue", "inverted", "trailing_subject", "quantity_subject", "subject_before_clause", "relative_head", "opening_subject",
            "infinitive_subject", "purpose_infinitive", "verb_conjunction", "relative_insertion", "trailing", "insertion",
            "colon_at_end", "content", "readout_continuation", "headline_colon", "headline_speaker_first");

    final boolean finalTrailing;
    final List<AccordingToRule> according;
    /** The rule for "…, and that …" after a report; null when off. */
    final AndThatRule andThat;
    final List<SubjectRule> subjects;
    final List<FormRule> forms;
    /** Reports continued past their sentence in readouts; null when off. */
    final ReadoutContinuation continuation;
    /** Nouns of saying with their owner ("her promise to …"); null when off. */
    final NominalReportRule nominal;
    /** What both parties of a readout discussed ("The two sides held talks on …"); null when off. */
    final DiscussionRule discussion;
    /** Headlines naming their speaker beside a colon or dash ("Fees will not rise: port chief"); null when off. */
    final HeadlineColonRule headlineColon;

    private ReportedRules(boolean finalTrailing, List<AccordingToRule> according, AndThatRule andThat,
                          List<SubjectRule> subjects, List<FormRule> forms, ReadoutContinuation continuation,
                          NominalReportRule nominal, DiscussionRule discussion, HeadlineColonRule headlineColon) {
        this.finalTrailing = finalTrailing;
        this.according = List.copyOf(according);
        this.andThat = andThat;
        this.subjects = List.copyOf(subjects);
        this.forms = List.copyOf(forms);
        this.continuation = continuation;
        this.nominal = nominal;
        this.discussion = discussion;
        this.headlineColon = headlineColon;
    }

    static ReportedRules load(Resources res, Lexicon lex, MentionFinder mentions) {
        return of(res.readCsv(FILE), lex, mentions);
    }

    static ReportedRules of(List<Map<String, String>> rows, Lexicon lex, MentionFinder mentions) {
        Map<String, Integer> on = new LinkedHashMap<>(); // enabled rows in file order, with their limit
        for (Map<String, String> row : rows) {
            String name = row.getOrDefault("rule", "").strip().toLowerCase(Locale.ROOT);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException(FILE + ": unknown rule '" + name + "' (use " + String.join(", ", NAMES) + ")");
            }
            if (!"no".equalsIgnoreCase(row.getOrDefault("enabled", "yes").strip())) {
                on.put(name, LIMITED.contains(name) ? RuleRows.limit(FILE, row, name) : 0);
            }
        }
        ContentEnd ends = new ContentEnd(lex);
        int maxInsertion = on.getOrDefault("relative_insertion", 0);
        List<AccordingToRule> according = new ArrayList<>();
        List<SubjectRule> subjects = new ArrayList<>();
        List<FormRule> forms = new ArrayList<>();
        for (Map.Entry<String, Integer> rule : on.entrySet()) {
            int limit = rule.getValue();
            switch (rule.getKey()) {
                case "according_leading" -> according.add(new AccordingToRule(lex, mentions, true, limit));
                case "according_trailing" -> according.add(new AccordingToRule(lex, mentions, false, limit));
                case "caused_subject" -> subjects.add(new CausedSubject(mentions));
                case "subject_before" -> subjects.add(new BeforeCueSubject(lex, mentions));
                case "participle_opening" -> subjects.add(new OpeningParticipleSubject());
                case "participle_after_preposition" -> subjects.add(new PrepositionParticipleSubject(mentions));
                case "participle_after_comma" -> subjects.add(new CommaParticipleSubject(mentions));
                case "coordinated_cue" -> subjects.add(new CoordinatedCueSubject(lex));
                case "inverted" -> subjects.add(new InvertedSubject(mentions, maxInsertion));
                case "trailing_subject" -> subjects.add(new TrailingSubject(lex, mentions));
                case "quantity_subject" -> subjects.add(new QuantitySubject(lex));
                case "subject_before_clause" -> subjects.add(new ClauseAheadSubject(lex, mentions, limit, maxInsertion));
                case "relative_head" -> subjects.add(new RelativeHeadSubject(lex, mentions));
                case "opening_subject" -> subjects.add(new OpeningClauseSubject());
                case "infinitive_subject" -> subjects.add(new InfinitiveSubject(lex, mentions, limit,
                        on.getOrDefault("subject_before_clause", limit), maxInsertion));
                case "purpose_infinitive" -> subjects.add(new PurposeSubject(lex, mentions, limit));
                case "verb_conjunction" -> subjects.add(new VerbConjunctionSubject(lex));
                case "trailing" -> forms.add(new TrailingForm(lex, maxInsertion));
                case "insertion" -> forms.add(new InsertionForm());
                case "colon_at_end" -> forms.add(new ColonEndForm(lex, limit));
                case "content" -> forms.add(new ContentForm(lex, ends, limit, maxInsertion));
                default -> {
                    // final_trailing, and_that, relative_insertion, readout_continuation, nominal_report, joint_discussion,
                    // headline_colon, headline_speaker_first: read below
                }
            }
        }
        AndThatRule andThat = on.containsKey("and_that") ? new AndThatRule(ends, on.get("and_that")) : null;
        ReadoutContinuation continuation = on.containsKey("readout_continuation")
                ? new ReadoutContinuation(lex, on.get("readout_continuation")) : null;
        NominalReportRule nominal = on.containsKey("nominal_report")
                ? new NominalReportRule(lex, mentions, ends, on.get("nominal_report")) : null;
        DiscussionRule discussion = on.containsKey("joint_discussion")
                ? new DiscussionRule(lex, mentions, ends, on.get("joint_discussion")) : null;
        HeadlineColonRule headlineColon = on.containsKey("headline_colon")
                ? new HeadlineColonRule(lex, mentions, on.get("headline_colon"), on.containsKey("headline_speaker_first")) : null;
        return new ReportedRules(on.containsKey("final_trailing"), according, andThat, subjects, forms, continuation, nominal,
                discussion, headlineColon);
    }
}
