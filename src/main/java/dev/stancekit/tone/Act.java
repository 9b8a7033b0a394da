package dev.stancekit.tone;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The speech acts of {@code tone-speech-acts.csv}; each one's weight is in tone-settings.csv. */
enum Act {
    DEMAND, OBLIGATION, ACCUSATION, WARNING, PROTEST, REFUSAL, SKEPTICISM,
    OFFER, INVITATION, AGREEMENT, PRAISE, DESCRIPTION, RESTATEMENT;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (Act a : values()) {
            out.add(a.label());
        }
        return out;
    }
}
