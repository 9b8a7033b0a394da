package dev.stancekit.tone;

import dev.stancekit.tone.Lexicon.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * VADER's rules (Hutto and Gilbert 2014) over a sequence of units, each a word or a lexicon
 * phrase: ALL-CAPS emphasis, boosters and dampeners up to three units back, negation up to three
 * units back ("never so" intensifies), "least", the contrastive "but", exclamation and question
 * marks, and the normalisation of the sum into [-1, 1]. Written from the paper and the reference
 * implementation's behaviour. One addition: a mitigator ("avoid", "reduce") negates like a
 * negation word, but only the first scored unit after it. Stateless.
 */
final class VaderRules {

    static final double B_INCR = 0.293;
    static final double C_INCR = 0.733;
    static final double N_SCALAR = -0.74;
    static final double ALPHA = 15;

    private VaderRules() {
    }

    /**
     * A word or phrase of the text.
     *
     * @param key     lower-case text of the unit
     * @param start   offset of its first character
     * @param end     offset after its last character
     * @param upper   whether it is written in capitals
     * @param valence its own score (0 for none)
     * @param kind    its role; TERM for plain words
     * @param boost   the booster increment (boosters only)
     */
    record Unit(String key, int start, int end, boolean upper, double valence, Kind kind, double boost) {

        boolean negates() {
            return kind == Kind.NEGATION || kind == Kind.MITIGATOR
                    || (kind == Kind.TERM && key.contains("n't"));
        }
    }

    /**
     * The compound score and the cues that moved it: lower-cased spans of the text, each a scored
     * unit with the modifier that changed it, never containing ';'.
     */
    record Result(double compound, List<String> cues) {
    }

    /**
     * Each unit's score after VADER's emphasis, booster, negation, mitigator and "least" rules, but
     * before the contrastive "but" and the normalisation, with the lower-cased cue of each scored
     * unit (the unit with the modifier that changed it; null for unscored units).
     */
    record Valued(double[] values, String[] cues) {
    }

    static Valued valued(String text, List<Unit> units) {
        int n = units.size();
        double[] val = new double[n];
        int[] cueStart = new int[n];
        boolean capDiff = capDifferential(units);
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            cueStart[i] = u.start();
            if (u.valence() == 0) {
                continue;
            }
            double v = u.valence();
            if (u.upper() && capDiff) {
                v += v > 0 ? C_INCR : -C_INCR;
            }
            boolean scoredBetween = false;
            for (int k = 1; k <= 3 && i - k >= 0; k++) {
                Unit p = units.get(i - k);
                if (sentenceEnd(text, p.end(), units.get(i - k + 1).start())) {
                    break; // modifiers act within their sentence, as when VADER is run per sentence
                }
                if (p.valence() != 0) {
                    scoredBetween = true;
                    continue;
                }
                if (p.kind() == Kind.MITIGATOR && scoredBetween) {
                    continue;
                }
                double s = scalar(p, v, capDiff) * (k == 2 ? 0.95 : k == 3 ? 0.9 : 1);
                v += s;
                if (neverSo(units, i, k)) {
                    v *= 1.25;
                } else if (p.negates()) {
                    v *= N_SCALAR;
                } else if (s == 0) {
                    continue;
                }
                cueStart[i] = p.start();
            }
            val[i] = leastCheck(units, i, v);
        }
        String[] cues = new String[n];
        for (int i = 0; i < n; i++) {
            if (val[i] != 0) {
                Unit u = units.get(i);
                String cue = text.substring(cueStart[i], u.end());
                if (cue.indexOf(';') >= 0) { // ';' separates cues in reports
                    cue = text.substring(u.start(), u.end());
                }
                cues[i] = cue.toLowerCase(Locale.ROOT);
            }
        }
        return new Valued(val, cues);
    }

    static Result score(String text, List<Unit> units) {
        Valued valued = valued(text, units);
        double[] val = valued.values();
        contrast(units, val);
        double sum = 0;
        for (double v : val) {
            sum += v;
        }
        double amp = punctuationEmphasis(text);
        sum += sum > 0 ? amp : sum < 0 ? -amp : 0;
        Set<String> cues = new LinkedHashSet<>();
        for (int i = 0; i < val.length; i++) {
            if (val[i] != 0) {
                cues.add(valued.cues()[i]);
            }
        }
        return new Result(normalize(sum), new ArrayList<>(cues));
    }

    /** VADER's normalisation of a sum into [-1, 1]. */
    static double normalize(double sum) {
        return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
    }

    /** Whether a '.', '!', '?' or ';' stands in {@code text[from, to)}. */
    static boolean sentenceEnd(String text, int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(to, text.length()); j++) {
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                return true;
            }
        }
        return false;
    }

    private static boolean capDifferential(List<Unit> units) {
        int upper = 0;
        for (Unit u : units) {
            upper += u.upper() ? 1 : 0;
        }
        return upper > 0 && upper < units.size();
    }

    private static double scalar(Unit p, double valence, boolean capDiff) {
        if (p.kind() != Kind.BOOSTER) {
            return 0;
        }
        double s = valence < 0 ? -p.boost() : p.boost();
        if (p.upper() && capDiff) {
            s += valence > 0 ? C_INCR : -C_INCR;
        }
        return s;
    }

    /** "never so good", "never this good": intensified rather than negated. */
    private static boolean neverSo(List<Unit> units, int i, int k) {
        if (k < 2 || !units.get(i - k).key().equals("never")) {
            return false;
        }
        for (int j = i - k + 1; j < i; j++) {
            String w = units.get(j).key();
            if (w.equals("so") || w.equals("this")) {
                return true;
            }
        }
        return false;
    }

    private static double leastCheck(List<Unit> units, int i, double v) {
        if (i > 0 && units.get(i - 1).key().equals("least") && units.get(i - 1).valence() == 0) {
            String before = i > 1 ? units.get(i - 2).key() : "";
            if (!before.equals("at") && !before.equals("very")) {
                return v * N_SCALAR;
            }
        }
        return v;
    }

    /** Scores before the first contrastive conjunction count half, after it one and a half. */
    private static void contrast(List<Unit> units, double[] val) {
        for (int b = 0; b < units.size(); b++) {
            if (units.get(b).kind() == Kind.CONTRAST) {
                for (int i = 0; i < val.length; i++) {
                    val[i] *= i < b ? 0.5 : i > b ? 1.5 : 1;
                }
                return;
            }
        }
    }

    static double punctuationEmphasis(String text) {
        int ep = 0;
        int qm = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ep += c == '!' ? 1 : 0;
            qm += c == '?' ? 1 : 0;
        }
        double amp = Math.min(ep, 4) * 0.292;
        if (qm > 1) {
            amp += qm <= 3 ? qm * 0.18 : 0.96;
        }
        return amp;
    }
}
