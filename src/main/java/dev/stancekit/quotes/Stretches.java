package dev.stancekit.quotes;

/**
 * Scans of a stretch of tokens (from..to-1) the reported-speech rules share: whether it holds a
 * verb, a finite verb (in or outside quote marks), quoted words, a quote mark or a subordinating
 * word. Stateless.
 */
final class Stretches {

    private Stretches() {
    }

    /**
     * Whether a subordinating word ("if", "whether", "what", "because", "that") stands between
     * tokens {@code from} and {@code to}: a verb of saying after it is part of the content.
     */
    static boolean subordinate(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            String p = d.tok[k].pos();
            if (d.quoteOf[k] < 0 && ("IN".equals(p) && !"of".equalsIgnoreCase(d.word(k)) || p.startsWith("W"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold quoted words ("called it “x”, and said ..."). */
    static boolean quotedBefore(Doc d, int from, int to) {
        for (int j = from; j < to; j++) {
            if (d.quoteOf[j] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a word tagged PERSON. */
    static boolean namesPerson(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("PERSON".equals(d.tok[k].ner())) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold quoted words or a quote mark. */
    static boolean hasQuote(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a finite verb or quoted words. */
    static boolean finiteBefore(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.finiteVerb(d.tok[k].pos()) || d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #finiteBefore}, also counting a past tense the tagger read as a participle when it
     * follows a noun and takes an object ("The two sides held/VBN candid talks"), or a preposition
     * other than "by", or "to", right after the stretch's opening noun phrase ("A Chinese balloon floated/VBN
     * over Latin America", "The two sides committed/VBN to enhance …"); elsewhere a participle followed by a preposition or a name is a reduced
     * relative ("the men held in custody", "the deal signed Friday"). Past forms joined by "and"
     * count as one ("smeared/VBN and attacked/VBN China"), and a name the tagger knows counts as
     * an object.
     */
    static boolean clauseBefore(Doc d, int from, int to) {
        if (finiteBefore(d, from, to)) {
            return true;
        }
        for (int k = from + 1; k + 1 < to; k++) {
            String next = d.tok[k + 1].pos();
            if ("VB".equals(d.tok[k].pos()) && "have".equals(d.tok[k].lemma()) // not "that the sanctions be lifted"
                    && ("VBN".equals(next) || "VBG".equals(next)) && d.quoteOf[k] < 0
                    && (d.tok[k - 1].pos().startsWith("NN") || "PRP".equals(d.tok[k - 1].pos()))) {
                return true; // "Some in the US have/VB generalized …": a finite auxiliary the tagger took for a base form
            }
            int subject = k - 1;
            while (subject > from && d.tok[subject].pos().startsWith("RB")) {
                subject--; // "This once again exposed/VBN the …": adverbs between the subject and its verb
            }
            if (subject < k - 1 && "VBN".equals(d.tok[k].pos()) && d.quoteOf[k] < 0 && ("DT".equals(next) || "PRP$".equals(next))
                    && (d.tok[subject].pos().startsWith("NN") || "PRP".equals(d.tok[subject].pos())
                        || "DT".equals(d.tok[subject].pos()) && subject == from)) {
                return true;
            }
            if ("NN".equals(d.tok[k].pos()) && "NNS".equals(d.tok[k - 1].pos()) && d.quoteOf[k] < 0
                    && Character.isLowerCase(d.word(k).charAt(0)) && ("RB".equals(next) || "IN".equals(next) || "TO".equals(next))
                    && openingNounPhrase(d, from, k)) {
                return true; // "The attacks date/NN back to 2011": a present tense after a plural subject, read as a noun
            }
            int v = k;
            while (v + 2 < to && "VBN".equals(d.tok[v].pos()) && "CC".equals(d.tok[v + 1].pos()) && "VBN".equals(d.tok[v + 2].pos())) {
                v += 2; // "The leaders smeared/VBN and attacked/VBN China": coordinated past forms
            }
            if (v > k) {
                next = d.tok[v + 1].pos();
            }
            boolean namedObject = next.startsWith("NNP") && !"O".equals(d.tok[v + 1].ner()); // "attacked China", not "signed Friday"
            if ("VBN".equals(d.tok[k].pos()) && d.tok[k - 1].pos().startsWith("NN") && d.quoteOf[k] < 0
                    && ("DT".equals(next) || "JJ".equals(next) || "NN".equals(next) || "NNS".equals(next) || "PRP$".equals(next) || "CD".equals(next)
                    || namedObject
                    || ("IN".equals(next) && !"by".equalsIgnoreCase(d.word(v + 1)) || "TO".equals(next)) && openingNounPhrase(d, from, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens from..to-1 are only a noun phrase's words ({@link NounPhrases#npToken}), so that
     * a participle at {@code to} is the first verb after the sentence's subject.
     */
    private static boolean openingNounPhrase(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!NounPhrases.npToken(d.tok[k]) || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return to > from;
    }

    /** Whether tokens from..to-1 hold a finite verb outside quote marks (a clause of the writer's). */
    static boolean finiteOutsideQuotes(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.finiteVerb(d.tok[k].pos()) && d.quoteOf[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a verb outside quote marks (a title in marks is no clause). */
    static boolean verbOutsideQuotes(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].isVerb() && d.quoteOf[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a verb or quoted words. */
    static boolean hasVerb(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "reported from every debate this cycle, | and has been reporting on the ground": where a
     * verb phrase of the speaker's own ("and" and a finite verb with no subject) starts in the
     * content, else {@code ce}.
     */
    static int ownPredicateEnd(Doc d, int cs, int ce) {
        for (int k = cs + 1; k + 1 < ce; k++) {
            if ("and".equalsIgnoreCase(d.word(k)) && d.quoteOf[k] < 0 && Tokens.finiteVerb(d.tok[k + 1].pos())) {
                return k;
            }
        }
        return ce;
    }
}
