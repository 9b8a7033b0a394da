package dev.stancekit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes for incremental runs and duplicate detection. */
public final class Hashing {
    private Hashing() {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key under which two articles count as duplicates though their bytes differ: the hash of
     * the text with white space folded. The CLI's reader and the Spark job use the same key.
     */
    public static String textKey(String text) {
        return "text:" + sha256(text.replaceAll("\\s+", " ").strip());
    }
}
