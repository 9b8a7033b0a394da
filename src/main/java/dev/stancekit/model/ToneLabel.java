package dev.stancekit.model;

import java.util.Locale;

/** Tone class of a quote toward the other side. */
public enum ToneLabel {
    CONFRONTATIONAL, NEUTRAL, CONCILIATORY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ToneLabel parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
