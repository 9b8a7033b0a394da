package dev.stancekit.quotes;

/**
 * A subject before a verb that only adverbials or a comma follow, found by the looser search for
 * a trailing attribution: {@code …, the group says.}, {@code …, union leaders say, is …} (row
 * {@code trailing_subject}).
 */
final class TrailingSubject implements SubjectRule {

    private final Lexicon lex;
    private final MentionFinder mentions;

    TrailingSubject(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int after = s.after();
        if (!TrailingTails.adverbialOnly(d, lex, after, s.b(), false) && !(after < s.b() && ",".equals(d.word(after)))) {
            return null;
        }
        return Speaker.of(mentions.trailingSubject(d, s.cue(), s.a()), true, false);
    }
}
