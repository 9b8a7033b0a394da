package dev.stancekit.tone;

import java.util.Locale;

/**
 * Whom a clause addresses, in order of precedence: the other side, the relationship, a third
 * party, the speaker's own side, or no one named.
 */
enum Target {
    OTHER, RELATIONSHIP, THIRD, OWN, NONE;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The target a row of tone-targets.csv stands for when said by someone of {@code side}: a side
     * id is the speaker's own side when it is theirs, else the other side (also when the speaker's
     * side is unknown or a third party).
     */
    static Target of(String value, String side) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "relationship":
                return RELATIONSHIP;
            case "third":
                return THIRD;
            case "own":
                return OWN;
            default:
                return side != null && side.equalsIgnoreCase(value) ? OWN : OTHER;
        }
    }
}
