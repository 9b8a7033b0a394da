package dev.stancekit.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one predicted quotes file against a gold file, with the same names and meaning as
 * the keys printed by {@code score.py}. A {@code null} ratio means "n/a": nothing to score it on
 * (no gold rows of that kind, or no matched gold row with that cell filled in). Immutable.
 *
 * @param gold            number of gold quotes
 * @param predicted       number of predicted quotes
 * @param matched         gold/predicted pairs matched one to one
 * @param precision       matched / predicted (0 when nothing was predicted)
 * @param recall          matched / gold (0 when there is no gold)
 * @param f1              harmonic mean of precision and recall
 * @param directRecall    recall on gold quotes of kind direct or partial, or null
 * @param indirectRecall  recall on gold quotes of kind indirect, or null
 * @param speakerAcc      share of matched quotes (with a gold speaker) whose speaker matches, or null
 * @param sideAcc         share of matched quotes (with a gold side) whose side matches, or null
 * @param themeF1         micro F1 of theme labels over matched quotes with gold themes, or null
 * @param toneAcc         share of matched quotes (with a gold tone) whose tone label agrees, or null
 * @param endToEnd        matched quotes with right speaker and side, over all gold quotes, or null
 * @param missed          the first 70 characters of every unmatched gold quote, in gold order
 * @param spurious        the first 70 characters of every unmatched predicted quote, in order
 */
public record Score(int gold, int predicted, int matched, double precision, double recall,
                   double f1, Double directRecall, Double indirectRecall, Double speakerAcc,
                   Double sideAcc, Double themeF1, Double toneAcc, Double endToEnd,
                   List<String> missed, List<String> spurious) {

    /** The metric names of {@link #summary()}, in score.py's order. */
    static final List<String> SUMMARY = List.of("f1", "speaker_acc", "side_acc", "theme_f1",
            "tone_acc", "end_to_end");

    public Score {
        missed = List.copyOf(Objects.requireNonNull(missed, "missed"));
        spurious = List.copyOf(Objects.requireNonNull(spurious, "spurious"));
    }

    /**
     * All values keyed and ordered as in {@code score.py --json}: Integer counts, Double (or null)
     * ratios, and the missed and spurious lists.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", gold);
        m.put("predicted", predicted);
        m.put("matched", matched);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", f1);
        m.put("direct_recall", directRecall);
        m.put("indirect_recall", indirectRecall);
        m.put("speaker_acc", speakerAcc);
        m.put("side_acc", sideAcc);
        m.put("theme_f1", themeF1);
        m.put("tone_acc", toneAcc);
        m.put("end_to_end", endToEnd);
        m.put("missed", missed);
        m.put("spurious", spurious);
        return Collections.unmodifiableMap(m);
    }

    /** The scalar metrics only (no lists), formatted as score.py prints them ("0.123", "n/a", "7"). */
    public Map<String, String> formatted() {
        Map<String, String> m = new LinkedHashMap<>();
        toMap().forEach((k, v) -> {
            if (!(v instanceof List)) {
                m.put(k, format(v));
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /** The {@code summary: f1=… speaker_acc=… …} line of score.py, without a line break. */
    public String summary() {
        Map<String, String> f = formatted();
        List<String> parts = new ArrayList<>();
        for (String k : SUMMARY) {
            parts.add(k + "=" + f.get(k));
        }
        return "summary: " + String.join(" ", parts);
    }

    /** Exactly the text score.py prints without {@code --json}, one {@code \n} per line. */
    public String render() {
        StringBuilder b = new StringBuilder();
        toMap().forEach((k, v) -> {
            if (v instanceof List<?> list) {
                list.forEach(x -> b.append(k).append(": ").append(x).append('\n'));
            } else {
                b.append(k).append(": ").append(format(v)).append('\n');
            }
        });
        return b.append(summary()).append('\n').toString();
    }

    /** Python's {@code "%.3f" % v} (round half even on the exact binary value), or "n/a". */
    static String format(Object v) {
        if (v == null) {
            return "n/a";
        }
        if (v instanceof Double d) {
            return new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        }
        return String.valueOf(v);
    }
}
