package dev.stancekit.model;

import java.util.Locale;

/** The form of a quote. */
public enum QuoteKind {
    /** Whole statement in quote marks. */
    DIRECT,
    /** Quoted words inside reported speech or description. */
    PARTIAL,
    /** Reported speech without quote marks ("X said that ..."). */
    INDIRECT,
    /** A speaker's own turn (or paragraph of it) in a press-briefing transcript. */
    STATEMENT,
    /** A reporter's question in a press-briefing transcript; not counted in tone aggregates. */
    QUESTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteKind parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
