package dev.stancekit.quotes;

/**
 * The noun phrase right before the verb, over appositions, relative clauses and prepositional
 * phrases: {@code Wang said …}, {@code The ministry, in a statement, said …}, {@code …, the
 * person said.} (row {@code subject_before}).
 */
final class BeforeCueSubject implements SubjectRule {

    private final MentionFinder mentions;

    BeforeCueSubject(MentionFinder mentions) {
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        return Speaker.of(mentions.left(s.d(), s.cue(), s.a()), true, false);
    }
}
