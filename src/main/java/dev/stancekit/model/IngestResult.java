package dev.stancekit.model;

import java.util.Objects;

/**
 * What reading one input gave: an article, or the reason there is none. Every input yields
 * exactly one result, so nothing is dropped silently; {@code articles.csv} lists them all.
 *
 * @param id      the article id (file name or manifest id)
 * @param path    where the input was found
 * @param article the article when {@code status} is OK, else {@code null}
 * @param status  ok, skipped or error
 * @param message human-readable reason for skipped/error, or a note ("duplicate of x.txt"), or ""
 */
public record IngestResult(String id, String path, Article article, Status status, String message) {

    public enum Status {
        OK, SKIPPED, ERROR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public IngestResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        path = path == null ? id : path;
        message = message == null ? "" : message;
        if (status == Status.OK && article == null) {
            throw new IllegalArgumentException("an ok result needs an article");
        }
    }

    public static IngestResult ok(Article a) {
        return new IngestResult(a.id(), a.path(), a, Status.OK, "");
    }

    public static IngestResult skipped(String id, String path, String why) {
        return new IngestResult(id, path, null, Status.SKIPPED, why);
    }

    public static IngestResult error(String id, String path, String why) {
        return new IngestResult(id, path, null, Status.ERROR, why);
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
