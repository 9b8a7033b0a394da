package dev.stancekit.quotes;

/**
 * The subject of a verb of means before an infinitive of saying, which is its purpose: {@code Dong
 * used the meeting to warn that …}, {@code She took the opportunity to reiterate …}, {@code He went
 * on television to deny that …} (row {@code purpose_infinitive}; the verbs are word type
 * purpose_verb, by lemma; limit: most words between that verb and "to"). Those words are a noun
 * phrase or prepositional phrases naming no person: a person there ({@code used the envoy to say})
 * may be the one who speaks.
 */
final class PurposeSubject implements SubjectRule {

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final int maxGap;

    PurposeSubject(Lexicon lex, MentionFinder mentions, int maxGap) {
        this.lex = lex;
        this.mentions = mentions;
        this.maxGap = maxGap;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int i = s.cue();
        int a = s.a();
        if (!"VB".equals(s.pos(i)) || i - 3 < a || !"TO".equals(s.pos(i - 1))) {
            return null;
        }
        boolean noun = false;
        int k = i - 2;
        for (; k > a && i - 2 - k < maxGap && !d.tok[k].isVerb(); k--) {
            String p = d.tok[k].pos();
            boolean word = p.startsWith("NN") || p.startsWith("JJ") || "DT".equals(p) || "PRP$".equals(p) || "CD".equals(p)
                    || "POS".equals(p) || "IN".equals(p) || "TO".equals(p) && k + 1 < i - 1 && d.tok[k + 1].pos().startsWith("NN");
            if (!word || d.tok[k].isPerson() || d.quoteOf[k] >= 0) {
                return null;
            }
            noun |= p.startsWith("NN");
        }
        if (!noun || !d.tok[k].isVerb() || !lex.isExactly(d.tok[k].lemma(), Lexicon.WordType.PURPOSE_VERB)) {
            return null;
        }
        int finite = k;
        while (finite > a && !Tokens.finiteVerb(s.pos(finite))
                && (d.tok[finite - 1].isVerb() || "MD".equals(s.pos(finite - 1)) || s.pos(finite - 1).startsWith("RB"))) {
            finite--; // "has used", "will take"
        }
        if (!Tokens.finiteVerb(s.pos(finite)) && !"MD".equals(s.pos(finite))) {
            return null;
        }
        return Speaker.of(mentions.left(d, finite, a), false, false); // borrowed: only content after the verb
    }
}
