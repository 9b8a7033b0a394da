package dev.stancekit.quotes;

/**
 * The noun phrase right before the verb, over appositions, relative clauses and prepositional
 * phrases: {@code Wang said …}, {@code The ministry, in a statement, said …}, {@code …, the
 * person said.} (row {@code subject_before}). A day's name alone is no subject: in {@code The
 * government responded Friday, Dec. 27, claiming …} the date between commas is no apposition.
 */
final class BeforeCueSubject implements SubjectRule {

    private final Lexicon lex;
    private final MentionFinder mentions;

    BeforeCueSubject(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        int[] np = mentions.left(s.d(), s.cue(), s.a());
        if (np != null && np[0] == np[1] && lex.is(s.d().word(np[0]), Lexicon.WordType.TIME)) {
            return null;
        }
        return Speaker.of(np, true, false);
    }
}
