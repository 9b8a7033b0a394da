package dev.stancekit.quotes;

/**
 * A long subject that opens the clause of a verb followed by a clause, over participles,
 * insertions and an introductory adverb: {@code Large majorities of voters in six states going
 * to the polls said they …} (row {@code opening_subject}; see {@link OpeningSubject#find}).
 */
final class OpeningClauseSubject implements SubjectRule {

    @Override
    public Speaker find(CueSite s) {
        if (!clauseAhead(s)) {
            return null;
        }
        return Speaker.of(OpeningSubject.find(s.d(), s.cue(), s.a()), true, false);
    }

    /** Whether a verb inside its sentence, not only introducing quotes, has a clause after it. */
    static boolean clauseAhead(CueSite s) {
        return s.cue() > s.a() && s.verb().complement() != Lexicon.Complement.QUOTE
                && OpeningSubject.clauseAhead(s.d(), s.after(), s.b());
    }
}
