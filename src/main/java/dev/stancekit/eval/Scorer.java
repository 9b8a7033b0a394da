package dev.stancekit.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Scores predicted quotes against gold quotes exactly as {@code ../shared/eval/score.py} does
 * (a faithful port; the two print the same numbers). A predicted quote matches a gold quote of the
 * same article (file name without folders or extension, ignoring case) when the Dice overlap of
 * their word sets is at least {@code minDice}; pairs are taken greedily, best first, one to one.
 * Speaker, side, themes and tone are then scored on the matched pairs. Rows are maps from CSV
 * header to cell; a missing or null cell counts as empty, and gold cells left empty are not
 * scored. Immutable and thread-safe.
 */
public final class Scorer {

    /** score.py's default Dice threshold. */
    public static final double DEFAULT_MIN_DICE = 0.5;

    private final double minDice;

    /** A scorer that matches quotes whose word-set Dice overlap is at least {@code minDice}. */
    public Scorer(double minDice) {
        if (!(minDice >= 0 && minDice <= 1)) {
            throw new IllegalArgumentException("min-dice must be between 0 and 1, got " + minDice);
        }
        this.minDice = minDice;
    }

    /** A scorer with score.py's default threshold, {@value #DEFAULT_MIN_DICE}. */
    public Scorer() {
        this(DEFAULT_MIN_DICE);
    }

    public double minDice() {
        return minDice;
    }

