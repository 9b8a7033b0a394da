package dev.stancekit.model;

import java.util.Objects;

/**
 * A resolved speaker. Made by {@link #builder()} or {@link #toBuilder()}; immutable.
 *
 * <ul>
 * <li>{@code canonical}: canonical name ("Lloyd Austin", "Pentagon", "US spokesperson"), or "" if none</li>
 * <li>{@code type}: person, organization, anonymous or unknown (required)</li>
 * <li>{@code side}: "US", "China", "other", "unknown" (a registry may add sides); blank means unknown</li>
 * <li>{@code role}: role from the registry or the article ("Defense Secretary"), or ""</li>
 * <li>{@code inRegistry}: whether the canonical name came from the registry</li>
 * <li>{@code evidence}: why the side was chosen ("registry", "nationality word 'Chinese' in
 *     mention", ...), or "" when the side is unknown</li>
 * </ul>
 */
public final class Speaker {

    public static final String UNKNOWN_SIDE = "unknown";

    public static final Speaker NONE = builder().type(SpeakerType.UNKNOWN).build();

    private final String canonical;
    private final SpeakerType type;
    private final String side;
    private final String role;
    private final boolean inRegistry;
    private final String evidence;

    private Speaker(Builder b) {
        canonical = b.canonical == null ? "" : b.canonical;
        type = Objects.requireNonNull(b.type, "type");
        side = b.side == null || b.side.isBlank() ? UNKNOWN_SIDE : b.side;
        role = b.role == null ? "" : b.role;
        inRegistry = b.inRegistry;
        evidence = b.evidence == null ? "" : b.evidence;
    }

    public String canonical() {
        return canonical;
    }

    public SpeakerType type() {
        return type;
    }

    public String side() {
        return side;
    }

    public String role() {
        return role;
    }

    public boolean inRegistry() {
        return inRegistry;
    }

    public String evidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Speaker s && canonical.equals(s.canonical) && type == s.type
                && side.equals(s.side) && role.equals(s.role) && inRegistry == s.inRegistry
                && evidence.equals(s.evidence);
    }

    /** The hash the record this class replaces had (31-fold of the fields from 0). */
    @Override
    public int hashCode() {
        int h = canonical.hashCode();
        h = 31 * h + type.hashCode();
        h = 31 * h + side.hashCode();
        h = 31 * h + role.hashCode();
        h = 31 * h + Boolean.hashCode(inRegistry);
        return 31 * h + evidence.hashCode();
    }

    @Override
    public String toString() {
        return "Speaker[canonical=" + canonical + ", type=" + type + ", side=" + side + ", role=" + role
                + ", inRegistry=" + inRegistry + ", evidence=" + evidence + "]";
    }

    /** A builder with no values set: the type is required, the rest defaults to "", unknown, false. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this speaker's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().canonical(canonical).type(type).side(side).role(role).inRegistry(inRegistry)
                .evidence(evidence);
    }

    /** Builds a {@link Speaker} by named values instead of six positional ones. Not thread-safe. */
    public static final class Builder {
        private String canonical = "";
        private SpeakerType type;
        private String side = UNKNOWN_SIDE;
        private String role = "";
        private boolean inRegistry;
        private String evidence = "";

        private Builder() {
        }

        public Builder canonical(String v) { canonical = v; return this; }
        public Builder type(SpeakerType v) { type = v; return this; }
        /** The side; {@code null} or blank means {@link #UNKNOWN_SIDE} (the default). */
        public Builder side(String v) { side = v; return this; }
        public Builder role(String v) { role = v; return this; }
        public Builder inRegistry(boolean v) { inRegistry = v; return this; }
        public Builder evidence(String v) { evidence = v; return this; }

        public Speaker build() {
            return new Speaker(this);
        }
    }
}
