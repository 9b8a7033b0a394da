package dev.stancekit.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A quote found by the extraction stage, with the words that name its speaker, before the
 * speaker is looked up in the registry.
 *
 * @param kind         direct, partial or indirect
 * @param text         the quoted words without quote marks
 * @param start        offset of {@code text} in the article
 * @param end          offset after {@code text}
 * @param cue          the cue word that attributes it ("said", "urged", "according to"), or ""
 * @param mention      the words in the article naming the speaker as written ("he", "Mr. Dong"),
 *                     or "" when none was found
 * @param mentionStart offset of {@code mention} in the article, or -1 when it has none (prefer
 *                     {@link #mentionAt()}, and {@link #builder} to make one)
 * @param antecedent   the fullest name the mention refers to in this article ("he" -> "Wei
 *                     Fenghe", "Mr. Dong" -> "Dong Jun", "the spokesman" -> "A National Security
 *                     Council spokesman"); equal to {@code mention} when it names itself
 * @param mentionType  what kind of words the mention is
 * @param context      the sentence or statement the quote belongs to, for theme fallback
 */
public record QuoteSpan(QuoteKind kind, String text, int start, int end, String cue,
                        String mention, int mentionStart, String antecedent,
                        MentionType mentionType, String context) {

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

    public QuoteSpan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        cue = cue == null ? "" : cue;
        mention = mention == null ? "" : mention;
        antecedent = antecedent == null || antecedent.isBlank() ? mention : antecedent;
        mentionType = mentionType == null ? MentionType.NONE : mentionType;
        context = context == null ? text : context;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (mentionStart < NO_OFFSET) {
            throw new IllegalArgumentException("bad mention offset " + mentionStart);
        }
    }

    /** The {@code mentionStart} of a span whose mention has no place in the article. */
    public static final int NO_OFFSET = -1;

    /** Where the mention starts in the article, when it has a place there. */
    public OptionalInt mentionAt() {
        return mentionStart == NO_OFFSET ? OptionalInt.empty() : OptionalInt.of(mentionStart);
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
            return new QuoteSpan(kind, text, start, end, cue, mention, mentionStart, antecedent, mentionType, context);
        }
    }
}
