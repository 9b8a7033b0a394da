package dev.stancekit.tone;

import dev.stancekit.model.Tone;
import java.util.Objects;

/**
 * How the tone model read a text: its tone, the target it found (other, relationship, own, third
 * or none) and the speech acts it found, joined by {@code +} ({@code statement} when none).
 */
public record Reading(Tone tone, String target, String act) {

    public Reading {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(act, "act");
    }
}
