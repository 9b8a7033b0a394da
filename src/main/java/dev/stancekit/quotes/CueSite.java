package dev.stancekit.quotes;

/**
 * A verb of saying the reported-speech rules work on: token {@code cue} of the sentence that runs
 * from token {@code a} to token {@code b} (exclusive), and the attribution found just before it in
 * the same sentence ({@code prev}, or null), whose speaker a coordinated verb may share.
 */
record CueSite(Doc d, int cue, Lexicon.Cue verb, int a, int b, Attribution prev) {

    /** The token after the verb and its particle. */
    int after() {
        return cue + verb.length();
    }

    /** The cue as written ("said", "pointed out"). */
    String cueText() {
        return d.span(cue, after() - 1);
    }

    /** The part-of-speech tag of token k. */
    String pos(int k) {
        return d.tok[k].pos();
    }
}
