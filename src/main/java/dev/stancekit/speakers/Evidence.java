package dev.stancekit.speakers;

/** A side and why it was chosen. */
record Evidence(String side, String reason) {
}
