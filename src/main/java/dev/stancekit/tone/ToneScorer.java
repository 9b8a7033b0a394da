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
}
