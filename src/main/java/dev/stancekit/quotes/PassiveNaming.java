package dev.stancekit.quotes;

/**
 * A naming verb in the passive whose agent follows the quoted name: {@code Lai, labeled a
 * “dangerous separatist” by Beijing, …}, {@code the charges were called “groundless” by the
 * ministry}. The agent is the speaker and the quoted words the content. Stateless and thread-safe.
 */
final class PassiveNaming {

    /** Most tokens between the participle and the opening mark ("a", "as a"). */
    private static final int MAX_BEFORE_MARKS = 3;

    private final Lexicon lex;
    private final MentionFinder mentions;

    PassiveNaming(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    /** The attribution of the participle at token {@code i} of a sentence ending before {@code b}, or null. */
    Attribution match(Doc d, int i, int b, Lexicon.Cue cue) {
        Attribution agentFirst = agentBeforeAs(d, i, b, cue);
        if (agentFirst != null) {
            return agentFirst;
        }
        // the tagger may read a participle after a comma as a past tense ("Lai, labeled a “…” by Beijing,"): the agent decides
        if (!("VBN".equals(d.tok[i].pos()) || "VBD".equals(d.tok[i].pos())) || d.quoteOf[i] >= 0
                || !(cue.complement() == Lexicon.Complement.QUOTE || lex.isExactly(d.tok[i].lemma(), Lexicon.WordType.NAMING_VERB))) {
            return null;
        }
        int k = i + cue.length();
        while (k < b && k - i - cue.length() < MAX_BEFORE_MARKS && d.quoteOf[k] < 0 && !d.isQuoteToken(k)
                && ("DT".equals(d.tok[k].pos()) || "as".equalsIgnoreCase(d.word(k)))) {
            k++;
        }
        while (k < b && d.quoteOf[k] < 0 && d.isQuoteToken(k)) {
            k++;
        }
        if (k >= b || d.quoteOf[k] < 0) {
            return null;
        }
        QuoteMarks.Marked q = d.quotes.get(d.quoteOf[k]);
        int after = k;
        while (after < b && (d.quoteOf[after] == d.quoteOf[k] || d.isQuoteToken(after) || ",".equals(d.word(after)) && after + 1 < b && d.isQuoteToken(after + 1))) {
            after++;
        }
        if (after + 1 >= b || !"by".equalsIgnoreCase(d.word(after))) {
            return null;
        }
        int end = Clauses.nounPhraseEnd(d, after + 1, b);
        if (end <= after + 1) {
            return null;
        }
        for (int k2 = after + 2; k2 < end; k2++) {
            if (lex.is(d.word(k2), Lexicon.WordType.TIME)) {
                end = "JJ".equals(d.tok[k2 - 1].pos()) || "DT".equals(d.tok[k2 - 1].pos()) ? k2 - 1 : k2;
                break; // "by the government last year": the time is no part of the agent
            }
        }
        if (end <= after + 1) {
            return null;
        }
        int[] agent = {after + 1, end - 1};
        if (!mentions.plausible(d, agent)) {
            return null;
        }
        return attribution(d, i, cue, agent, q);
    }

    /**
     * "were condemned by Taiwan as an “unreasonable provocation”": the agent right after the
     * participle, then "as" and the quoted words (any verb of saying).
     */
    private Attribution agentBeforeAs(Doc d, int i, int b, Lexicon.Cue cue) {
        int by = i + cue.length();
        // "a summit described/VBD by a US official as “…”": a past form right before "by" is a participle
        if (!("VBN".equals(d.tok[i].pos()) || "VBD".equals(d.tok[i].pos())) || by + 3 >= b || !"by".equalsIgnoreCase(d.word(by))
                || d.quoteOf[by] >= 0) {
            return null;
        }
        int end = Clauses.nounPhraseEnd(d, by + 1, b);
        if (end <= by + 1 || end + 1 >= b || !"as".equalsIgnoreCase(d.word(end))) {
            return null;
        }
        int k = end + 1;
        while (k < b && k - end <= MAX_BEFORE_MARKS && d.quoteOf[k] < 0 && "DT".equals(d.tok[k].pos())) {
            k++;
        }
        while (k < b && d.quoteOf[k] < 0 && d.isQuoteToken(k)) {
            k++;
        }
        int[] agent = {by + 1, end - 1};
        if (k >= b || d.quoteOf[k] < 0 || !mentions.plausible(d, agent)) {
            return null;
        }
        return attribution(d, i, cue, agent, d.quotes.get(d.quoteOf[k]));
    }

    private static Attribution attribution(Doc d, int i, Lexicon.Cue cue, int[] agent, QuoteMarks.Marked q) {
        return new Attribution(i, d.span(i, i + cue.length() - 1), Lexicon.Complement.QUOTE, agent[0], agent[1],
                q.open(), q.close(), false, -1, -1);
    }
}
