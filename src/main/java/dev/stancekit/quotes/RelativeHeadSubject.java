package dev.stancekit.quotes;

/**
 * The person or body a relative clause with the verb of saying hangs on, whatever follows the
 * verb: {@code fire from Senator Lee, who criticized the plan for …}, {@code Lee, who once praised
 * the accord, now …} (row {@code relative_head}). Only a relative pronoun after a comma, right
 * before the verb, and only a noun phrase that names a speaker (a name, a person or a body), so "a banner that
 * read …" gets none. A document (word type document) speaks through a restrictive clause too: {@code
 * vetoed a resolution that called for …}.
 */
final class RelativeHeadSubject implements SubjectRule {

    private final Lexicon lex;
    private final MentionFinder mentions;

    RelativeHeadSubject(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        if (s.verb().complement() == Lexicon.Complement.QUOTE) {
            return null;
        }
        // "a supporter who has accused …": a restrictive clause may hang on any noun
        int[] np = mentions.relativeHead(s.d(), s.cue(), s.a(), true);
        return Speaker.of(np != null ? np : document(s), true, false);
    }

    /** "a resolution that called for …": the document a restrictive relative clause hangs on, or null. */
    private int[] document(CueSite s) {
        Doc d = s.d();
        int rel = mentions.relativeBefore(d, s.cue(), s.a());
        if (rel - 1 < s.a() || d.quoteOf[rel - 1] >= 0 || !lex.is(d.word(rel - 1), Lexicon.WordType.DOCUMENT)
                || !d.tok[rel - 1].pos().startsWith("NN")) {
            return null;
        }
        int[] np = mentions.leftAny(d, s.cue(), s.a());
        return np != null && np[1] == rel - 1 ? np : null;
    }
}
