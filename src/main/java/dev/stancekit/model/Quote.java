package dev.stancekit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One attributed quote with everything the reports need: its speaker and side, themes and tone.
 * The rows of {@code quotes.csv}.
 *
 * @param id             stable id, {@code <article id>#<n>} with n counting from 1 in text order
 * @param article        the article id (input file name)
 * @param date           the article's date, or {@code null}
 * @param kind           direct, partial or indirect; statement or question in a briefing
 * @param text           the quoted words without quote marks
 * @param cue            the cue word that attributes it
 * @param speakerMention the words naming the speaker as written ("he", "Mr. Dong"), or ""
 * @param speaker        the resolved speaker, with side and evidence
 * @param themes         theme ids (empty ones are dropped)
 * @param tone           tone toward the other side, with cues; its score is kept to 3 decimals
 * @param start          offset of {@code text} in the article
 * @param end            offset after {@code text}
 * @param inReplyTo      in a briefing transcript, the id of the question this answer replies to;
 *                       otherwise ""
 */
public record Quote(String id, String article, LocalDate date, QuoteKind kind, String text,
                    String cue, String speakerMention, Speaker speaker, List<String> themes,
                    Tone tone, int start, int end, String inReplyTo) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        cue = cue == null ? "" : cue;
        speakerMention = speakerMention == null ? "" : speakerMention;
        speaker = speaker == null ? Speaker.NONE : speaker;
        themes = themes.stream().filter(t -> !t.isEmpty()).toList();
        tone = tone == null ? Tone.NEUTRAL : rounded(tone);
        inReplyTo = inReplyTo == null ? "" : inReplyTo;
    }

    /** A quote that replies to no question (every quote outside briefing transcripts). */
    public Quote(String id, String article, LocalDate date, QuoteKind kind, String text,
                 String cue, String speakerMention, Speaker speaker, List<String> themes,
                 Tone tone, int start, int end) {
        this(id, article, date, kind, text, cue, speakerMention, speaker, themes, tone, start, end, "");
    }

    /** The same quote replying to the given question id. */
    public Quote withInReplyTo(String questionId) {
        return new Quote(id, article, date, kind, text, cue, speakerMention, speaker, themes, tone,
                start, end, questionId);
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
