package dev.stancekit.quotes;

/**
 * A verb of saying in a to-infinitive after a causative verb's object: the object speaks, {@code
 * The landing prompted the port authority to say it had turned the ship away}, {@code The vote
 * led the mayor to declare that …} (row {@code caused_subject}; the verbs are word type
 * causative_verb). "urged X to say" or "asked X to say" is no report that X said it: those verbs
 * are not causative.
 */
final class CausedSubject implements SubjectRule {

    private final MentionFinder mentions;

    CausedSubject(MentionFinder mentions) {
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        int i = s.cue();
        if (i - 3 < s.a() || !"TO".equals(s.pos(i - 1)) || !"VB".equals(s.pos(i))) {
            return null;
        }
        Doc d = s.d();
        int last = ",".equals(d.word(i - 2)) ? i - 3 : i - 2; // "prompted the historian, Ann Lee, to state"
        int[] np = mentions.objectOf(d, last, s.a(), Lexicon.WordType.CAUSATIVE_VERB);
        if (np == null && last < i - 2) {
            // the noun before the apposition is the verb's object
            int[] apposition = mentions.nounPhrase(d, last, s.a());
            np = apposition == null || apposition[0] - 1 < s.a() || !",".equals(d.word(apposition[0] - 1)) ? null
                    : mentions.objectOf(d, apposition[0] - 2, s.a(), Lexicon.WordType.CAUSATIVE_VERB);
        }
        return np == null ? null : new Speaker(np[0], np[1], false, false);
    }
}
