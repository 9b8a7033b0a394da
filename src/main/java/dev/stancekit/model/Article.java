package dev.stancekit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article, as read from the input. Made by {@link #builder()} or {@link #toBuilder()};
 * immutable.
 *
 * <ul>
 * <li>{@code id}: stable identifier used in every report: the input file's name (or the manifest id)
 *     (required)</li>
 * <li>{@code path}: where it was read from (file path, or "manifest.csv#row" for manifests); default the id</li>
 * <li>{@code title}: headline, or "" when unknown</li>
 * <li>{@code date}: publication date, or {@code null} when undated</li>
 * <li>{@code source}: outlet or site, or ""</li>
 * <li>{@code url}: URL, or ""</li>
 * <li>{@code text}: the article body after boilerplate removal; offsets in quotes refer to this text
 *     (required)</li>
 * <li>{@code hash}: hex content hash of the raw input, used for incremental runs; default the hash
 *     of the text</li>
 * <li>{@code words}: number of whitespace-separated words in the text (counted from the text when
 *     not given or negative), kept when the text is dropped ({@link #withoutText()})</li>
 * </ul>
 */
public final class Article {

    private final String id;
    private final String path;
    private final String title;
    private final LocalDate date;
    private final String source;
    private final String url;
    private final String text;
    private final String hash;
    private final int words;

    private Article(Builder b) {
        id = Objects.requireNonNull(b.id, "id");
        text = Objects.requireNonNull(b.text, "text");
        path = b.path == null ? id : b.path;
        title = b.title == null ? "" : b.title;
        date = b.date;
        source = b.source == null ? "" : b.source;
        url = b.url == null ? "" : b.url;
        hash = b.hash == null ? Hashing.sha256(text) : b.hash;
        words = b.words < 0 ? countWords(text) : b.words;
    }

    public String id() {
        return id;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return date;
    }

    public String source() {
        return source;
    }

    public String url() {
        return url;
    }

    public String text() {
        return text;
    }

    public String hash() {
        return hash;
    }

    public int words() {
        return words;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Article a && id.equals(a.id) && path.equals(a.path) && title.equals(a.title)
                && Objects.equals(date, a.date) && source.equals(a.source) && url.equals(a.url) && text.equals(a.text)
                && hash.equals(a.hash) && words == a.words;
    }

    /** The hash the record this class replaces had (31-fold of the fields from 0). */
    @Override
    public int hashCode() {
        int h = id.hashCode();
        for (Object v : new Object[] {path, title, date, source, url, text, hash}) {
            h = 31 * h + Objects.hashCode(v);
        }
        return 31 * h + Integer.hashCode(words);
    }

    @Override
    public String toString() {
        return "Article[id=" + id + ", path=" + path + ", title=" + title + ", date=" + date + ", source=" + source
                + ", url=" + url + ", text=" + text + ", hash=" + hash + ", words=" + words + "]";
    }

    /** An article with only an id and a text; the rest is unknown. */
    public static Article of(String id, String text) {
        return builder().id(id).text(text).build();
    }

    /** A builder with no values set: the id and the text are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values, to change some of them. */
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

    /** Builds an {@link Article} by named values instead of nine positional ones. Not thread-safe. */
    public static final class Builder {
        private String id, path, title, source, url, text, hash;
        private LocalDate date;
        private int words = -1;

        private Builder() {
        }

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
            return new Article(this);
        }
    }
}
