package dev.stancekit.quotes;

/**
 * Clauses of time, contrast and reason around reported content: where one cuts a content off
 * ("accused Washington of double standards | after Trump announced …") and when a content is
 * nothing but one ("“…,” Xi said as he met Biden"). Stateless.
 */
final class SubordinateClauses {

    /** The longest object between a verb of saying and its "that" ("told the visiting senators that"). */
    private static final int MAX_OBJECT = 4;

    private SubordinateClauses() {
    }

    /**
     * The end of a content without a clause of its own ("accused Washington of double standards
     * after Trump announced …"): a word opening a clause of time or contrast, followed by its
     * subject and verb, is the writer's, not the speaker's (on PolNeAR train also after a
     * to-infinitive). Such words are of type {@code writer_clause}; a clause of reason ("as",
     * "because", "since") may be the speaker's own reasoning ("urged them to reduce tensions as it
     * is affecting the region"). Returns {@code ce} when none stands inside the content.
     */
    static int subordinateEnd(Doc d, Lexicon lex, int cs, int ce) {
        for (int k = cs + 2; k + 2 < ce; k++) {
            // after a noun object with no verb, a clause of time is the writer's ("reiterated its
            // commitment to Taiwan as China extends its drills")
            boolean writer = lex.is(d.word(k), Lexicon.WordType.WRITER_CLAUSE)
                    || lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE) && !Stretches.verbOutsideQuotes(d, cs, k);
            if (writer && opensSubordinate(d, k, ce) && Clauses.clauseFollows(d, k + 1, ce, 0)
                    && !thatAfter(d, k, ce)) {
                int e = k;
                // "minutes before …", "even as …", "not least because …": the words that modify the clause go with it
                while (e - 1 > cs && d.quoteOf[e - 1] < 0 && (d.tok[e - 1].pos().startsWith("RB")
                        || "JJS".equals(d.tok[e - 1].pos()) || "NNS".equals(d.tok[e - 1].pos()) && "CD".equals(d.tok[e - 2].pos())
                        || "NNS".equals(d.tok[e - 1].pos()) && lex.is(d.word(e - 1), Lexicon.WordType.TIME))) {
                    e--;
                }
                return e > cs + 1 && ",".equals(d.word(e - 1)) ? e - 1 : e;
            }
        }
        return ce;
    }

    /**
     * Whether a content starts with a clause of time or reason and holds nothing after it but
     * perhaps a participle ("said as he met Biden, acknowledging …", "said after meeting Thursday
     * with aides"): the time of the report, not its content. "said while the talks were useful,
     * differences remain" holds a main clause after the comma. The clause opens with a word of
     * type {@code time_clause}.
     */
    static boolean subordinateOnly(Doc d, Lexicon lex, int cs, int ce) {
        if (cs + 2 >= ce || d.quoteOf[cs] >= 0 || !lex.is(d.word(cs), Lexicon.WordType.TIME_CLAUSE) || !opensSubordinate(d, cs, ce)
                || !("VBG".equals(d.tok[cs + 1].pos()) || Clauses.clauseFollows(d, cs + 1, ce, 0))) {
            return false; // "described it as a mission to …" is no clause
        }
        // "said while the talks were useful, gaps remain": a clause of its own, then the main clause after its comma
        boolean ownClause = Clauses.clauseFollows(d, cs + 1, ce, 0);
        for (int k = cs + 2; k + 1 < ce; k++) {
            if (",".equals(d.word(k)) && d.quoteOf[k] < 0 && Clauses.clauseFollows(d, k + 1, ce, 0)) {
                return false;
            }
            if (Tokens.finiteVerb(d.tok[k].pos()) && !ownClause) {
                break;
            }
            if (lex.is(d.word(k), Lexicon.WordType.ARTICLE) && d.tok[k - 1].pos().startsWith("NN")) {
                return false; // "said after the meeting the two sides agreed …": a phrase of time, then the content
            }
        }
        return true;
    }

    /**
     * Whether a content before its speaker is only the setting of the report, with no main clause
     * of its own: a clause of time or contrast ("While the talks were useful, she said, …"), or a
     * phrase whose noun carries such a clause or a relative one ("In the spring after the scandal
     * broke, she proclaimed …", "On the day that the footage emerged, he said …"). The clause opens
     * with a word of type {@code time_clause} or {@code writer_clause}; after a comma only a
     * relative clause, a participle or another such clause may follow ("While the talks were
     * useful, differences remain, she said" is content).
     */
    static boolean frontedOnly(Doc d, Lexicon lex, int cs, int ce) {
        if (cs + 2 >= ce || !opensSubordinate(d, cs, ce)) {
            return false;
        }
        int verb = cs + 1;
        while (verb < ce && !(d.quoteOf[verb] < 0 && Tokens.finiteVerb(d.tok[verb].pos()))) {
            verb++;
        }
        if (verb >= ce) {
            return false; // "In the early 1990s, she said, …": a phrase the content goes on after
        }
        boolean opener = clauseWord(d, lex, cs);
        boolean subordinate = opener && Clauses.clauseFollows(d, cs + 1, ce, 0);
        if (!opener && Stretches.finiteOutsideQuotes(d, verb + 1, ce)) {
            return false; // "In the long run, the policies demonstrating that Taiwan is … would win …": the main verb after
        }
        for (int j = cs + 1; j < verb && !subordinate; j++) {
            subordinate = d.quoteOf[j] < 0 && ("WDT".equals(d.tok[j].pos()) || Tokens.complementizer(d, j)
                    || clauseWord(d, lex, j) && opensSubordinate(d, j, ce));
        }
        for (int k = verb + 1; subordinate && k + 1 < ce; k++) {
            String next = d.tok[k + 1].pos();
            if (",".equals(d.word(k)) && d.quoteOf[k] < 0 && !next.startsWith("W") && !"VBG".equals(next)
                    && !clauseWord(d, lex, k + 1)) {
                return false; // "While the pay is low, that is cause for celebration": the main clause after the comma
            }
        }
        return subordinate;
    }

    private static boolean clauseWord(Doc d, Lexicon lex, int k) {
        return lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE) || lex.is(d.word(k), Lexicon.WordType.WRITER_CLAUSE);
    }

    /** Most tokens before the word opening a sentence's first clause ("Three years after", "Just days before"). */
    private static final int MAX_CLAUSE_LEAD = 3;

    /**
     * The end of a content whose verb of saying stands in a clause of time or contrast that opens
     * the sentence ("When Lee announced the layoffs, | some workers felt betrayed", "Although critics
     * have blasted the plan, | it …"): the comma before the main clause. Returns {@code ce} when the
     * sentence opens otherwise or no comma before a clause follows.
     */
    static int openingClauseEnd(Doc d, Lexicon lex, int a, int cue, int cs, int ce) {
        int k = a;
        while (k < cue && k - a < MAX_CLAUSE_LEAD && !opener(d, lex, k, cue)) {
            if (!(d.tok[k].pos().startsWith("RB") || "CD".equals(d.tok[k].pos()) || "NNS".equals(d.tok[k].pos())
                    || "DT".equals(d.tok[k].pos()))) {
                return ce;
            }
            k++;
        }
        if (k >= cue || !opener(d, lex, k, cue) || cs >= ce || "IN".equals(d.tok[cs].pos()) || ",".equals(d.word(cs))) {
            return ce; // "As the Secretary said in Manila, our commitments are ironclad": the main clause is the content
        }
        for (int j = k + 1; j < cue; j++) {
            if (",".equals(d.word(j)) && d.quoteOf[j] < 0 && Clauses.clauseFollows(d, j + 1, cue + 1, 0)) {
                return ce; // "When the ship docked, the admiral said …": the verb is in the main clause
            }
        }
        for (int j = cs + 1; j + 2 < ce; j++) {
            if (",".equals(d.word(j)) && d.quoteOf[j] < 0 && Clauses.clauseFollows(d, j + 1, ce, 0)) {
                return j;
            }
        }
        return ce;
    }

    /** Whether token k opens a clause of time or contrast (word type writer_clause or time_clause, not "as many as"). */
    private static boolean opener(Doc d, Lexicon lex, int k, int ce) {
        return (lex.is(d.word(k), Lexicon.WordType.WRITER_CLAUSE) || lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE))
                && opensSubordinate(d, k, ce);
    }

    /**
     * The end of a content that runs into another report in a clause of time or contrast ("said the
     * US was imposing a blockade | after Nvidia said it was told to stop …"): the clause is the
     * writer's, and its verb of saying gets its own report. Returns {@code ce} when none.
     */
    static int reportClauseEnd(Doc d, Lexicon lex, int cs, int ce) {
        for (int k = cs + 2; k + 3 < ce; k++) {
            if ("MD".equals(d.tok[k].pos())) {
                return ce; // "it would resume talks when Washington says it is ready": a condition of the speaker's
            }
            if (opener(d, lex, k, ce) && reportFollows(d, lex, k + 1, ce)) {
                return ",".equals(d.word(k - 1)) ? k - 1 : k;
            }
        }
        return ce;
    }

    /** Whether a subject and a verb of saying in the past tense followed by more words start at token k. */
    private static boolean reportFollows(Doc d, Lexicon lex, int k, int ce) {
        int j = "PRP".equals(d.tok[k].pos()) ? k + 1 : Clauses.nounPhraseEnd(d, k, ce);
        if (j < 0) {
            return false;
        }
        j = Tokens.afterAdverbs(d, j, ce);
        if (j + 1 >= ce || !"VBD".equals(d.tok[j].pos()) || d.quoteOf[j] >= 0 || lex.cueAt(d, j, ce) == null) {
            return false;
        }
        // its own content is a clause ("said it was told …", "told reporters that …"), not an
        // object ("when he announced the steps")
        if (Clauses.clauseFollows(d, j + 1, ce, 0) || Clauses.clauseFollows(d, afterPhrase(d, j + 1, ce), ce, 0)) {
            return true; // "said it was told …", "said on Thursday it was told …"
        }
        for (int t = j + 1; t < ce && t <= j + MAX_OBJECT + 1; t++) {
            if (Tokens.complementizer(d, t)) {
                return true;
            }
        }
        // "after Manila accused China's coast guard of pointing …", "after Rome urged Paris to act":
        // an object, then "of" or "for" and a gerund, or "to" and a verb
        int np = Clauses.nounPhraseEnd(d, j + 1, ce);
        if (np > 0 && np + 1 < ce && d.quoteOf[np] < 0 && ((("of".equalsIgnoreCase(d.word(np)) || "for".equalsIgnoreCase(d.word(np)))
                && "VBG".equals(d.tok[np + 1].pos())) || "TO".equals(d.tok[np].pos()) && "VB".equals(d.tok[np + 1].pos()))) {
            return true;
        }
        // "as it said the vessels “interfered with …”": a clause whose verb is in quote marks
        return np > 0 && np < ce && (d.isQuoteToken(np) || d.quoteOf[np] >= 0) && d.tok[np - 1].pos().startsWith("NN");
    }

    /** The token after a short prepositional phrase at k ("on Thursday"), or k when none opens there. */
    private static int afterPhrase(Doc d, int k, int ce) {
        if (k >= ce || !"IN".equals(d.tok[k].pos()) || "that".equalsIgnoreCase(d.word(k))) {
            return k;
        }
        int j = k + 1;
        while (j < ce && j <= k + MAX_OBJECT && d.quoteOf[j] < 0 && ("DT".equals(d.tok[j].pos())
                || "CD".equals(d.tok[j].pos()) || "JJ".equals(d.tok[j].pos()) || d.tok[j].pos().startsWith("NN"))) {
            j++;
        }
        return j;
    }

    /** Whether token k opens a clause ("after", "when"; not "as many as"), whatever its word. */
    private static boolean opensSubordinate(Doc d, int k, int ce) {
        return d.quoteOf[k] < 0 && ("IN".equals(d.tok[k].pos()) || "WRB".equals(d.tok[k].pos())) && k + 1 < ce
                && !d.tok[k + 1].pos().startsWith("JJ") && !d.tok[k + 1].pos().startsWith("RB");
    }

    /** Whether a "that" opening a clause follows token k before ce ("told X before he spoke that …"). */
    private static boolean thatAfter(Doc d, int k, int ce) {
        for (int j = k + 1; j < ce; j++) {
            if (Tokens.complementizer(d, j) && d.quoteOf[j] < 0) {
                return true;
            }
        }
        return false;
    }
}
