package dev.stancekit.quotes;

/**
 * Looser subjects left of a cue, for verbs that report speech whatever their subject: any noun
 * phrase, number or share ("his campaign said", "42% say"). Stateless and thread-safe.
 */
final class LooseSubjects {

    private final Lexicon lex;
    private final NounPhrases phrases;
    private final Insertions insertions;
    private final RelativeClauses relatives;

    LooseSubjects(Lexicon lex, NounPhrases phrases, Insertions insertions, RelativeClauses relatives) {
        this.lex = lex;
        this.phrases = phrases;
        this.insertions = insertions;
        this.relatives = relatives;
    }

    /**
     * A looser subject for a verb that reports speech whatever its subject: any noun phrase,
     * number or share right before the cue ("his campaign said", "42% say", "one in four said",
     * "the filing alleges"), and for a relative clause the noun phrase it hangs on ("Ted Cruz, who
     * said", "voters who said"). Null when none.
     */
    int[] leftAny(Doc d, int cue, int sentFirst) {
        int i = insertions.beforeCue(d, cue, sentFirst);
        if (i < sentFirst || d.quoteOf[i] >= 0) {
            return null;
        }
        if (relatives.relativeBefore(d, cue, sentFirst) == i) {
            int j = i - 1;
            if (j >= sentFirst && ",".equals(d.word(j))) {
                j--;
                if (j - 1 >= sentFirst && "RB".equals(d.tok[j].pos()) && d.tok[j - 1].pos().startsWith("NN")) {
                    j--; // "remarks by the Pentagon press secretary recently, who said": an adverb on the phrase
                }
            }
            if (j < sentFirst) {
                return null;
            }
            int[] np = phrases.nounPhrase(d, j, sentFirst); // "fire from Mayor Ortiz, who said": any role in its clause
            if (np != null && "who".equalsIgnoreCase(d.word(i)) && timeOnly(d, np) && np[0] - 2 >= sentFirst
                    && "IN".equals(d.tok[np[0] - 1].pos())) {
                // "by spokeswoman Ann Ode on Thursday, who said", "experts on Wednesday who described"
                np = phrases.nounPhrase(d, np[0] - 2, sentFirst);
            }
            if (np == null) {
                return null;
            }
            String head = d.tok[NounPhrases.headOf(d, np)].pos();
            return phrases.plausible(d, np) || head.startsWith("NN") || "CD".equals(head) ? np : null;
        }
        if (",".equals(d.word(i))) {
            // "six newspapers in the state, including the Times, said": skip the insertion
            int j = i - 1;
            while (j >= sentFirst && !",".equals(d.word(j)) && d.quoteOf[j] < 0) {
                j--;
            }
            if (j < sentFirst || !",".equals(d.word(j)) || !insertions.parenthetical(d, j + 1, i)) {
                return null;
            }
            i = Insertions.skipBracket(d, j - 1, sentFirst);
        }
        int[] np = looseNounPhrase(d, i, sentFirst, "VBG".equals(d.tok[cue].pos()));
        if (np == null && "VBN".equals(d.tok[i].pos()) && i - 1 >= sentFirst
                && lex.is(d.word(i - 1), Lexicon.WordType.DEMONSTRATIVE_HEAD) && Insertions.opensClause(d, i - 1, sentFirst)) {
            np = new int[] {i - 1, i}; // "those surveyed say", "many polled said"
        }
        if (np == null && (lex.is(d.word(i), Lexicon.WordType.QUANTIFIER) || "CD".equals(d.tok[i].pos()))) {
            int q = i; // "Some say", "one said", "while another says", "one in five say"
            if ("CD".equals(d.tok[i].pos()) && i - 2 >= sentFirst && "in".equalsIgnoreCase(d.word(i - 1))
                    && "CD".equals(d.tok[i - 2].pos())) {
                q = i - 2;
            }
            while (q - 1 >= sentFirst && d.tok[q - 1].pos().startsWith("RB")) {
                q--; // "About three in 10 said", "Only one said"
            }
            if (q == sentFirst || ",".equals(d.word(q - 1)) || "CC".equals(d.tok[q - 1].pos())
                    || "IN".equals(d.tok[q - 1].pos()) && Insertions.subordinator(lex, d.word(q - 1))) {
                np = new int[] {q, i};
            }
        }
        return np == null ? relatives.relativeSubject(d, i, sentFirst) : np;
    }

