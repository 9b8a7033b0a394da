package dev.stancekit.quotes;

/**
 * An attribution between commas inside its content, which is the whole sentence: {@code The
 * source of the appeal, union leaders say, is the candidate's stance on trade}, {@code The
 * contrast, said Doyle, would be clear} (row {@code insertion}). No verb and no quote before it (the words before are the subject of the
 * sentence's clause), a comma right after the verb, and a finite verb after that comma.
 */
final class InsertionForm implements FormRule {

    @Override
    public Attribution match(CueSite s, Speaker sp) {
        Doc d = s.d();
        int a = s.a();
        int b = s.b();
        int comma = sp.inverted() ? s.cue() - 1 : sp.before(s);
        int rest = sp.rest(s);
        if (!sp.own() || sp.inverted() && !Tokens.finiteVerb(d.tok[s.cue()].pos()) || comma <= a || !",".equals(d.word(comma))
                || !(rest + 2 < b && ",".equals(d.word(rest)) && !Stretches.finiteBefore(d, a, comma)
                && !Stretches.hasQuote(d, a, b) && Stretches.finiteBefore(d, rest + 1, b))) {
            return null;
        }
        int cs = TextSpans.skipDateline(d.text, d.tok[a].begin());
        return new Attribution(s.cue(), s.cueText(), Lexicon.Complement.ANY, sp.start(), sp.end(), cs,
                TextSpans.trimEnd(d.text, cs, d.tok[b - 1].end()), false, -1, -1);
    }
}
