package dev.stancekit.tone;

import dev.stancekit.model.Tone;

/** Stage 5b: scores the tone of a text. Thread-safe. */
public interface ToneScorer {

    Tone score(String text);

    /**
     * The tone of a quote together with the verb that reports it: "warned", "accused" and "urged"
     * carry tone that the quoted words alone may not ("Beijing to address overcapacity"). By
     * default the cue is scored as a word written before the quote; "said" and other plain verbs
     * change nothing. A null or blank cue scores the text alone.
     */
    default Tone score(String text, String cue) {
        if (cue == null || cue.isBlank() || text == null || text.isBlank()) {
            return score(text);
        }
        return score(cue.strip() + " " + text);
    }

    /**
     * The tone of a quote said by someone of {@code side} ("US", "China"; null or another value
     * when unknown or a third party), with its reporting verb and the sentence it stands in
     * ({@code context}, may be null), which a model may read when the quote's own words carry no
     * tone. By default the side and context are ignored.
     */
    default Tone score(String text, String cue, String side, String context) {
        return score(text, cue);
    }
}
