package dev.stancekit.quotes;

/**
 * Whether what follows a verb of saying is the complement it reports with ({@code complement} in
 * {@code cue-verbs.csv}), as {@link ContentForm} asks: a noun object or clause for {@code noun}
 * ("underscored that …", "raised concerns about …"), an object and an infinitive for {@code
 * request} ("urged the United States to stop …"), a clause whose subject is the relative pronoun
 * before the speaker ("a program that she said had failed"), and not a passive infinitive after a
 * verb of type self_request ("asked not to be named"). Stateless.
 */
final class VerbComplements {

    /** Most tokens of the object before the infinitive of a request ("the two governments' negotiators"). */
    private static final int MAX_REQUEST_OBJECT = 10;

    private VerbComplements() {
    }

    /**
     * "the United States to stop the sale": an object and a to-infinitive from token cs. Looser
     * than {@link Clauses#objectInfinitive}: the object may be up to {@link #MAX_REQUEST_OBJECT}
     * tokens and hold a conjunction or commas after its first ("Washington and Taipei to …").
     */
    static boolean objectInfinitive(Doc d, int cs, int ce) {
        int k = cs;
        while (k < ce && k - cs < MAX_REQUEST_OBJECT && d.quoteOf[k] < 0 && !"to".equalsIgnoreCase(d.word(k))
                && (d.tok[k].pos().startsWith("NN") || d.tok[k].pos().startsWith("JJ") || d.tok[k].pos().startsWith("PRP")
                || "DT".equals(d.tok[k].pos()) || "CD".equals(d.tok[k].pos()) || "POS".equals(d.tok[k].pos())
                || k > cs && ("CC".equals(d.tok[k].pos()) || ",".equals(d.word(k))))) { // "Washington and Taipei to …"
            k++;
        }
        return k > cs && Clauses.infinitive(d, k, ce);
    }

    /**
     * "asked not to be named": after a verb of type self_request a passive infinitive right after
     * the verb asks something for the speaker (to stay unnamed, to be excused); it reports no
     * statement ("vowed not to be intimidated" does).
     */
    static boolean passiveInfinitive(Lexicon lex, Doc d, int cs, int ce) {
        int k = cs < ce && lex.isExactly(d.lower(cs), Lexicon.WordType.NEGATION) ? cs + 1 : cs;
        return k + 2 < ce && "TO".equals(d.tok[k].pos()) && "be".equals(d.tok[k + 1].lemma())
                && "VBN".equals(d.tok[k + 2].pos());
    }

    /**
     * "standards, which he argued help students", "a program that she said had failed": the
     * speaker follows a relative pronoun and a finite verb follows the verb of saying, so the
     * relative pronoun is the subject of the reported clause.
     */
    static boolean relativeGap(Doc d, Speaker sp, int cs) {
        boolean relative = sp.start() >= 1 && (d.tok[sp.start() - 1].pos().startsWith("W") && !"WRB".equals(d.tok[sp.start() - 1].pos())
                || "that".equalsIgnoreCase(d.word(sp.start() - 1))); // "a charity that prosecutors said was …"
        if (!relative) {
            return false;
        }
        // a base form there is a present tense the tagger missed ("which Tian claimed destabilize the region")
        return Tokens.finiteAfterAdverbs(d, cs) || cs < d.tok.length && "VB".equals(d.tok[cs].pos()) && d.quoteOf[cs] < 0;
    }

    /**
     * "underscored that …", an object headed by a speech noun right after the verb ("raised concerns
     * about …"), a gerund with its object, an embedded question, or a clause without "that" whose
     * subject is a subject pronoun or a name ("denied it was …"), also after a time phrase ("denied
     * on Tuesday that …", "denied Sunday it was …").
     */
    static boolean nounComplement(Lexicon lex, CueSite s, ContentStart st, int b, boolean subjectRelative) {
        int after = s.after();
        if (st.that() && st.token() - 1 > after && "that".equals(s.d().lower(st.token() - 1)) && ObjectGates.timeOnly(lex, s.d(), after, st.token() - 1)) {
            return true; // "denied on Tuesday that it …": the "that" after the time phrase
        }
        // "highlighted bolstering deterrence": a gerund with its own object names what was said
        // ("denied having received any request", "denied making such a promise": a perfect gerund, a predeterminer)
        String next = after + 1 < b ? s.d().tok[after + 1].pos() : "";
        boolean gerund = after + 1 < b && "VBG".equals(s.d().tok[after].pos()) && s.d().quoteOf[after] < 0
                && (next.startsWith("NN") || "DT".equals(next) || "JJ".equals(next) || "PRP$".equals(next) || "PDT".equals(next)
                || "VBN".equals(next) && "having".equals(s.d().lower(after)));
        // "underscored how both sides oppose …": an embedded question
        boolean question = after + 1 < b && lex.isExactly(s.d().lower(after), Lexicon.WordType.EMBEDDED_QUESTION)
                && Clauses.clauseFollows(s.d(), after + 1, b, 0);
        // "denied it was supplying arms", "denied the indictment was related to …": a clause without
        // "that" whose subject is a subject pronoun, a name or opens with an article (not in a relative clause on the sentence's subject: "activists who discussed Taiwan were …")
        int subject = st.that() ? after : st.token(); // past a time phrase: "denied Sunday it was …"
        boolean bareClause = !subjectRelative && subject < b && s.d().quoteOf[subject] < 0
                && (lex.isExactly(s.d().lower(subject), Lexicon.WordType.SUBJECT_PRONOUN) || "NNP".equals(s.d().tok[subject].pos())
                    || "EX".equals(s.d().tok[subject].pos()) // "underscored there is no way to …"
                    || "DT".equals(s.d().tok[subject].pos()) && lex.is(s.d().word(subject), Lexicon.WordType.ARTICLE))
                && Clauses.clauseFollows(s.d(), subject, b, 0);
        return after < b && ("that".equals(s.d().lower(after)) || lex.speechNounObject(s.d(), after, b) || gerund || question
                || bareClause);
    }
}