    /**
     * The noun phrase ending at token {@code i} when it can be a subject: headed by a noun, number
     * or pronoun and not the object of a preposition or verb; else null.
     */
    private int[] looseNounPhrase(Doc d, int i, int sentFirst, boolean participle) {
        int[] np = phrases.nounPhrase(d, i, sentFirst);
        if (np == null) {
            return null;
        }
        int p0 = np[0] - 1;
        if (p0 - 1 >= sentFirst && "IN".equals(d.tok[p0].pos())
                && !Insertions.subordinator(lex, d.word(p0))) {
            // "six newspapers in the state said", "voters in a recent poll say": the noun before
            // the prepositional phrase heads the subject
            int[] outer = phrases.nounPhrase(d, p0 - 1, sentFirst);
            if (outer != null && d.tok[outer[1]].pos().startsWith("NN")) {
                int[] whole = looseNounPhrase(d, p0 - 1, sentFirst, participle);
                return whole == null ? null : new int[] {whole[0], np[1]};
            }
        }
        String head = d.tok[NounPhrases.headOf(d, np)].pos();
        boolean ok = head.startsWith("NN") || "CD".equals(head) || "PRP".equals(head);
        int p = np[0] - 1;
        if ("CD".equals(d.tok[np[0]].pos()) && p - 1 >= sentFirst && "in".equalsIgnoreCase(d.word(p))
                && "CD".equals(d.tok[p - 1].pos())) {
            return ok ? new int[] {p - 1, np[1]} : null; // "(nearly) eight in 10 voters said": a share of a group
        }
        boolean object = p >= sentFirst && ("IN".equals(d.tok[p].pos())
                && !Insertions.subordinator(lex, d.word(p)) // "while other voters said"
                || "TO".equals(d.tok[p].pos()) || d.tok[p].isVerb());
        // a participle has its own subject after "with" or a verb: "with 47 percent of voters
        // saying", "left most voters saying"
        object &= !(participle && p >= sentFirst && (d.tok[p].isVerb() || lex.is(d.word(p), Lexicon.WordType.ABSOLUTE_WITH)));
        return ok && !object && !lex.is(d.word(np[0]), Lexicon.WordType.JOINT) ? np : null;
    }

    /**
     * A noun phrase right before the cue and right after a comma or closing mark ("…, the group
     * says."): the speaker of a trailing attribution whatever its head noun; else null.
     */
    int[] trailingSubject(Doc d, int cue, int sentFirst) {
        int i = insertions.skipAdverbs(d, cue - 1, sentFirst);
        int[] np = i >= sentFirst ? phrases.nounPhrase(d, i, sentFirst) : null;
        if (np == null || !NounPhrases.nounHeaded(d, np) || np[0] - 1 < sentFirst) {
            return null;
        }
        return ",".equals(d.word(np[0] - 1)) || d.isQuoteToken(np[0] - 1) ? np : null;
    }

    /** Whether the noun phrase is only a day or date ("Thursday", "May 4"): words of type time, and numbers with one. */
    private boolean timeOnly(Doc d, int[] np) {
        boolean time = false;
        for (int k = np[0]; k <= np[1]; k++) {
            boolean t = lex.is(d.word(k), Lexicon.WordType.TIME);
            if (!t && !"CD".equals(d.tok[k].pos())) {
                return false;
            }
            time |= t;
        }
        return time;
    }
}
