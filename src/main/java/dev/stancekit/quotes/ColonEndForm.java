package dev.stancekit.quotes;

/**
 * A verb of saying whose sentence ends in a colon right after it, closing its paragraph: {@code
 * The minister said:} (row {@code colon_at_end}; limit: as for {@code content}, most tokens
 * between the verb and the colon), or only whom the words were told to ({@code He told the
 * crowd:}). The content is empty; the next paragraph's quote is the speaker's.
 */
final class ColonEndForm implements FormRule {

    private final Lexicon lex;
    private final int window;

    ColonEndForm(Lexicon lex, int window) {
        this.lex = lex;
        this.window = window;
    }

    @Override
    public Attribution match(CueSite s, Speaker sp) {
        Doc d = s.d();
        int b = s.b();
        if (sp.inverted() || !":".equals(d.word(b - 1))) {
            return null;
        }
        int cs = ContentStart.of(s, lex, window).token();
        // "He told his audience, to loud applause:": only whom it was said to before the colon
        if (cs < b && !(cs < b - 1 && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.LISTENER_VERB)
                && ObjectGates.listenerOnly(lex, d, cs, b - 1))) {
            return null;
        }
        int end = d.tok[b - 1].end();
        return new Attribution(s.cue(), s.cueText(), s.verb().complement(), sp.start(), sp.end(), end, end, false, -1, -1);
    }
}
