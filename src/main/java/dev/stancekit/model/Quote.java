package dev.stancekit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One attributed quote with everything the reports need: its speaker and side, themes and tone.
 * The rows of {@code quotes.csv}.
 *
 * <ul>
 * <li>{@code id}: stable id, {@code <article id>#<n>} with n counting from 1 in text order</li>
 * <li>{@code article}: the article id (input file name); {@code date}: its date, or {@code null}</li>
 * <li>{@code kind}: direct, partial or indirect; statement or question in a briefing</li>
 * <li>{@code text}: the quoted words without quote marks, from {@code start} to just before
 *     {@code end} in the article; {@code cue}: the cue word that attributes it</li>
 * <li>{@code speakerMention}: the words naming the speaker as written ("he", "Mr. Dong"), or ""</li>
 * <li>{@code speaker}: the resolved speaker, with side and evidence</li>
 * <li>{@code themes}: theme ids (empty ones are dropped)</li>
 * <li>{@code tone}: tone toward the other side, with cues; its score is kept to 3 decimals</li>
 * <li>{@code inReplyTo}: in a briefing transcript, the id of the question this answer replies to;
 *     otherwise ""</li>
 * </ul>
 * Made by {@link #builder()} or {@link #toBuilder()}; immutable.
 */
public final class Quote {

    private final String id;
    private final String article;
    private final LocalDate date;
    private final QuoteKind kind;
    private final String text;
    private final String cue;
    private final String speakerMention;
    private final Speaker speaker;
    private final List<String> themes;
    private final Tone tone;
    private final int start;
    private final int end;
    private final String inReplyTo;

    private Quote(Builder b) {
        id = Objects.requireNonNull(b.id, "id");
        article = Objects.requireNonNull(b.article, "article");
        date = b.date;
        kind = Objects.requireNonNull(b.kind, "kind");
        text = Objects.requireNonNull(b.text, "text");
        cue = b.cue == null ? "" : b.cue;
        speakerMention = b.speakerMention == null ? "" : b.speakerMention;
        speaker = b.speaker == null ? Speaker.NONE : b.speaker;
        themes = b.themes.stream().filter(t -> !t.isEmpty()).toList();
        tone = b.tone == null ? Tone.NEUTRAL : rounded(b.tone);
        start = b.start;
        end = b.end;
        inReplyTo = b.inReplyTo == null ? "" : b.inReplyTo;
    }

    public String id() {
        return id;
    }

    public String article() {
        return article;
    }

    public LocalDate date() {
        return date;
    }

    public QuoteKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String cue() {
        return cue;
    }

    public String speakerMention() {
        return speakerMention;
    }

    public Speaker speaker() {
        return speaker;
    }

    public List<String> themes() {
        return themes;
    }

    public Tone tone() {
        return tone;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Quote q && id.equals(q.id) && article.equals(q.article)
                && Objects.equals(date, q.date) && kind == q.kind && text.equals(q.text) && cue.equals(q.cue)
                && speakerMention.equals(q.speakerMention) && speaker.equals(q.speaker) && themes.equals(q.themes)
                && tone.equals(q.tone) && start == q.start && end == q.end && inReplyTo.equals(q.inReplyTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, article, date, kind, text, cue, speakerMention, speaker, themes, tone, start, end,
                inReplyTo);
    }

    @Override
    public String toString() {
        return "Quote[id=" + id + ", article=" + article + ", date=" + date + ", kind=" + kind + ", text=" + text
                + ", cue=" + cue + ", speakerMention=" + speakerMention + ", speaker=" + speaker + ", themes="
                + themes + ", tone=" + tone + ", start=" + start + ", end=" + end + ", inReplyTo=" + inReplyTo + "]";
    }

    /** The same quote replying to the given question id. */
    public Quote withInReplyTo(String questionId) {
        return toBuilder().inReplyTo(questionId).build();
    }

    /** A builder with no values set: id, article, kind and text are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this quote's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).article(article).date(date).kind(kind).text(text).cue(cue)
                .speakerMention(speakerMention).speaker(speaker).themes(themes).tone(tone).span(start, end)
                .inReplyTo(inReplyTo);
    }

    /** Builds a {@link Quote} by named values instead of thirteen positional ones. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String article;
        private LocalDate date;
        private QuoteKind kind;
        private String text;
        private String cue = "";
        private String speakerMention = "";
        private Speaker speaker = Speaker.NONE;
        private List<String> themes = List.of();
        private Tone tone = Tone.NEUTRAL;
        private int start;
        private int end;
        private String inReplyTo = "";

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder article(String v) { article = v; return this; }
        /** The article's date, or {@code null} when undated (the default). */
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder kind(QuoteKind v) { kind = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder cue(String v) { cue = v; return this; }
        public Builder speakerMention(String v) { speakerMention = v; return this; }
        public Builder speaker(Speaker v) { speaker = v; return this; }
        public Builder themes(List<String> v) {
            themes = List.copyOf(Objects.requireNonNull(v, "themes"));
            return this;
        }
        public Builder tone(Tone v) { tone = v; return this; }
        public Builder inReplyTo(String v) { inReplyTo = v; return this; }

        /** Where the text is in the article: from {@code start} to just before {@code end}. */
        public Builder span(int start, int end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public Quote build() {
            return new Quote(this);
        }
    }

    /** Whether the quote counts in tone aggregates (briefing questions do not). */
    public boolean countsForTone() {
        return kind != QuoteKind.QUESTION;
    }

    /**
     * The tone to the 3 decimals every report shows, so that a quote read back from quotes.csv,
     * the result cache or a Spark row is the same quote ({@link QuoteColumns} is lossless).
     */
    private static Tone rounded(Tone t) {
        double r = Math.round(t.score() * 1000) / 1000.0;
        return r == t.score() ? t : new Tone(r, t.label(), t.cues());
    }

    /** Shorthand for {@code speaker().side()}. */
    public String side() {
        return speaker.side();
    }
}
