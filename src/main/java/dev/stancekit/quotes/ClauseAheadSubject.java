package dev.stancekit.quotes;

/**
 * Any noun phrase before a verb that a clause or a that-clause follows, found by the looser
 * search: {@code his campaign said he …}, {@code Cruz, who said he …}, {@code the aides told
 * reporters on Monday that …} (row {@code subject_before_clause}; limit: most tokens of
 * adverbial phrases between the verb and its "that"). Not for verbs that only introduce quotes.
 */
final class ClauseAheadSubject implements SubjectRule {

    private final MentionFinder mentions;
    private final int maxAdverbial;
    private final int maxInsertion;

    ClauseAheadSubject(MentionFinder mentions, int maxAdverbial, int maxInsertion) {
        this.mentions = mentions;
        this.maxAdverbial = maxAdverbial;
        this.maxInsertion = maxInsertion;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        if (s.verb().complement() == Lexicon.Complement.QUOTE
                || !Clauses.clauseFollows(d, s.after(), s.b(), maxInsertion)
                && !Clauses.thatAfterAdverbial(d, s.after(), s.b(), maxAdverbial)
                && !(Clauses.objectInfinitive(d, s.after(), s.b()) && finiteOrProgressive(s))) {
            return null;
        }
        return Speaker.of(mentions.leftAny(d, s.cue(), s.a()), true, false);
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
