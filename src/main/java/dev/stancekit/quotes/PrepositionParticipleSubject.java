package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * A participle after a preposition shares the subject of the clause it belongs to: {@code The
 * senator began by saying he …}, {@code After saying the talks had failed, the envoy …} (row
 * {@code participle_after_preposition}). The subject is borrowed: only content after the verb
 * follows. After a quoting verb's object the object speaks: {@code Xinhua quoted the minister as
 * saying …} (word type quoting_verb).
 */
final class PrepositionParticipleSubject implements SubjectRule {

    private final MentionFinder mentions;
    private final Lexicon lex;

    PrepositionParticipleSubject(MentionFinder mentions, Lexicon lex) {
        this.mentions = mentions;
        this.lex = lex;
    }

    @Override
    public Speaker find(CueSite s) {
        int i = s.cue();
        if (!"VBG".equals(s.pos(i)) || i - 2 <= s.a() || !"IN".equals(s.pos(i - 1)) || ",".equals(s.d().word(i - 2))) {
            return null;
        }
        int[] quoted = quotedObject(s, i);
        if (quoted != null) {
            return new Speaker(quoted[0], quoted[1], false, false);
        }
        return Speaker.of(mentions.clauseSubject(s.d(), s.a(), i - 1), false, false);
    }

    /** "quoted the minister as saying": the object between a quoting verb and "as", or null. */
    private int[] quotedObject(CueSite s, int i) {
        Doc d = s.d();
        if (!"as".equalsIgnoreCase(d.word(i - 1))) {
            return null;
        }
        int[] np = "PRP".equals(s.pos(i - 2)) ? new int[] {i - 2, i - 2} : mentions.nounPhrase(d, i - 2, s.a());
        if (np == null || np[0] - 1 < s.a()) {
            return null;
        }
        Token v = d.tok[np[0] - 1];
        return v.isVerb() && lex.isExactly(v.lemma(), Lexicon.WordType.QUOTING_VERB) ? np : null;
    }
}
