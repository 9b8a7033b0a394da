package dev.stancekit.model;

import java.util.Objects;

/**
 * A resolved speaker.
 *
 * @param canonical  canonical name ("Lloyd Austin", "Pentagon", "US spokesperson"), or "" if none
 * @param type       person, organization, anonymous or unknown
 * @param side       "US", "China", "other", "unknown" (a registry may add sides)
 * @param role       role from the registry or the article ("Defense Secretary"), or ""
 * @param inRegistry whether the canonical name came from the registry
 * @param evidence   why the side was chosen ("registry", "nationality word 'Chinese' in mention",
 *                   ...), or "" when the side is unknown
 */
public record Speaker(String canonical, SpeakerType type, String side, String role,
                      boolean inRegistry, String evidence) {

    public static final String UNKNOWN_SIDE = "unknown";

    public Speaker {
        canonical = canonical == null ? "" : canonical;
        Objects.requireNonNull(type, "type");
        side = side == null || side.isBlank() ? UNKNOWN_SIDE : side;
        role = role == null ? "" : role;
        evidence = evidence == null ? "" : evidence;
    }

    public static final Speaker NONE = new Speaker("", SpeakerType.UNKNOWN, UNKNOWN_SIDE, "", false, "");
}
