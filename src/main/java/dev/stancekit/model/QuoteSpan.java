package dev.stancekit.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A quote found by the extraction stage, with the words that name its speaker, before the
 * speaker is looked up in the registry. Made by {@link #builder}; immutable.
 *
 * <ul>
 * <li>{@code kind}: direct, partial or indirect</li>
 * <li>{@code text}: the quoted words without quote marks, from {@code start} to just before
 *     {@code end} in the article</li>
 * <li>{@code cue}: the cue word that attributes it ("said", "urged", "according to"), or ""</li>
 * <li>{@code mention}: the words in the article naming the speaker as written ("he", "Mr. Dong"),
 *     or "" when none was found; {@link #mentionAt()} where they start, when they have a place</li>
 * <li>{@code antecedent}: the fullest name the mention refers to in this article ("he" -> "Wei
 *     Fenghe", "Mr. Dong" -> "Dong Jun", "the spokesman" -> "A National Security Council
 *     spokesman"); equal to {@code mention} when it names itself</li>
 * <li>{@code mentionType}: what kind of words the mention is</li>
 * <li>{@code context}: the sentence or statement the quote belongs to, for theme fallback</li>
 * </ul>
 */
public final class QuoteSpan {

    /** What kind of words name the speaker. */
    public enum MentionType {
        /** A personal name, with or without title ("Lloyd Austin", "Mr. Dong", "Adm. Smith"). */
        NAME,
        /** A title or role alone ("the Secretary", "the minister"). */
        TITLE,
        /** A pronoun ("he", "she", "they"). */
        PRONOUN,
        /** An organisation, capital or country used for its government ("the Pentagon", "Beijing"). */
        ORGANIZATION,
        /** An unnamed person or group ("a US spokesperson", "the person", "US officials"). */
        ANONYMOUS,
        /** No speaker found. */
        NONE
    }

    private static final int NO_OFFSET = -1;

    private final QuoteKind kind;
    private final String text;
    private final int start;
    private final int end;
    private final String cue;
    private final String mention;
    private final int mentionStart;
    private final String antecedent;
    private final MentionType mentionType;
    private final String context;

    private QuoteSpan(Builder b) {
        kind = b.kind;
        text = b.text;
        start = b.start;
        end = b.end;
        cue = b.cue == null ? "" : b.cue;
        mention = b.mention == null ? "" : b.mention;
        mentionStart = b.mentionStart;
        antecedent = b.antecedent == null || b.antecedent.isBlank() ? mention : b.antecedent;
        mentionType = b.mentionType == null ? MentionType.NONE : b.mentionType;
        context = b.context == null ? text : b.context;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public QuoteKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** Offset of the text in the article. */
    public int start() {
        return start;
    }

    /** Offset after the text. */
    public int end() {
        return end;
    }

    public String cue() {
        return cue;
    }

    public String mention() {
        return mention;
    }

    public String antecedent() {
        return antecedent;
    }

    public MentionType mentionType() {
        return mentionType;
    }

    public String context() {
        return context;
    }

    /** Where the mention starts in the article, when it has a place there. */
    public OptionalInt mentionAt() {
        return mentionStart == NO_OFFSET ? OptionalInt.empty() : OptionalInt.of(mentionStart);
    }

    /** A builder holding this span's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(kind, text).span(start, end).cue(cue).antecedent(antecedent).mentionType(mentionType)
                .context(context);
        b.mention = mention;
        b.mentionStart = mentionStart;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof QuoteSpan q && kind == q.kind && text.equals(q.text) && start == q.start
                && end == q.end && cue.equals(q.cue) && mention.equals(q.mention) && mentionStart == q.mentionStart
                && antecedent.equals(q.antecedent) && mentionType == q.mentionType && context.equals(q.context);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text, start, end, cue, mention, mentionStart, antecedent, mentionType, context);
    }

    @Override
    public String toString() {
        return "QuoteSpan[kind=" + kind + ", text=" + text + ", start=" + start + ", end=" + end + ", cue=" + cue
                + ", mention=" + mention + ", mentionAt=" + mentionAt() + ", antecedent=" + antecedent
                + ", mentionType=" + mentionType + ", context=" + context + "]";
    }

    /** A builder for a span of this kind and text; everything else is optional. */
    public static Builder builder(QuoteKind kind, String text) {
        return new Builder(kind, text);
    }

    /** Builds a {@link QuoteSpan} by named values, without the {@code -1} sentinel. Not thread-safe. */
    public static final class Builder {
        private final QuoteKind kind;
        private final String text;
        private int start;
        private int end;
        private String cue = "";
        private String mention = "";
        private int mentionStart = NO_OFFSET;
        private String antecedent;
        private MentionType mentionType = MentionType.NONE;
        private String context;

        private Builder(QuoteKind kind, String text) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.text = Objects.requireNonNull(text, "text");
        }

        /** Where the text is in the article: from {@code start} to just before {@code end}. */
        public Builder span(int start, int end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public Builder cue(String v) {
            cue = v;
            return this;
        }

        /** The words naming the speaker, when they have no place in the article (or none was found). */
        public Builder mention(String words) {
            mention = words;
            mentionStart = NO_OFFSET;
            return this;
        }

        /** The words naming the speaker and where they start in the article. */
        public Builder mention(String words, int at) {
            if (at < 0) {
                throw new IllegalArgumentException("mention offset " + at + " < 0 for '" + words + "'");
            }
            mention = words;
            mentionStart = at;
            return this;
        }

        /** The fullest name the mention refers to; default: the mention itself. */
        public Builder antecedent(String v) {
            antecedent = v;
            return this;
        }

        public Builder mentionType(MentionType v) {
            mentionType = v;
            return this;
        }

        /** The sentence or statement the quote belongs to; default: the text. */
        public Builder context(String v) {
            context = v;
            return this;
        }

        public QuoteSpan build() {
            return new QuoteSpan(this);
        }
    }
}
