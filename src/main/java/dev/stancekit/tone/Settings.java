package dev.stancekit.tone;

import dev.stancekit.resources.NumberSettings;
import dev.stancekit.resources.Resources;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the tone model ({@code tone-settings.csv}: {@code name,value,note}): speech-act
 * weights, target and scope factors, label thresholds. A user's copy adds rows; a later row wins.
 * Immutable.
 */
final class Settings {

    static final String FILE = "tone-settings.csv";

    private final NumberSettings values;

    private Settings(NumberSettings values) {
        this.values = values;
    }

    static Settings load(Resources res) {
        return new Settings(NumberSettings.load(res, FILE));
    }

    static Settings fromRows(List<Map<String, String>> rows) {
        return new Settings(NumberSettings.fromRows(FILE, rows));
    }

    /** The value of a setting; throws naming the file when it is missing. */
    double get(String name) {
        return values.get(name);
    }
}
