package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * A verb of saying in a to-infinitive after a causative verb's object: the object speaks, {@code
 * The landing prompted the port authority to say it had turned the ship away}, {@code The vote
 * led the mayor to declare that …} (row {@code caused_subject}; the verbs are word type
 * causative_verb). "urged X to say" or "asked X to say" is no report that X said it: those verbs
 * are not causative.
 */
final class CausedSubject implements SubjectRule {

    private final MentionFinder mentions;
    private final Lexicon lex;

    CausedSubject(MentionFinder mentions, Lexicon lex) {
        this.mentions = mentions;
        this.lex = lex;
    }

    @Override
    public Speaker find(CueSite s) {
        int i = s.cue();
        if (i - 3 < s.a() || !"TO".equals(s.pos(i - 1)) || !"VB".equals(s.pos(i))) {
            return null;
        }
        Doc d = s.d();
        int last = i - 2;
        if (",".equals(d.word(last))) {
            last--; // "prompted the historian, Ann Lee, to state"
        }
        int[] np = "PRP".equals(s.pos(last)) ? new int[] {last, last} : mentions.nounPhrase(d, last, s.a());
        if (np != null && np[0] - 1 >= s.a() && ",".equals(d.word(np[0] - 1))) {
            int[] head = mentions.nounPhrase(d, np[0] - 2, s.a()); // the noun before the apposition
            np = head != null && head[0] - 1 >= s.a() && causative(d.tok[head[0] - 1]) ? head : np;
        }
        if (np == null || np[0] - 1 < s.a() || !causative(d.tok[np[0] - 1])) {
            return null;
        }
        return new Speaker(np[0], np[1], false, false);
    }

    private boolean causative(Token v) {
        return v.isVerb() && lex.isExactly(v.lemma(), Lexicon.WordType.CAUSATIVE_VERB);
    }
}
