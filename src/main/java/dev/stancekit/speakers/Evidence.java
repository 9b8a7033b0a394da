package dev.stancekit.speakers;

/** A side and why it was chosen. */
record Evidence(String side, String reason) {

    /** The evidence {@code earlier} with {@code why} added after it ("; " between them when both are there). */
    static String joined(String earlier, String why) {
        return earlier.isBlank() ? why : earlier + "; " + why;
    }
}
