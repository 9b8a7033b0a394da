package dev.stancekit.model;

import java.util.Objects;

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
 * @param mentionStart offset of {@code mention} in the article, or -1
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
    }
}
