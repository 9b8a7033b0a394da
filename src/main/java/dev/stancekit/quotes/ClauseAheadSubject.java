package dev.stancekit.quotes;

/**
 * Any noun phrase before a verb that a clause, a that-clause, an object with a to-infinitive or
 * an embedded question (attribution-words.csv) follows, found by the looser search: {@code his
 * campaign said he …}, {@code Cruz, who said he …}, {@code the aides told reporters on Monday
 * that …}, {@code Police urged people not to …}, {@code The group asked whether …} (row {@code
 * subject_before_clause}; limit: most tokens of adverbial phrases between the verb and its
 * "that"). Not for verbs that only introduce quotes; for a participle only the clauses ("issued
 * statements urging people to …" belongs to the clause before, unless a form of "be" makes it a
 * verb of its own: "are urging").
 */
final class ClauseAheadSubject implements SubjectRule {

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final int maxAdverbial;
    private final int maxInsertion;

    ClauseAheadSubject(Lexicon lex, MentionFinder mentions, int maxAdverbial, int maxInsertion) {
        this.lex = lex;
        this.mentions = mentions;
        this.maxAdverbial = maxAdverbial;
        this.maxInsertion = maxInsertion;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        if (s.verb().complement() == Lexicon.Complement.QUOTE
                || !Clauses.reportFollows(d, s.after(), s.b(), maxInsertion, maxAdverbial)
                && !(Clauses.objectInfinitive(d, s.after(), s.b()) && finiteOrProgressive(s))
                && !(embeddedQuestion(s) && finiteOrProgressive(s))) {
            return null;
        }
        return Speaker.of(mentions.leftAny(d, s.cue(), s.a()), true, false);
    }

    /** "asked whether …", "questioned why …": a word of type embedded_question right after the verb. */
    private boolean embeddedQuestion(CueSite s) {
        int k = s.after();
        return k + 2 < s.b() && s.d().quoteOf[k] < 0 && lex.is(s.d().word(k), Lexicon.WordType.EMBEDDED_QUESTION);
    }

    /** The verb is no participle, or one after a form of "be" ("are gently urging"). */
    private static boolean finiteOrProgressive(CueSite s) {
        if (!"VBG".equals(s.pos(s.cue()))) {
            return true;
        }
        int k = s.cue() - 1;
        while (k > s.a() && s.pos(k).startsWith("RB")) {
            k--;
        }
        return k >= s.a() && "be".equals(s.d().tok[k].lemma());
    }
}