    /**
     * Scores {@code pred} against {@code gold}.
     *
     * @throws IllegalArgumentException when a gold tone cell is filled but is not an integer
     */
    public Score score(List<Map<String, String>> gold, List<Map<String, String>> pred) {
        List<Integer> goldTones = goldTones(gold);
        List<int[]> matches = match(gold, pred);
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        for (int[] m : matches) {
            usedG.add(m[0]);
            usedP.add(m[1]);
        }
        double[] prf = prf(matches.size(), pred.size(), gold.size());
        IntPredicate speakerOk = i -> Labels.speakerMatch(cell(gold, matches.get(i)[0], "speaker"),
                cell(pred, matches.get(i)[1], "speaker"))
                || Labels.speakerMatch(cell(gold, matches.get(i)[0], "speaker"),
                        cell(pred, matches.get(i)[1], "speaker_mention"));
        IntPredicate sideOk = i -> Labels.sideMatch(cell(gold, matches.get(i)[0], "side"),
                cell(pred, matches.get(i)[1], "side"));
        IntPredicate toneOk = i -> {
            Integer p = Labels.tone(pred.get(matches.get(i)[1]));
            return p != null && p.equals(goldTones.get(matches.get(i)[0]));
        };
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] m : matches) {
            if (has(gold, m[0], "themes")) {
                Set<String> gt = Labels.themes(cell(gold, m[0], "themes"));
                Set<String> pt = Labels.themes(cell(pred, m[1], "themes"));
                for (String t : pt) {
                    if (gt.contains(t)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                fn += (int) gt.stream().filter(t -> !pt.contains(t)).count();
            }
        }
        int endToEnd = 0;
        for (int i = 0; i < matches.size(); i++) {
            int g = matches.get(i)[0];
            if ((!has(gold, g, "speaker") || speakerOk.test(i))
                    && (!has(gold, g, "side") || sideOk.test(i))) {
                endToEnd++;
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!usedG.contains(i)) {
                missed.add(PyText.head(cell(gold, i, "text"), 70));
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            if (!usedP.contains(i)) {
                spurious.add(PyText.head(cell(pred, i, "text"), 70));
            }
        }
        return new Score(gold.size(), pred.size(), matches.size(), prf[0], prf[1], prf[2],
                kindRecall(gold, matches, Set.of("direct", "partial")),
                kindRecall(gold, matches, Set.of("indirect")),
                mean(gold, matches, "speaker", speakerOk), mean(gold, matches, "side", sideOk),
                tp + fp + fn == 0 ? null : prf(tp, tp + fp, tp + fn)[2],
                mean(gold, matches, "tone", toneOk),
                gold.isEmpty() ? null : (double) endToEnd / gold.size(), missed, spurious);
    }

    /** The greedy one-to-one pairing, as {@code (gold index, pred index)} in the order taken. */
    List<int[]> match(List<Map<String, String>> gold, List<Map<String, String>> pred) {
        List<Set<String>> predWords = new ArrayList<>(pred.size());
        List<String> predKeys = new ArrayList<>(pred.size());
        for (Map<String, String> p : pred) {
            predWords.add(new HashSet<>(PyText.words(p.get("text"))));
            predKeys.add(PyText.articleKey(p.get("article")));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Set<String> gw = new HashSet<>(PyText.words(gold.get(gi).get("text")));
            String key = PyText.articleKey(gold.get(gi).get("article"));
            for (int pi = 0; pi < pred.size(); pi++) {
                Set<String> pw = predWords.get(pi);
                if (!predKeys.get(pi).equals(key) || gw.isEmpty() || pw.isEmpty()) {
                    continue;
                }
                int common = (int) gw.stream().filter(pw::contains).count();
                double d = 2.0 * common / (gw.size() + pw.size());
                if (d >= minDice) {
                    pairs.add(new Pair(d, gi, pi));
                }
            }
        }
        // Python's pairs.sort(reverse=True) on (dice, gold index, pred index) tuples
        pairs.sort(Comparator.comparingDouble(Pair::dice).thenComparingInt(Pair::gold)
                .thenComparingInt(Pair::pred).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> matches = new ArrayList<>();
        for (Pair p : pairs) {
            if (!usedG.contains(p.gold()) && !usedP.contains(p.pred())) {
                usedG.add(p.gold());
                usedP.add(p.pred());
                matches.add(new int[] {p.gold(), p.pred()});
            }
        }
        return matches;
    }

    private record Pair(double dice, int gold, int pred) {
    }

    private static List<Integer> goldTones(List<Map<String, String>> gold) {
        List<Integer> tones = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            if (!has(gold, i, "tone")) {
                tones.add(null);
                continue;
            }
            BigInteger t = PyText.parseInt(cell(gold, i, "tone"));
            if (t == null) {
                throw new IllegalArgumentException("gold row " + (i + 1) + ": tone '"
                        + cell(gold, i, "tone") + "' is not an integer (use -1, 0 or 1)");
            }
            tones.add(t.bitLength() < 31 ? t.intValue() : Integer.MIN_VALUE);
        }
        return tones;
    }

    private static Double kindRecall(List<Map<String, String>> gold, List<int[]> matches,
                                     Set<String> kinds) {
        long n = gold.stream().filter(g -> kinds.contains(nz(g.get("kind")))).count();
        if (n == 0) {
            return null;
        }
        long hit = matches.stream().filter(m -> kinds.contains(cell(gold, m[0], "kind"))).count();
        return (double) hit / n;
    }

    private static Double mean(List<Map<String, String>> gold, List<int[]> matches, String col,
                               IntPredicate ok) {
        int n = 0;
        int good = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (has(gold, matches.get(i)[0], col)) {
                n++;
                good += ok.test(i) ? 1 : 0;
            }
        }
        return n == 0 ? null : (double) good / n;
    }

    static double[] prf(int tp, int npred, int ngold) {
        double p = npred == 0 ? 0.0 : (double) tp / npred;
        double r = ngold == 0 ? 0.0 : (double) tp / ngold;
        return new double[] {p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r)};
    }

    private static boolean has(List<Map<String, String>> rows, int i, String col) {
        return !PyText.strip(rows.get(i).get(col)).isEmpty();
    }

    private static String cell(List<Map<String, String>> rows, int i, String col) {
        return nz(rows.get(i).get(col));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
