package dev.stancekit.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Produces predicted quote rows (the columns of the quotes CSV: article, kind, text, speaker,
 * speaker_mention, side, themes, tone_label, …) for input files or folders. The analysis pipeline
 * implements it so that {@code stancekit evaluate} can score its own output.
 */
@FunctionalInterface
public interface Predictor {

    List<Map<String, String>> predict(List<Path> inputs) throws Exception;
}
