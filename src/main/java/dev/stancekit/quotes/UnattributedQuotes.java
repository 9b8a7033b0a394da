package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;
import java.util.List;
import java.util.Map;

/**
 * Quoted stretches that no attribution or mark rule claims: a paragraph or sentence that is only
 * a quote continues an earlier speaker, a long stretch takes the speaker of its paragraph, a
 * short one is a title or has no speaker; a quote left open at its paragraph's end takes the
 * attribution of its continuation. Stateless and thread-safe.
 */
final class UnattributedQuotes {

    /** The most tokens a signature line under a quote holds ("Dean Baker, Center for Economic Policy."). */
    private static final int SIGNATURE_TOKENS = 14;

    private final MarkRules rules;

    UnattributedQuotes(MarkRules rules) {
        this.rules = rules;
    }

    /** The candidate of the quoted stretch, or null with its reason in {@code why}. */
    QuoteAttacher.Candidate candidate(Doc d, QuoteMarks.Marked q, Map<Object, LedgerEntry.Reason> why) {
        if (signature(d, q)) {
            why.put(q, LedgerEntry.Reason.SIGNATURE);
            return null;
        }
        if (QuoteAttacher.gapIs(d.text, q.paraStart(), q.open(), " \t\u00a0")) {
            if (!q.closed() || words(d, q.start(), q.end()) * 10 >= words(d, q.paraStart(), q.paraEnd()) * 6) {
                return new QuoteAttacher.Candidate(QuoteKind.DIRECT, q.start(), q.end(), null, q.paragraph(),
                        QuoteAttacher.ANY_DISTANCE);
            } else if (words(d, q.start(), q.end()) >= rules.orphanWords()) {
                // a long quote opening its paragraph is no title: the speaker of its paragraph
                return new QuoteAttacher.Candidate(QuoteKind.DIRECT, q.start(), q.end(), null, q.paragraph(), 1);
            } else {
                why.put(q, LedgerEntry.Reason.TITLE);
                return null;
            }
        } else if (Tokens.markOpensSentence(d, q) && mostOfSentence(d, q)) {
            return new QuoteAttacher.Candidate(QuoteKind.DIRECT, q.start(), q.end(), null, q.paragraph(), 0);
        } else if (words(d, q.start(), q.end()) >= rules.orphanWords()) {
            // a long stretch of words in marks with no verb of saying: the speaker of its
            // paragraph or the one before
            return new QuoteAttacher.Candidate(QuoteKind.PARTIAL, q.start(), q.end(), null, q.paragraph(), 1);
        } else {
            why.put(q, LedgerEntry.Reason.NO_SPEAKER);
            return null;
        }
    }

    /**
     * A paragraph that closes the quote of the paragraph before without opening one and holds only
     * a name and its description, no verb ("Dean Baker, Center for Economic Policy.\""): the
     * signature some outlets print under a quote, not more of it.
     */
    private static boolean signature(Doc d, QuoteMarks.Marked q) {
        if (q.open() != q.paraStart() || q.start() != q.open() || !q.closed()) {
            return false; // not a paragraph closing a quote it did not open
        }
        int a = d.tokenFrom(q.start());
        int b = d.tokenFrom(q.end());
        if (a >= b || b - a > SIGNATURE_TOKENS || "CC".equals(d.tok[a].pos())
                || !Character.isUpperCase(d.text.charAt(q.start()))) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (d.tok[i].pos().startsWith("VB") || "MD".equals(d.tok[i].pos())) {
                return false;
            }
        }
        return true;
    }

    /** Words in [from, to) of the article text. */
    private static int words(Doc d, int from, int to) {
        return QuoteAttacher.words(d.text, from, to);
    }

    /**
     * A quote left open at its paragraph's end continues in the next paragraph; when it has no
     * attribution of its own it takes the one of its continuation (“A.¶“B,” he said.).
     */
    static void attributeOpenQuotesForward(Doc d, List<QuoteAttacher.Candidate> out) {
        for (int k = out.size() - 2; k >= 0; k--) {
            QuoteAttacher.Candidate c = out.get(k);
            QuoteAttacher.Candidate next = out.get(k + 1);
            if (c.att() == null && next.att() != null && next.paragraph() == c.paragraph() + 1
                    && !closedAt(d, c.end()) && next.kind() == QuoteKind.DIRECT) {
                out.set(k, new QuoteAttacher.Candidate(c.kind(), c.start(), c.end(), next.att(), c.paragraph(), 0));
            }
        }
    }

    /** Whether a closing quote mark follows the quoted text ending at {@code end}. */
    private static boolean closedAt(Doc d, int end) {
        return end < d.text.length() && "\"'`”’»›“".indexOf(d.text.charAt(end)) >= 0;
    }

    /** Whether the quote holds most words of the sentence it opens (not “Title” and more words). */
    private static boolean mostOfSentence(Doc d, QuoteMarks.Marked q) {
        int t = d.tokenFrom(q.close() - 1); // the closing mark, not the token after it
        int end = t < d.tok.length ? Math.min(q.paraEnd(), d.tok[d.sentEnd[d.sentOf[t]] - 1].end()) : q.paraEnd();
        end = Math.max(end, q.close());
        if (q.end() > q.start() && ".!?".indexOf(d.text.charAt(q.end() - 1)) >= 0) {
            end = q.close(); // "''We are not terrorists.'' Mr. Zahed said: …": a sentence of its own the splitter ran on
        }
        return words(d, q.start(), q.end()) * 10 >= words(d, q.open(), end) * 6;
    }
}
