package dev.stancekit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article, as read from the input. Immutable.
 *
 * @param id      stable identifier used in every report: the input file's name (or the manifest id)
 * @param path    where it was read from (file path, or "manifest.csv#row" for manifests)
 * @param title   headline, or "" when unknown
 * @param date    publication date, or {@code null} when undated
 * @param source  outlet or site, or ""
 * @param url     URL, or ""
 * @param text    the article body after boilerplate removal; offsets in quotes refer to this text
 * @param hash    hex content hash of the raw input, used for incremental runs
 * @param words   number of whitespace-separated words in the text (counted from the text when
 *                given as a negative number), kept when the text is dropped ({@link #withoutText()})
 */
public record Article(String id, String path, String title, LocalDate date, String source,
                      String url, String text, String hash, int words) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        path = path == null ? id : path;
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        hash = hash == null ? Hashing.sha256(text) : hash;
        words = words < 0 ? countWords(text) : words;
    }

    /** An article with only an id and a text; the rest is unknown. */
    public static Article of(String id, String text) {
        return builder().id(id).text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).path(path).title(title).date(date).source(source).url(url)
                .text(text).hash(hash).words(words);
    }

    /**
     * The same article without its text (word count, hash and the rest kept), for holding many
     * articles' details after their analysis without holding the corpus in memory.
     */
    public Article withoutText() {
        return toBuilder().text("").build();
    }

    private static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            n += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return n;
    }

    public static final class Builder {
        private String id, path, title, source, url, text, hash;
        private LocalDate date;
        private int words = -1;

        public Builder id(String v) { id = v; return this; }
        public Builder path(String v) { path = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder hash(String v) { hash = v; return this; }
        /** The word count; by default it is counted from the text. */
        public Builder words(int v) { words = v; return this; }

        public Article build() {
            return new Article(id, path, title, date, source, url, text, hash, words);
        }
    }
}
