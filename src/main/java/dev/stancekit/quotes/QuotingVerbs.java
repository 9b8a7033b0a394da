package dev.stancekit.quotes;

/**
 * A verb of saying that only relays another speaker's words: "the Daily reported the premier as
 * saying that …", "“…,” the agency reported Reyes as saying" (lemma of word type quoting_verb,
 * its object, "as" and a participle of saying). The participle's cue names the object as the
 * speaker (see {@link PrepositionParticipleSubject}); the relaying verb reports nothing of its own.
 * Stateless and thread-safe.
 */
final class QuotingVerbs {

    /** Most tokens of the object between the verb and "as" ("the country's prime minister Tomas Reyes"). */
    private static final int MAX_OBJECT_TOKENS = 8;

    private final Lexicon lex;

    QuotingVerbs(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether the verb at token i relays the words of its object ("reported X as saying"). */
    boolean relaysObject(Doc d, int i, int b) {
        if (!lex.isExactly(d.tok[i].lemma(), Lexicon.WordType.QUOTING_VERB)) {
            return false;
        }
        for (int k = i + 2; k + 1 < b && k <= i + 1 + MAX_OBJECT_TOKENS; k++) {
            if (",".equals(d.word(k)) || d.quoteOf[k] >= 0 || d.isQuoteToken(k) || d.tok[k].pos().startsWith("VB")) {
                return false;
            }
            if ("as".equalsIgnoreCase(d.word(k))) {
                return "VBG".equals(d.tok[k + 1].pos()) && lex.cueAt(d, k + 1, b) != null;
            }
        }
        return false;
    }
}
