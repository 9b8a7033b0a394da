package dev.stancekit.quotes;

/**
 * The subject of a verb of saying coordinated with verb phrases before it ("He met the envoy and
 * later said", "The mayor praised A, criticised B and said"): {@link LeftSubjects#left} asks for it
 * when a verb conjunction stands before the cue, and this asks {@link LeftSubjects} back for the
 * subject of a verb before the conjunction. Stateless and thread-safe.
 */
final class CoordinatedPredicates {

    private final Lexicon lex;
    private final LeftSubjects subjects;

    CoordinatedPredicates(Lexicon lex, LeftSubjects subjects) {
        this.lex = lex;
        this.subjects = subjects;
    }

    /**
     * The subject of the verb phrases coordinated with the cue: "He met the envoy and later said",
     * "The judge delayed a ruling but said", "The mayor praised A, criticised B and said" (each
     * verb phrase after a comma is walked over to the one before it).
     */
    int[] subject(Doc d, int conj, int sentFirst) {
        boolean reported = false;
        boolean plainAnd = "and".equalsIgnoreCase(d.word(conj)) && !",".equals(d.word(conj - 1));
        for (int k = sentFirst; k < conj && !plainAnd; k++) {
            if (reported && Tokens.finiteVerb(d.tok[k].pos()) && !",".equals(d.word(k - 1))) {
                // "X said A remains open, but stressed B": the verb is in reported content; the
                // report before decides (see ReportedSpeechFinder)
                return null;
            }
            reported |= d.tok[k].isVerb() && !lex.cues(d.tok[k].lemma()).isEmpty();
        }
        int end = conj;
        for (int phrases = 0; phrases <= LeftSubjects.MAX_INSERTIONS; phrases++) {
            int start = end - 1;
            while (start > sentFirst && !",".equals(d.word(start - 1))) {
                start--;
            }
            // the finite verb nearest before the conjunction: "when he brought up the bombing and later said"
            for (int v = end - 1; v > start; v--) {
                if (Tokens.finiteVerb(d.tok[v].pos()) && d.quoteOf[v] < 0 && !Insertions.auxiliary(lex, d.tok[v].lemma())) {
                    // "Her campaign announced A and said B": any noun phrase opening the clause
                    int[] subj = clauseAfterCue(d, conj) ? subjects.openingSubject(d, v, sentFirst, true) : subjects.left(d, v, sentFirst);
                    if (subj != null && Tokens.freeRelative(lex, d, subj[0] - 1, sentFirst)) {
                        continue; // "urged A to stop what it called “B” and warned": the verb of "what it called" is no subject's
                    }
                    if (subj != null) {
                        return subj;
                    }
                }
            }
            if (start - 1 > sentFirst && Tokens.finiteVerb(d.tok[start].pos()) && d.quoteOf[start] < 0) {
                int[] subj = phrases == 0 ? subjects.left(d, start, sentFirst) : null;
                if (subj != null && !Stretches.finiteBefore(d, sentFirst, subj[0])) { // not "X thanked his counterpart, Y, praised …"
                    return subj; // "Rep. Ann Ode (Ill.), threw support behind it but said": the subject over the insertion
                }
                end = start - 1; // ", criticised the budget and said": the phrase before the comma
                continue;
            }
            for (int v = start; v < end; v++) {
                if (d.tok[v].isVerb() && d.quoteOf[v] < 0 && !Insertions.auxiliary(lex, d.tok[v].lemma())) {
                    return v > start ? subjects.left(d, v, sentFirst) : null;
                }
            }
            if (start - 1 <= sentFirst) {
                return null;
            }
            end = start - 1; // 'blamed it on a “disturbed person,” not on his religion, and said': a phrase with no verb
        }
        return null;
    }

    /** Whether a finite verb follows the verb of saying after the conjunction at {@code conj} ("and said he would …"). */
    private static boolean clauseAfterCue(Doc d, int conj) {
        int b = d.sentEnd[d.sentOf[conj]];
        int v = Tokens.afterAdverbs(d, conj + 1, b);
        return Stretches.finiteOutsideQuotes(d, v + 1, b);
    }
}
