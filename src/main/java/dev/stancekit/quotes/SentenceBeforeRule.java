package dev.stancekit.quotes;

/**
 * A quote that is a sentence of its own, right after a sentence of the same paragraph that ends
 * in a verb of saying with at most a short object or adverbial after it: {@code Sen. Ann Lee
 * (R-Ohio), who has made the issue her own, tweeted a warning. “Remember in November.”} The
 * speaker is the subject of that verb. A verb that reports only quoted words may have a long
 * object: {@code Clinton touted her credentials as an original co-sponsor of the bill. “We need
 * …”}. A sentence before that holds a quote is left to the continuation of its speaker.
 */
final class SentenceBeforeRule implements MarkRule {

    private final ReportedSpeechFinder finder;
    private final MentionFinder mentions;
    private final int maxAfter;

    SentenceBeforeRule(ReportedSpeechFinder finder, MentionFinder mentions, int maxAfter) {
        this.finder = finder;
        this.mentions = mentions;
        this.maxAfter = maxAfter;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        if (open >= d.tok.length || !Tokens.markOpensSentence(d, q) || !endsSentence(d, q)) {
            return null;
        }
        int prev = d.sentOf[open] - 1;
        if (prev < 0 || d.sentStart[d.sentOf[open]] != open && !d.isQuoteToken(d.sentStart[d.sentOf[open]])) {
            return null;
        }
        int first = d.sentStart[prev];
        int end = d.sentEnd[prev];
        if (end <= first || d.tok[first].begin() < q.paraStart()) {
            return null;
        }
        for (int k = first; k < end; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return null; // "“A,” she said. “B.”" continues the quote before
            }
        }
        for (int k = end - 1; k >= first; k--) {
            String p = d.tok[k].pos();
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || ",".equals(d.word(k)) || ":".equals(d.word(k))
                    || p.startsWith("W") || "that".equalsIgnoreCase(d.word(k))) {
                return null;
            }
            Lexicon.Cue cue = finder.cueAt(d, k, end);
            boolean far = k < end - 1 - maxAfter - 1;
            if (far && (cue == null ? Tokens.finiteVerb(p) : cue.complement() != Lexicon.Complement.QUOTE)) {
                return null; // only a verb that waits for quoted words may have a long object before the quote
            }
            if (cue == null) {
                if (Tokens.finiteVerb(p) || "PRP".equals(p) || "VBG".equals(p) || "TO".equals(p)) {
                    return null; // "X said he would go." reports something else
                }
                continue;
            }
            if (!Tokens.finiteVerb(p) && !"VBN".equals(p)) {
                return null;
            }
            int[] subj = mentions.left(d, k, first);
            if (subj == null) {
                return null;
            }
            return new Attribution(k, d.span(k, k + cue.length() - 1), Lexicon.Complement.ANY,
                    subj[0], subj[1], q.start(), q.end(), false, -1, -1);
        }
        return null;
    }

    /** Whether the quote ends its sentence: only punctuation between the closing mark and the sentence end. */
    private static boolean endsSentence(Doc d, QuoteMarks.Marked q) {
        if (q.end() > q.start() && ".!?".indexOf(d.text.charAt(q.end() - 1)) >= 0) {
            int i = q.close();
            while (i < q.paraEnd() && "\"'`”’» \t".indexOf(d.text.charAt(i)) >= 0) {
                i++;
            }
            return i >= q.paraEnd() || Character.isUpperCase(d.text.charAt(i)) || "\"“‘'".indexOf(d.text.charAt(i)) >= 0;
        }
        int i = q.close();
        while (i < q.paraEnd() && "\"'`”’» \t".indexOf(d.text.charAt(i)) >= 0) {
            i++;
        }
        return i >= q.paraEnd() || ".!?".indexOf(d.text.charAt(i)) >= 0;
    }
}
