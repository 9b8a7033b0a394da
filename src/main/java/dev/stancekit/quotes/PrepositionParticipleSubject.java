package dev.stancekit.quotes;

/**
 * A participle after a preposition shares the subject of the clause it belongs to: {@code The
 * senator began by saying he …}, {@code After saying the talks had failed, the envoy …} (row
 * {@code participle_after_preposition}). The subject is borrowed: only content after the verb
 * follows.
 */
final class PrepositionParticipleSubject implements SubjectRule {

    private final MentionFinder mentions;

    PrepositionParticipleSubject(MentionFinder mentions) {
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        int i = s.cue();
        if (!"VBG".equals(s.pos(i)) || i - 2 <= s.a() || !"IN".equals(s.pos(i - 1)) || ",".equals(s.d().word(i - 2))) {
            return null;
        }
        return Speaker.of(mentions.clauseSubject(s.d(), s.a(), i - 1), false, false);
    }
}
