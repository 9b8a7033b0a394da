package dev.stancekit.model;

import java.util.Locale;

/** What a speaker is. */
public enum SpeakerType {
    PERSON, ORGANIZATION, ANONYMOUS, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SpeakerType parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
