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
        return prev != null ? new Speaker(prev.subjStart(), prev.subjEnd(), false, false)
                : Speaker.of(mentions.clauseSubject(s.d(), s.a(), i - 1), false, false);
    }
}
