package dev.stancekit.quotes;

/**
 * The subject of a clause found from its verbs: of its first full verb, or of its copula when it
 * has no other ("Obama has been on the sidelines"). Stateless and thread-safe.
 */
final class ClauseSubjects {

    private final Lexicon lex;
    private final LeftSubjects leftSubjects;

    ClauseSubjects(Lexicon lex, LeftSubjects leftSubjects) {
        this.lex = lex;
        this.leftSubjects = leftSubjects;
    }

    /**
     * The subject of the main clause between {@code from} and {@code to}: of its first full verb
     * after an opening subordinate clause or prepositional phrase closed by a comma, else of the
     * first full verb from {@code from} on; or null.
     */
    int[] clauseSubject(Doc d, int from, int to) {
        while (from + 1 < to && "CC".equals(d.tok[from].pos())) {
            from++; // "But the head of the delegation appeared …, emphasising that …"
        }
        int main = afterOpeningPhrase(d, from, to);
        int[] subj = main > from ? firstVerbSubject(d, main, to) : null;
        // "When Rubio did take Trump on, he did it sideways, …": no full verb after the opening clause
        return subj != null ? subj : firstVerbSubject(d, from, to);
    }

    /**
     * The auxiliary of a negated verb ("did not answer", "hasn't replied"), whose subject is the
     * clause's: a negated verb of saying finds none of its own; else {@code v}.
     */
    private int negatedAuxiliary(Doc d, int v, int from) {
        int w = v - 1;
        boolean not = false;
        while (w > from && d.tok[w].pos().startsWith("RB")) {
            not |= lex.isExactly(d.lower(w), Lexicon.WordType.NEGATION);
            w--;
        }
        return not && d.tok[w].isVerb() && Insertions.auxiliary(lex, d.tok[w].lemma()) ? w : v;
    }

    /** The subject of the first full verb between {@code from} and {@code to}, or null. */
    private int[] firstVerbSubject(Doc d, int from, int to) {
        for (int v = from; v < to; v++) {
            if (d.tok[v].isVerb() && d.quoteOf[v] < 0 && !Insertions.auxiliary(lex, d.tok[v].lemma())) {
                if (v == from && ("VBN".equals(d.tok[v].pos()) || "VBG".equals(d.tok[v].pos()))) {
                    // "Asked whether …, Lin did not answer, saying …": the clause after the opening participle
                    int comma = v + 1;
                    while (comma < to && !(",".equals(d.word(comma)) && d.quoteOf[comma] < 0)) {
                        comma++;
                    }
                    for (int f = comma + 2; f < to; f++) {
                        if (Tokens.finiteVerb(d.tok[f].pos()) && d.quoteOf[f] < 0) {
                            return leftSubjects.openingSubject(d, f, comma + 1, false);
                        }
                    }
                    return null;
                }
                int be = copulaBeforeInfinitive(d, v, from);
                return v > from ? leftSubjects.openingSubject(d, be >= 0 ? be : negatedAuxiliary(d, v, from), from, false) : null;
            }
        }
        // "The ministry did not reply, saying …" with "reply" tagged a noun: the auxiliary's subject
        for (int v = from + 1; v + 1 < to; v++) {
            if (Tokens.finiteVerb(d.tok[v].pos()) && d.quoteOf[v] < 0 && Insertions.auxiliary(lex, d.tok[v].lemma())
                    && lex.isExactly(d.lower(v + 1), Lexicon.WordType.NEGATION)) {
                return leftSubjects.openingSubject(d, v, from, false);
            }
        }
        return null;
    }

    /** Most adjectives and adverbs between a form of "be" and the "to" of its infinitive ("was not so quick to"). */
    private static final int MAX_ADJECTIVE_WORDS = 3;

    /**
     * "The ministry was quick to react": the finite form of "be" whose adjective takes the
     * infinitive at {@code v}, whose subject is the clause's; -1 when "to" and an adjective do not
     * stand before it.
     */
    private static int copulaBeforeInfinitive(Doc d, int v, int from) {
        if (v - 3 < from || !"TO".equals(d.tok[v - 1].pos()) || !d.tok[v - 2].pos().startsWith("JJ")) {
            return -1;
        }
        for (int w = v - 3; w >= from && w >= v - 2 - MAX_ADJECTIVE_WORDS; w--) {
            if (Tokens.finiteVerb(d.tok[w].pos()) && "be".equals(d.tok[w].lemma()) && d.quoteOf[w] < 0) {
                return w;
            }
            if (!(d.tok[w].pos().startsWith("RB") || d.tok[w].pos().startsWith("JJ"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first token after an opening subordinate clause or prepositional phrase closed by a
     * comma ("When the family moved back, his mother refused …", "In a letter released Monday,
     * Sanders rips …"), or {@code from} when the clause opens otherwise.
     */
    private int afterOpeningPhrase(Doc d, int from, int to) {
        if (!Insertions.subordinator(lex, d.word(from)) && !"IN".equals(d.tok[from].pos())
                && !"WRB".equals(d.tok[from].pos())) {
            return from;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (",".equals(d.word(k)) && d.quoteOf[k] < 0) {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * The subject of a clause between {@code from} and {@code to} whose only verbs are forms of
     * "be" or "have" ("Obama has been on the sidelines", "Trump had the air of a winner"): the
     * subject of the first of them, or null.
     */
    int[] copulaSubject(Doc d, int from, int to) {
        for (int v = from; v < to; v++) {
            if (d.tok[v].isVerb() && d.quoteOf[v] < 0 && !Insertions.auxiliary(lex, d.tok[v].lemma())) {
                return null;
            }
        }
        for (int v = from + 1; v < to; v++) {
            if (Tokens.finiteVerb(d.tok[v].pos()) && d.quoteOf[v] < 0) {
                return leftSubjects.openingSubject(d, v, from, false);
            }
        }
        return null;
    }
}
