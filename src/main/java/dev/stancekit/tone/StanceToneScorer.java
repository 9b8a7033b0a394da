package dev.stancekit.tone;

import dev.stancekit.model.ToneLabel;
import dev.stancekit.model.Tone;
import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseMatcher.Match;
import dev.stancekit.themes.Words;
import dev.stancekit.themes.Words.Word;
import dev.stancekit.tone.Clauses.Clause;
import dev.stancekit.tone.Clauses.Role;
import dev.stancekit.tone.CueTable.Cue;
import dev.stancekit.tone.VaderRules.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tone toward the other side from who speaks, whom each clause addresses and what it does (issue
 * 15). Each clause gets the VADER + diplomatic-lexicon values of its words ({@link
 * LexiconToneScorer}), its strongest speech act ({@code tone-speech-acts.csv}), its target
 * ({@code tone-targets.csv}, relative to the speaker's side) and its scope ({@code tone-scope.csv});
 * {@link ClauseScore} combines them with the numbers of {@code tone-settings.csv}. The cues list
 * the lexicon words, {@code act: phrase} and {@code target <t>: phrase}. See docs/tone.md.
 * Immutable and thread-safe.
 */
public final class StanceToneScorer implements ToneScorer {

    static final String ACTS_FILE = "tone-speech-acts.csv";
    static final String TARGETS_FILE = "tone-targets.csv";
    static final String SCOPE_FILE = "tone-scope.csv";

    private final LexiconToneScorer lexicon;
    private final CueTable acts;
    private final CueTable targets;
    private final CueTable scope;
    private final ClauseScore rules;
    private final double conciliatoryAt;
    private final double confrontationalAt;
    private final double contextFactor;
    private final ToneModel model;
    private final double modelMinProbability;

    private StanceToneScorer(Resources res) {
        this.lexicon = LexiconToneScorer.create(res);
        this.acts = CueTable.load(res, ACTS_FILE, "act", Act.names());
        this.targets = CueTable.load(res, TARGETS_FILE, "target", null);
        this.scope = CueTable.load(res, SCOPE_FILE, "scope", Set.of("contrast", "alternative", "concession", "hedge", "condition"));
        Settings s = Settings.load(res);
        this.rules = new ClauseScore(s);
        this.conciliatoryAt = s.get("label.conciliatory_at");
        this.confrontationalAt = s.get("label.confrontational_at");
        this.contextFactor = s.get("context.factor");
        this.model = ToneModel.load(res);
        this.modelMinProbability = s.get("model.min_probability");
    }

    /** The model with the tables of {@code res}; throws naming the file and row on a bad table. */
    public static StanceToneScorer create(Resources res) {
        return new StanceToneScorer(res);
    }

    @Override
    public Tone score(String text) {
        return read(text, null).tone();
    }

    @Override
    public Tone score(String text, String cue, String side, String context) {
        return readQuote(text, cue, side, context).tone();
    }

    /**
     * The tone of a quote: the rules' reading of its reporting verb and text ({@link
     * #read(String, String, String)}), corrected by the learned model of {@code tone-model.csv}
     * (see {@link ToneModel}) from the quote's own words.
     */
    public Reading readQuote(String text, String cue, String side, String context) {
        if (text == null || text.isBlank()) {
            return new Reading(Tone.NEUTRAL, Target.NONE.label(), "statement");
        }
        Reading r = read(cue == null || cue.isBlank() ? text : cue.strip() + " " + text, side, context);
        Tone t = model.correct(text, r.tone(), modelMinProbability);
        return new Reading(t == r.tone() ? t : new Tone(withinLabel(t.score(), t.label()), t.label(), t.cues()), r.target(), r.act());
    }

    /** The score moved just enough that the thresholds give it {@code label}: score and label never disagree. */
    private double withinLabel(double score, ToneLabel label) {
        double step = 0.001;
        return switch (label) {
            case CONCILIATORY -> Math.max(score, conciliatoryAt);
            case CONFRONTATIONAL -> Math.min(score, confrontationalAt);
            case NEUTRAL -> Math.max(confrontationalAt + step, Math.min(conciliatoryAt - step, score));
        };
    }

    /**
     * As {@link #read(String, String)}; when nothing in the text moves the tone (a short partial
     * quote: "no proper atmosphere"), the tone is read from {@code context}, the sentence it stands
     * in, and its cues say so ({@code context}).
     */
    public Reading read(String text, String side, String context) {
        Reading own = read(text, side);
        if (own.tone().score() != 0 || !own.act().equals("statement") || context == null || context.isBlank() || context.strip().equals(text.strip())) {
            return own;
        }
        Reading ctx = read(context, side);
        if (ctx.tone().cues().isEmpty()) {
            return own;
        }
        List<String> cues = new ArrayList<>();
        cues.add("context");
        cues.addAll(ctx.tone().cues());
        double score = ctx.tone().score() * contextFactor;
        return new Reading(new Tone(score, label(score), cues), ctx.target(), ctx.act());
    }

    /** The label of a score by the thresholds of tone-settings.csv. */
    public ToneLabel label(double score) {
        return score >= conciliatoryAt ? ToneLabel.CONCILIATORY
                : score <= confrontationalAt ? ToneLabel.CONFRONTATIONAL : ToneLabel.NEUTRAL;
    }

    /**
     * The tone of a text said by someone of {@code side} ("US", "China"; null, "other" or
     * "unknown" when not one of the pair: then both count as the other side), with the target and
     * speech acts found.
     */
    public Reading read(String text, String side) {
        if (text == null || text.isBlank()) {
            return new Reading(Tone.NEUTRAL, Target.NONE.label(), "statement");
        }
        List<Word> words = Words.tokenize(text);
        List<Unit> units = lexicon.units(text);
        VaderRules.Valued valued = VaderRules.valued(text, units);
        double[] byWord = new double[words.size()];
        String[] cueByWord = new String[words.size()];
        int w = 0;
        for (int u = 0; u < units.size(); u++) {
            while (w < words.size() && words.get(w).start() < units.get(u).start()) {
                w++;
            }
            if (w < words.size()) {
                byWord[w] += valued.values()[u];
                cueByWord[w] = valued.cues()[u];
            }
        }
        List<Clause> clauses = Clauses.split(text, words, scope.find(words));
        List<Match<Cue>> targetHits = targets.find(words);
        List<Match<Cue>> actHits = acts.find(words);
        int[] negation = negations(units, words);
        Target textTarget = Target.NONE;
        Match<Cue> textTargetHit = null;
        for (Match<Cue> m : targetHits) {
            Target t = Target.of(m.value().value(), side);
            if (t.ordinal() < textTarget.ordinal()) {
                textTarget = t;
                textTargetHit = m;
            }
        }
        List<ClauseScore.Part> parts = new ArrayList<>();
        for (Clause c : clauses) {
            Target own = Target.NONE;
            for (Match<Cue> m : targetHits) {
                if (m.start() >= c.from() && m.start() < c.to()) {
                    Target t = Target.of(m.value().value(), side);
                    own = t.ordinal() < own.ordinal() ? t : own;
                }
            }
            List<ClauseScore.ActHit> found = new ArrayList<>();
            int hedges = 0;
            for (Match<Cue> m : actHits) {
                if (m.start() >= c.from() && m.start() < c.to()) {
                    int neg = negation[m.start()];
                    found.add(new ClauseScore.ActHit(Act.valueOf(m.value().value().toUpperCase(Locale.ROOT)),
                            neg == 1 || neg == 3, neg == 2, neg == 3, span(text, words, m)));
                }
            }
            for (Match<Cue> m : scope.find(words)) {
                String k = m.value().value();
                hedges += m.start() >= c.from() && m.start() < c.to() && (k.equals("hedge") || k.equals("condition")) ? 1 : 0;
            }
            List<Double> values = new ArrayList<>();
            List<String> cues = new ArrayList<>();
            for (int i = c.from(); i < c.to(); i++) {
                if (byWord[i] != 0) {
                    values.add(byWord[i]);
                    cues.add(cueByWord[i]);
                }
            }
            // a clause naming only a third party in a text addressed to the other side is about
            // the other side too ("the PRC is supplying…; that is fueling Russia's war")
            Target scored = own == Target.NONE || (own == Target.THIRD && textTarget == Target.OTHER) ? textTarget : own;
            parts.add(new ClauseScore.Part(c, own, scored, found, hedges, values, cues));
        }
        ClauseScore.Result r = rules.combine(parts, VaderRules.punctuationEmphasis(text));
        Set<String> cues = new LinkedHashSet<>(r.cues());
        if (textTargetHit != null) {
            cues.add("target " + textTarget.label() + ": " + span(text, words, textTargetHit));
        }
        double score = Math.round(r.score() * 1e6) / 1e6;
        return new Reading(new Tone(score, label(score), new ArrayList<>(cues)), textTarget.label(),
                r.acts().isEmpty() ? "statement" : String.join("+", r.acts()));
    }

    /**
     * By word: 1 right after a negation ("not", "never", "n't"), 3 after a negating determiner
     * ("no", "without": "no unsafe behavior"), 2 right after a mitigator ("avoid", "free from"), up
     * to 3 words on; else 0.
     */
    private static int[] negations(List<Unit> units, List<Word> words) {
        int[] neg = new int[words.size()];
        int w = 0;
        for (Unit u : units) {
            while (w < words.size() && words.get(w).start() < u.start()) {
                w++;
            }
            boolean negates = u.kind() == Lexicon.Kind.NEGATION || (u.kind() == Lexicon.Kind.TERM && u.key().contains("n't"));
            boolean none = negates && (u.key().equals("no") || u.key().equals("without"));
            int mark = none ? 3 : negates ? 1 : u.kind() == Lexicon.Kind.MITIGATOR ? 2 : 0;
            if (mark > 0) {
                for (int k = w + 1; k <= w + 3 && k < words.size(); k++) {
                    if (words.get(k).afterBreak()) {
                        break;
                    }
                    neg[k] = Math.max(neg[k], mark);
                }
            }
        }
        return neg;
    }

    private static String span(String text, List<Word> words, Match<Cue> m) {
        return text.substring(words.get(m.start()).start(), words.get(m.end() - 1).end())
                .toLowerCase(Locale.ROOT).replace(';', ',');
    }
}
