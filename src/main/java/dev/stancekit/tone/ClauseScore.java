package dev.stancekit.tone;

import dev.stancekit.tone.Clauses.Clause;
import dev.stancekit.tone.Clauses.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the clauses of a text into its tone (the rules of docs/tone.md, numbers from
 * tone-settings.csv). Per clause: the strongest speech act weighs by its target; lexicon words of
 * the opposite sign to that act count little (peace words in a rebuke); a clause whose only act is
 * a description, or that restates a treaty or policy, or names only the speaker's own side, has its
 * lexicon damped; negative words about both sides count little; hedges weaken;
 * a clause about a third party only counts little. Then scope: after "but" counts more, before it
 * less, and nothing when a positive clause is followed by a negative one. Immutable.
 */
final class ClauseScore {

    /** A speech act found in a clause, as written. */
    record ActHit(Act act, boolean negated, boolean mitigated, String text) {
    }

    /**
     * One clause: its own target (named in it), the target it is scored for (its own, else the
     * text's), its acts, whether it is hedged, and its lexicon values with their cues.
     */
    record Part(Clause clause, Target own, Target target, List<ActHit> acts, int hedges,
                List<Double> values, List<String> cues) {
    }

    /** The score in [-1, 1], the cues that moved it and the speech acts that counted. */
    record Result(double score, List<String> cues, List<String> acts) {
    }

    private final Map<Act, Double> weights = new EnumMap<>(Act.class);
    private final double negated;
    private final double restatement;
    private final double dominance;
    private final double descriptionLexicon;
    private final double relationship;
    private final double own;
    private final double none;
    private final double third;
    private final double ownLexicon;
    private final double beforeContrast;
    private final double afterContrast;
    private final double beforeRebuke;
    private final double concession;
    private final double alternative;
    private final double hedge;

    ClauseScore(Settings s) {
        for (Act a : Act.values()) {
            weights.put(a, s.get("act." + a.label()));
        }
        negated = s.get("act.negated");
        restatement = s.get("act.restatement_factor");
        dominance = s.get("act.dominance");
        descriptionLexicon = s.get("act.description_lexicon");
        relationship = s.get("target.relationship");
        own = s.get("target.own");
        none = s.get("target.none");
        third = s.get("target.third");
        ownLexicon = s.get("target.own_lexicon");
        beforeContrast = s.get("scope.before_contrast");
        afterContrast = s.get("scope.after_contrast");
        beforeRebuke = s.get("scope.before_rebuke");
        concession = s.get("scope.concession");
        alternative = s.get("scope.after_alternative");
        hedge = s.get("scope.hedge");
        s.get("target.other"); // documented; the other side is the reference (1)
    }

    Result combine(List<Part> parts, double punctuation) {
        double[] raw = new double[parts.size()];
        Set<String> cues = new LinkedHashSet<>();
        Set<String> acts = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            ActHit best = null;
            double act = 0;
            boolean description = false;
            ActHit restated = null;
            for (ActHit h : p.acts()) {
                if (h.act() == Act.DESCRIPTION || h.act() == Act.RESTATEMENT) {
                    description = true;
                    restated = h.act() == Act.RESTATEMENT ? h : restated;
                    continue;
                }
                double w = weights.get(h.act());
                w *= h.mitigated() ? 0 : h.negated() && w > 0 ? negated : 1;
                w *= targetFactor(p, h.act(), w);
                if (Math.abs(w) > Math.abs(act)) {
                    act = w;
                    best = h;
                }
            }
            double pos = 0;
            double neg = 0;
            for (double v : p.values()) {
                pos += Math.max(v, 0);
                neg += Math.min(v, 0);
            }
            pos *= act < 0 ? dominance : 1;
            neg *= act > 0 ? dominance : 1;
            neg *= p.target() == Target.RELATIONSHIP ? relationship : 1;
            pos *= p.own() == Target.OWN ? ownLexicon : 1;
            double lex = pos + neg;
            if (restated != null) {
                lex *= descriptionLexicon;
                act *= restatement;
                acts.add(Act.RESTATEMENT.label());
                cues.add(Act.RESTATEMENT.label() + ": " + restated.text());
            } else if (best == null && description) {
                lex *= descriptionLexicon;
                acts.add(Act.DESCRIPTION.label());
                cues.add(Act.DESCRIPTION.label() + ": " + firstDescription(p));
            }
            double weaken = Math.pow(hedge, Math.min(p.hedges(), 2));
            lex *= weaken;
            act *= best != null && (best.act() == Act.DEMAND || best.act() == Act.OBLIGATION) ? 1 : weaken;
            double v = lex + act;
            raw[i] = p.target() == Target.THIRD ? v * third : v;
            if (raw[i] != 0) {
                cues.addAll(p.cues());
                if (best != null && act != 0) {
                    acts.add((best.negated() ? "not " : "") + best.act().label());
                    cues.add(best.act().label() + ": " + best.text());
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            sum += raw[i] * scopeWeight(parts, raw, i);
        }
        sum += sum > 0 ? punctuation : sum < 0 ? -punctuation : 0;
        return new Result(VaderRules.normalize(sum), new ArrayList<>(cues), new ArrayList<>(acts));
    }

    private double targetFactor(Part p, Act act, double w) {
        if (act == Act.OBLIGATION) {
            return p.own() == Target.OTHER ? 1 : 0;
        }
        switch (p.target()) {
            case RELATIONSHIP:
                return act == Act.DEMAND || act == Act.PROTEST ? relationship : 1;
            case OWN:
                return own;
            case NONE:
                return none;
            default:
                return 1;
        }
    }

    private double scopeWeight(List<Part> parts, double[] raw, int i) {
        Clause c = parts.get(i).clause();
        switch (c.role()) {
            case AFTER:
                return afterContrast;
            case CONCESSION:
                return concession;
            case ALTERNATIVE:
                return alternative;
            case BEFORE:
                for (int k = 0; k < parts.size(); k++) {
                    Clause o = parts.get(k).clause();
                    if (o.sentence() == c.sentence() && o.role() == Role.AFTER && raw[k] < 0 && raw[i] > 0) {
                        return beforeRebuke;
                    }
                }
                return beforeContrast;
            default:
                return 1;
        }
    }

    private static String firstDescription(Part p) {
        for (ActHit h : p.acts()) {
            if (h.act() == Act.DESCRIPTION) {
                return h.text();
            }
        }
        return "";
    }
}
