package dev.stancekit.quotes;

import java.util.Objects;

/**
 * What became of one candidate in an article: a stretch in quote marks or a sentence with a verb
 * of saying. Either it was extracted as quote number {@code quote} (1-based, as in the ids of
 * {@code quotes.csv}), or it was rejected for {@code reason}.
 *
 * @param source  {@link Source#MARKS} for text in quote marks, {@link Source#CUE} for a sentence
 *                with a verb of saying, {@link Source#TURN} for a labelled turn of a press-briefing
 *                transcript
 * @param start   offset of the candidate's text in the article
 * @param end     offset after it
 * @param text    the candidate's text
 * @param cue     the verb of saying, or ""
 * @param quote   the number of the quote it became, or 0 when rejected
 * @param reason  why it was rejected (a {@link Reason}), or null when extracted
 */
public record LedgerEntry(Source source, int start, int end, String text, String cue, int quote, Reason reason) {

    /** Where a candidate comes from. */
    public enum Source { MARKS, CUE, TURN }

    /** Why a candidate did not become a quote; each a decision the ledger can show. */
    public enum Reason {
        HEADLINE("headline, caption or link line"),
        SO_CALLED("scare quote after 'so-called'"),
        TERM("a term writers put in quote marks, not anyone's words (“Taiwan independence”)"),
        TITLE("title or name in quote marks inside a sentence, no verb of saying"),
        TITLE_AFTER_PREPOSITION("a title in capitals after a preposition or possessive (on “Meet the Press”)"),
        NAME_AFTER_NAMING_VERB("a name in capitals after a naming participle (drills dubbed “Joint Thunder”)"),
        TITLE_OF_WORK("a title in capitals after a noun naming a work (a report, “Dial Tone”)"),
        NAME_IN_REPORT("a short name in capitals inside a reported clause (designated it a “Chinese Military Company”)"),
        NAME_BEFORE_NOUN("a name in capitals between a determiner and its noun (the “Joint Thunder” drills)"),
        NICKNAME("a nickname inside a person's name (Ferdinand “Bongbong” Marcos)"),
        NO_SPEAKER("no verb of saying or speaker found for it"),
        SIGNATURE("a name line closing the quote of the paragraph before (\"A.¶Name, Org.\")"),
        NO_PREVIOUS_SPEAKER("continues a paragraph, but no earlier speaker to continue"),
        NEEDS_QUOTE("the verb reports only quoted words (e.g. 'called')"),
        NO_COMMENT("the content is a refusal to comment"),
        TOO_SHORT("reported content too short to be a statement"),
        INSIDE_QUOTE("covered by a quote already extracted"),
        RUNS_INTO_QUOTE("the reported content runs into a stretch in quote marks, which is judged on its own"),
        SPEAKER_ONLY("names the speaker of the next paragraph's quote"),
        NEGATED_CUE("a verb of saying that is negated or refused ('did not say', 'declined to say')"),
        PASSIVE_CUE("a verb of saying in the passive, with no speaker ('was said to be')"),
        UNATTRIBUTED_CUE("a verb of saying with no speaker or no content found"),
        RELAYED("relays a report whose own speaker the sentence names ('X said that …, Reuters reported')");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** A short explanation for people. */
        public String text() {
            return text;
        }
    }

    public LedgerEntry {
        Objects.requireNonNull(source, "source");
        text = text == null ? "" : text;
        cue = cue == null ? "" : cue;
        if ((quote > 0) == (reason != null)) {
            throw new IllegalArgumentException("an entry is either extracted (quote > 0) or rejected with a reason");
        }
    }

    /** Whether the candidate became a quote. */
    public boolean extracted() {
        return quote > 0;
    }
}
