package dev.stancekit.quotes;

/**
 * A verb of saying after a word of type {@code verb_conjunction} (and adverbs or auxiliaries: {@code
 * … but has since said …}) shares the subject
 * of the verb phrases before it: {@code The judge delayed a ruling but said …}, {@code The mayor
 * praised the workers, criticised the budget and said …}, {@code … and tweeted: “…”}, {@code … and
 * appealed for restraint} (row {@code verb_conjunction}; see
 * {@link OpeningSubject#ofCoordinated}).
 */
final class VerbConjunctionSubject implements SubjectRule {

    private final Lexicon lex;

    VerbConjunctionSubject(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int k = s.after();
        // "… is unrepentant over the call and tweeted: “…”": a quote after a colon is content too
        boolean colonQuote = k + 1 < s.b() && ":".equals(d.word(k)) && (d.isQuoteToken(k + 1) || d.quoteOf[k + 1] >= 0);
        // "… and appealed for restraint", "… but called on both sides to …": a verb with its particle
        // reports its object
        boolean particleObject = !s.verb().particle().isEmpty() && s.verb().complement() == Lexicon.Complement.ANY
                && k < s.b() && d.quoteOf[k] < 0;
        if (!OpeningClauseSubject.clauseAhead(s) && !colonQuote && !particleObject) {
            return null;
        }
        int conj = s.cue() - 1;
        while (conj > s.a() && Tokens.adverbOrAux(s.d().tok[conj])) {
            conj--;
        }
        // "… but on Tuesday wrote that …": a time phrase after the conjunction
        if (conj - 2 > s.a() && lex.is(d.word(conj), Lexicon.WordType.TIME) && "IN".equals(s.pos(conj - 1))) {
            conj -= 2;
        }
        if (!lex.is(s.d().word(conj), Lexicon.WordType.VERB_CONJUNCTION)) {
            return null;
        }
        return Speaker.of(OpeningSubject.ofCoordinated(lex, s.d(), conj, s.a()), true, false);
    }
}
