package dev.stancekit.quotes;

/**
 * A participle after a comma shares the speaker of the report before it in the sentence, or else
 * the subject of the clause before it: {@code …, he said, adding that …}, {@code The minister
 * rejected it, calling it “a smear”} (row {@code participle_after_comma}). The subject is
 * borrowed: only content after the verb follows.
 */
final class CommaParticipleSubject implements SubjectRule {

    private final MentionFinder mentions;

    CommaParticipleSubject(MentionFinder mentions) {
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        int i = s.cue();
        if (!"VBG".equals(s.pos(i)) || i - 1 <= s.a() || !",".equals(s.d().word(i - 1))) {
            return null;
        }
        Attribution prev = s.prev();
        if (prev != null) {
            return new Speaker(prev.subjStart(), prev.subjEnd(), false, false);
        }
        int[] subj = mentions.clauseSubject(s.d(), s.a(), i - 1);
        if (subj == null && OpeningClauseSubject.clauseAhead(s)) {
            // "Obama has been on the sidelines, arguing he …": a clause of "be" or "have" lends its
            // subject only to a reported clause
            subj = mentions.copulaSubject(s.d(), s.a(), i - 1);
        }
        return Speaker.of(subj, false, false);
    }
}
