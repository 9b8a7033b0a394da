package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;

/**
 * A verb of saying earlier in the quote's own sentence whose content the marks lie in, though the
 * sentence-level finder gave it no content: {@code X called the plan “a gamble”}, {@code X
 * credited him for “an exciting campaign”}. The quoted words are a partial quote of the verb's
 * subject; the nearest verb before the mark wins.
 */
final class SentenceCueRule implements MarkRule {

    private final ReportedSpeechFinder finder;
    private final MentionFinder mentions;
    private final int maxDistance;

    SentenceCueRule(ReportedSpeechFinder finder, MentionFinder mentions, int maxDistance) {
        this.finder = finder;
        this.mentions = mentions;
        this.maxDistance = maxDistance;
    }

    @Override
    public QuoteKind kind() {
        return QuoteKind.PARTIAL;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        if (open >= d.tok.length) {
            return null;
        }
        int sent = d.sentOf[open];
        int first = d.sentStart[sent];
        int end = d.sentEnd[sent];
        for (int k = open - 1; k >= first && k >= open - maxDistance; k--) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                continue;
            }
            Lexicon.Cue cue = finder.cueAt(d, k, end);
            if (cue == null || !requestReaches(d, k, cue, open)) {
                continue;
            }
            int[] subj = ReportedSpeechFinder.passive(d, k, first) ? null : mentions.speakerOf(d, k, first);
            if (subj == null) {
                return null; // "The levy was branded a “wake-up call”": the subject of a passive is what was named
            }
            return new Attribution(k, d.span(k, k + cue.length() - 1), Lexicon.Complement.ANY,
                    subj[0], subj[1], q.start(), q.end(), false, -1, -1);
        }
        return null;
    }

    /**
     * Whether words in marks at token {@code open} can be what a cue at token k reports: a verb
     * that reports only a request ("appealed to X to …") reaches them only through its infinitive
     * ("implored delegates to “unite”", not "his appeal to “free college”").
     */
    static boolean requestReaches(Doc d, int k, Lexicon.Cue cue, int open) {
        if (cue.complement() != Lexicon.Complement.REQUEST) {
            return true;
        }
        for (int j = k + cue.length(); j < open; j++) {
            if (Clauses.infinitive(d, j, open + 1) || "to".equalsIgnoreCase(d.word(j)) && j + 1 == open) {
                return true;
            }
        }
        return false;
    }
}
