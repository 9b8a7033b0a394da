package dev.stancekit.model;

import java.util.Locale;

/** The form of a quote. */
public enum QuoteKind {
    /** Whole statement in quote marks. */
    DIRECT,
    /** Quoted words inside reported speech or description. */
    PARTIAL,
    /** Reported speech without quote marks ("X said that ..."). */
    INDIRECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteKind parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
