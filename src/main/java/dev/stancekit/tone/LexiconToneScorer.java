package dev.stancekit.tone;

import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseMatcher.Match;
import dev.stancekit.themes.Words;
import dev.stancekit.themes.Words.Word;
import dev.stancekit.tone.Lexicon.Entry;
import dev.stancekit.tone.Lexicon.Kind;
import dev.stancekit.tone.VaderRules.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores tone toward the other side with VADER's rules over VADER's lexicon plus the diplomatic
 * lexicon of {@code tone-lexicon.csv}, whose phrases take precedence over the words inside them.
 * The score is VADER's compound in [-1, 1]; the label is conciliatory at or above
 * {@link #CONCILIATORY_AT}, confrontational at or below {@link #CONFRONTATIONAL_AT}, neutral
 * between. See docs/tone.md. Immutable and thread-safe.
 */
public final class LexiconToneScorer implements ToneScorer {

    /** Lowest score labelled conciliatory. */
    public static final double CONCILIATORY_AT = 0.2;
    /** Highest score labelled confrontational. */
    public static final double CONFRONTATIONAL_AT = -0.2;

    private final Lexicon lexicon;

    private LexiconToneScorer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** VADER plus the diplomatic lexicon, from {@code res}. */
    public static LexiconToneScorer create(Resources res) {
        return new LexiconToneScorer(Lexicon.load(res, false));
    }

    /** Plain VADER: its lexicon and rule words only, without the diplomatic additions (a baseline). */
    public static LexiconToneScorer vaderOnly(Resources res) {
        return new LexiconToneScorer(Lexicon.load(res, true));
    }

    @Override
    public Tone score(String text) {
        if (text == null || text.isBlank()) {
            return Tone.NEUTRAL;
        }
        VaderRules.Result r = VaderRules.score(text, units(text));
        double score = r.compound();
        return new Tone(score, label(score), r.cues());
    }

    /** The label of a score by the thresholds above. */
    public static ToneLabel label(double score) {
        return score >= CONCILIATORY_AT ? ToneLabel.CONCILIATORY
                : score <= CONFRONTATIONAL_AT ? ToneLabel.CONFRONTATIONAL : ToneLabel.NEUTRAL;
    }

    /** Words, with each lexicon phrase found (longest first) folded into one unit. */
    List<Unit> units(String text) {
        List<Word> words = Words.tokenize(text);
        List<Match<Entry>> matches = lexicon.entries().findLongest(words);
        List<Unit> units = new ArrayList<>(words.size());
        int m = 0;
        for (int i = 0; i < words.size(); ) {
            Word w = words.get(i);
            if (m < matches.size() && matches.get(m).start() == i) {
                Match<Entry> match = matches.get(m++);
                Entry e = match.value();
                Word last = words.get(match.end() - 1);
                boolean upper = true;
                for (int j = i; j < match.end(); j++) {
                    upper &= words.get(j).isUpper();
                }
                String key = text.substring(w.start(), last.end()).toLowerCase(Locale.ROOT);
                double valence = e.kind() == Kind.TERM ? e.weight() : 0;
                units.add(new Unit(key, w.start(), last.end(), upper, valence, e.kind(), e.weight()));
                i = match.end();
            } else {
                units.add(new Unit(w.key(), w.start(), w.end(), w.isUpper(), lexicon.vader(w.key()),
                        Kind.TERM, 0));
                i++;
            }
        }
        return units;
    }
}
