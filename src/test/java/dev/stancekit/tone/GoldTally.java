package dev.stancekit.tone;

import dev.stancekit.model.ToneLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Theme F1 and tone accuracy over gold quotes, counted as shared/eval/score.py counts them. */
final class GoldTally {

    private int tp;
    private int fp;
    private int fn;
    private int toneN;
    private int toneOk;
    private int vaderOk;

    /** Adds one quote's predicted themes against its gold cell (an empty gold cell is not scored). */
    void themes(List<String> predicted, String goldCell) {
        Set<String> want = ids(goldCell);
        if (want.isEmpty()) {
            return;
        }
        Set<String> got = new HashSet<>(predicted);
        Set<String> both = new HashSet<>(got);
        both.retainAll(want);
        tp += both.size();
        fp += got.size() - both.size();
        fn += want.size() - both.size();
    }

    /** Adds one quote's tone label and plain VADER's against its gold cell (-1/0/1; empty: not scored). */
    void tone(ToneLabel ours, ToneLabel vader, String goldCell) {
        if (goldCell.isBlank()) {
            return;
        }
        int g = Integer.parseInt(goldCell.strip());
        toneN++;
        toneOk += gold(ours) == g ? 1 : 0;
        vaderOk += gold(vader) == g ? 1 : 0;
    }

    double precision() {
        return tp / (double) (tp + fp);
    }

    double recall() {
        return tp / (double) (tp + fn);
    }

    double themeF1() {
        double p = precision();
        double r = recall();
        return 2 * p * r / (p + r);
    }

    double toneAccuracy() {
        return toneOk / (double) toneN;
    }

    double vaderAccuracy() {
        return vaderOk / (double) toneN;
    }

    boolean beatsVader() {
        return toneOk > vaderOk;
    }

    String summary(String name) {
        return String.format(Locale.ROOT, "%s: theme_f1=%.3f (p=%.3f r=%.3f) tone_acc=%.3f vader_tone_acc=%.3f n=%d",
                name, themeF1(), precision(), recall(), toneAccuracy(), vaderAccuracy(), toneN);
    }

    static Set<String> ids(String cell) {
        Set<String> out = new HashSet<>();
        for (String s : cell.split("[;|,]")) {
            if (!s.isBlank()) {
                out.add(s.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static int gold(ToneLabel l) {
        return l == ToneLabel.CONCILIATORY ? 1 : l == ToneLabel.CONFRONTATIONAL ? -1 : 0;
    }
}
