package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;
import java.util.Map;

/**
 * What an attribution that took no quoted stretch yields: an indirect quote of its content,
 * the speaker of the next paragraph's quote ("X said:"), or only the reason it yields no quote.
 * Stateless and thread-safe.
 */
final class UnquotedAttributions {

    /** Fewest words of the content of an indirect quote. */
    static final int MIN_INDIRECT_WORDS = 3;

    private final Lexicon lex;

    UnquotedAttributions(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The candidate of the attribution, or null; every attribution that yields no indirect quote
     * gets its reason in {@code why}.
     */
    QuoteAttacher.Candidate candidate(Doc d, Attribution a, Map<Object, LedgerEntry.Reason> why) {
        if (a.contentEnd() == a.contentStart()) {
            why.put(a, LedgerEntry.Reason.SPEAKER_ONLY);
            return a.trailing() ? null : new QuoteAttacher.Candidate(null, a.contentStart(), a.contentEnd(), a,
                    d.paragraphAt(a.contentStart()), 0);
        }
        if (a.complement() == Lexicon.Complement.QUOTE) {
            why.put(a, LedgerEntry.Reason.NEEDS_QUOTE);
            return null;
        }
        if (lex.hasNoComment(noCommentScope(d, a))) {
            why.put(a, LedgerEntry.Reason.NO_COMMENT);
            return null;
        }
        int words = QuoteAttacher.words(d.text, a.contentStart(), a.contentEnd());
        if (words < MIN_INDIRECT_WORDS && !(words == MIN_INDIRECT_WORDS - 1 && (shortNounObject(d, a) || ellipticalClause(d, a)))
                && !namedTarget(lex, d, a.cueTok(), d.tokenFrom(a.contentStart()), d.tokenFrom(a.contentEnd()))
                || demonstrativeOnly(d, a) || reciprocalOnly(d, a)) {
            why.put(a, LedgerEntry.Reason.TOO_SHORT);
            return null;
        }
        if (crossesQuote(d, a)) {
            why.put(a, LedgerEntry.Reason.RUNS_INTO_QUOTE);
            return null;
        }
        return new QuoteAttacher.Candidate(QuoteKind.INDIRECT, a.contentStart(), a.contentEnd(), a,
                d.paragraphAt(a.contentStart()), 0);
    }

    /**
     * Where a refusal to comment takes the report back: its sentence, or, for a participle after
     * a comma ("declined to comment on the report, while expressing concern about …"), only the
     * participle's own clause.
     */
    private static String noCommentScope(Doc d, Attribution a) {
        int cue = a.cueTok();
        if ("VBG".equals(d.tok[cue].pos())) {
            int k = cue - 1;
            while (k > 0 && (d.tok[k].pos().startsWith("RB") || "IN".equals(d.tok[k].pos())) && d.quoteOf[k] < 0) {
                k--;
            }
            if (k > 0 && k < cue && ",".equals(d.word(k)) && d.sentOf[k] == d.sentOf[cue]) {
                return d.text.substring(d.tok[cue].begin(), Math.max(d.tok[cue].end(), a.contentEnd()));
            }
        }
        return d.context(a.contentStart(), a.contentEnd());
    }

    /**
     * "said he would", "said she could", "said CNN had": a subject and a modal or auxiliary whose
     * verb the sentence leaves out, a whole clause in two words.
     */
    private boolean ellipticalClause(Doc d, Attribution a) {
        int k = d.tokenFrom(a.contentStart());
        if (k + 1 >= d.tok.length || d.quoteOf[k] >= 0 || d.quoteOf[k + 1] >= 0) {
            return false;
        }
        String subject = d.tok[k].pos();
        String verb = d.tok[k + 1].pos();
        return ("PRP".equals(subject) || "NNP".equals(subject))
                && ("MD".equals(verb) || Tokens.finiteVerb(verb) && Insertions.auxiliary(lex, d.tok[k + 1].lemma()));
    }

    /**
     * "rejected the allegation", "praised her effort", "denied the charges": a content of two words
     * that is a determiner or possessive and a common noun, the object a verb of saying reports.
     */
    private boolean shortNounObject(Doc d, Attribution a) {
        int k = d.tokenFrom(a.contentStart());
        if (k + 1 >= d.tok.length || d.tok[k + 1].begin() >= a.contentEnd() || d.quoteOf[k] >= 0) {
            return false;
        }
        String first = d.tok[k].pos();
        String head = d.tok[k + 1].pos();
        // a verb that takes a stand ("denied", "praised"; word type stance_verb), or a speech noun
        // ("announced his resignation"): not "described the scene", "told the truth"
        boolean stance = lex.isExactly(d.tok[a.cueTok()].lemma(), Lexicon.WordType.STANCE_VERB)
                || lex.speechNounObject(d, k, k + 2);
        // "called him divisive", "calls Clinton unqualified": a naming verb, its object and what it calls it
        boolean naming = lex.isExactly(d.tok[a.cueTok()].lemma(), Lexicon.WordType.NAMING_VERB)
                && ("PRP".equals(first) || "NNP".equals(first)) && ("JJ".equals(head) || head.startsWith("NN"));
        // "expressed strong protest", "voiced firm opposition": an adjective on a speech noun
        boolean qualified = "JJ".equals(first) && lex.speechNounObject(d, k, k + 2);
        return naming || qualified || stance && ("DT".equals(first) || "PRP$".equals(first)) && ("NN".equals(head) || "NNS".equals(head));
    }

    /** Most proper nouns of a name that is the whole content of a verb aimed at it ("Donald Trump"). */
    private static final int MAX_TARGET_NAME = 2;

    /**
     * "Clinton blasts Trump", "the senator praised Beijing": tokens [from, to) are only a name (one
     * or two proper nouns outside quote marks) after a verb of word type target_verb, aimed at
     * what it names ("denounce", "praise"; not "question" or "dismiss": "Police question Ahmed").
     */
    static boolean namedTarget(Lexicon lex, Doc d, int cue, int from, int to) {
        if (!lex.isExactly(d.tok[cue].lemma(), Lexicon.WordType.TARGET_VERB)) {
            return false;
        }
        int n = 0;
        for (int j = from; j < to && j < d.tok.length; j++, n++) {
            if (!d.tok[j].pos().startsWith("NNP") || d.quoteOf[j] >= 0) {
                return false;
            }
        }
        return n > 0 && n <= MAX_TARGET_NAME;
    }

    /**
     * "He said this in an interview with …", "Marcos said this amid tensions …": the content is a
     * demonstrative that points back to words already reported, and a phrase about when or where.
     */
    private static boolean demonstrativeOnly(Doc d, Attribution a) {
        int k = d.tokenFrom(a.contentStart());
        return k + 1 < d.tok.length && "this".equals(d.lower(k)) && "IN".equals(d.tok[k + 1].pos())
                && !"that".equals(d.lower(k + 1));
    }

    /**
     * "they playfully mocked each other at times": the content is a reciprocal pronoun and
     * adverbials, with no verb; whom the words were aimed at, not what they said.
     */
    private boolean reciprocalOnly(Doc d, Attribution a) {
        int k = d.tokenFrom(a.contentStart());
        int end = d.tokenFrom(a.contentEnd());
        if (k + 1 >= d.tok.length || !("DT".equals(d.tok[k].pos()) || "CD".equals(d.tok[k].pos()))
                || !lex.isExactly(d.lower(k + 1), Lexicon.WordType.RECIPROCAL)
                || k + 2 < end && d.tok[k + 2].pos().startsWith("NN")) {
            return false; // not "four other nights": a determiner of a noun
        }
        return !Stretches.hasVerb(d, k + 2, Math.max(k + 2, end));
    }

    /**
     * Whether the content and a stretch in quote marks overlap without one holding the other:
     * {@code He said the plan "is a gamble. We will see."} cut at the sentence end. The quote is
     * then judged on its own, and the content is no separate report.
     */
    private static boolean crossesQuote(Doc d, Attribution a) {
        for (QuoteMarks.Marked q : d.quotes) {
            boolean opensInside = q.open() >= a.contentStart() && q.open() < a.contentEnd();
            boolean closesInside = q.end() > a.contentStart() && q.end() <= a.contentEnd() + 1;
            if (opensInside != closesInside) {
                return true;
            }
            if (q.open() >= a.contentEnd()) {
                break;
            }
        }
        return false;
    }
}
