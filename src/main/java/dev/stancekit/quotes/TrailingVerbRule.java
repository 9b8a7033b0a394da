package dev.stancekit.quotes;

/**
 * Any verb right after a quote that ends in a comma, question or exclamation mark, with nothing
 * but adverbials after it: {@code “Jeb wants to be a tough guy tonight,” Trump shot back.},
 * {@code “Would it be negotiable?” the host pressed.}, or before a name ({@code “…?” reacted
 * Trump.}), or with anything after it when the quote
 * opens its sentence and ends in a comma. The sentence exists to report the quote, so its verb is
 * a verb of saying even when the lexicon does not list it.
 */
final class TrailingVerbRule implements MarkRule {

    /** Fewest words of a quote whose verb may take objects and clauses after it. */
    private static final int MIN_WORDS_ANY_OBJECT = 4;

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final int maxSubject;

    TrailingVerbRule(Lexicon lex, MentionFinder mentions, int maxSubject) {
        this.lex = lex;
        this.mentions = mentions;
        this.maxSubject = maxSubject;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        if (q.end() <= q.start() || ",?!".indexOf(d.text.charAt(q.end() - 1)) < 0) {
            return null;
        }
        int n = d.tok.length;
        int t = d.tokenFrom(q.close());
        while (t < n && d.isQuoteToken(t) && d.quoteOf[t] < 0 && d.tok[t].begin() < q.close() + 2) {
            t++;
        }
        if (t >= n || d.quoteOf[t] >= 0 || !Tokens.gapOnly(d.text, q.close(), d.tok[t].begin(), " \t,\"'”’")
                || d.tok[t].begin() >= q.paraEnd()) {
            return null;
        }
        int sentEnd = d.sentEnd[d.sentOf[t]];
        if (("VBD".equals(d.tok[t].pos()) || "VBZ".equals(d.tok[t].pos())) && Character.isLowerCase(d.word(t).charAt(0))
                && !copula(d, t)) {
            return inverted(d, q, t, sentEnd);
        }
        if (Tokens.finiteVerb(d.tok[t].pos()) || d.tok[t].pos().startsWith("W")) {
            return null; // "“…,” is how the letter begins": no subject after the quote
        }
        for (int k = t + 1; k < sentEnd && k <= t + maxSubject; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || ",".equals(d.word(k)) || d.tok[k].pos().startsWith("W")) {
                return null;
            }
            if (Tokens.finiteVerb(d.tok[k].pos())) {
                Attribution quoted = quotedAsSaying(d, q, t, k, sentEnd);
                if (quoted != null) {
                    return quoted;
                }
                int[] subj = {t, k - 1};
                boolean speaker = "PRP".equals(d.tok[t].pos()) && k == t + 1
                        || MentionFinder.nounHeaded(d, subj) && !NounPhrases.opensWithConnector(d, t); // not "“…,” and Chile has …"
                if (!speaker || !adverbialsToEnd(d, k + 1, sentEnd) && !reportsOnly(d, q, k)
                        || TrailingTails.speechObjectFollows(d, lex, k + 1, sentEnd)) { // "… voiced firm opposition to …": a report of its own
                    return null;
                }
                boolean particle = k + 1 < sentEnd && ("RP".equals(d.tok[k + 1].pos())
                        || lex.is(d.word(k + 1), Lexicon.WordType.PARTICLE)
                        && (k + 2 >= sentEnd || Tokens.sentenceEnd(d.word(k + 2)) || ",".equals(d.word(k + 2))));
                int end = particle ? k + 1 : k;
                return new Attribution(k, d.span(k, end), Lexicon.Complement.ANY, subj[0], subj[1],
                        q.start(), q.end(), true, d.tok[t].begin(), d.tok[end].end());
            }
        }
        return null;
    }

    /**
     * "“…,” Kyodo News quoted the department's press secretary John Kirby as saying": after a
     * quoting verb (word type quoting_verb), the object before "as" and a participle of saying is
     * the speaker, not the subject that relays the words; else null.
     */
    private Attribution quotedAsSaying(Doc d, QuoteMarks.Marked q, int t, int k, int sentEnd) {
        if (!lex.isExactly(d.tok[k].lemma(), Lexicon.WordType.QUOTING_VERB)) {
            return null;
        }
        for (int as = k + 2; as + 1 < sentEnd && as <= k + 1 + maxSubject; as++) {
            if (d.quoteOf[as] >= 0 || ",".equals(d.word(as))) {
                return null;
            }
            if ("as".equalsIgnoreCase(d.word(as)) && "VBG".equals(d.tok[as + 1].pos()) && lex.cueAt(d, as + 1, sentEnd) != null) {
                int[] obj = {k + 1, as - 1};
                return mentions.plausible(d, obj) ? new Attribution(as + 1, d.word(as + 1), Lexicon.Complement.ANY,
                        obj[0], obj[1], q.start(), q.end(), true, d.tok[t].begin(), d.tok[as + 1].end()) : null;
            }
        }
        return null;
    }

    /** Only particles, adverbs, prepositional phrases and punctuation until the sentence end. */
    private static boolean adverbialsToEnd(Doc d, int from, int sentEnd) {
        for (int k = from; k < sentEnd; k++) {
            String p = d.tok[k].pos();
            if (",".equals(d.word(k)) || d.isQuoteToken(k)) {
                return true; // "…,” he shot back, “…” or "…, as the crowd cheered"
            }
            boolean ok = "RP".equals(p) || p.startsWith("RB") || "IN".equals(p) || "TO".equals(p) || "DT".equals(p)
                    || p.startsWith("NN") || "JJ".equals(p) || "CD".equals(p) || "PRP$".equals(p) || "POS".equals(p)
                    || Tokens.sentenceEnd(d.word(k));
            if (!ok || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote of several words that opens its sentence and ends in a comma reports speech whatever
     * follows the verb, unless the verb is a copula or a modal: {@code “Governor, let me help you
     * out,” the nominee riffed on the governor's answer to the question, drawing applause.}
     */
    private static boolean reportsOnly(Doc d, QuoteMarks.Marked q, int k) {
        return !copula(d, k)
                && QuoteAttacher.words(d.text, q.start(), q.end()) >= MIN_WORDS_ANY_OBJECT
                && d.text.charAt(q.end() - 1) == ',' && opensSentence(d, q);
    }

    private static boolean opensSentence(Doc d, QuoteMarks.Marked q) {
        int c = Tokens.charBeforeMark(d, q);
        return c < 0 || ".!?:".indexOf(c) >= 0;
    }

    private static boolean copula(Doc d, int k) {
        String l = d.tok[k].lemma();
        return "be".equals(l) || "have".equals(l) || "do".equals(l) || "seem".equals(l) || "become".equals(l)
                || "remain".equals(l) || "MD".equals(d.tok[k].pos());
    }

    /**
     * The verb first and a name after it, to the sentence end or a comma:
     * {@code “What sport is he talking about?” reacted the candidate.}
     */
    private Attribution inverted(Doc d, QuoteMarks.Marked q, int t, int sentEnd) {
        int[] subj = mentions.right(d, t + 1, sentEnd);
        if (subj == null) {
            return null;
        }
        int after = subj[1] + 1;
        if (after < sentEnd && !",".equals(d.word(after)) && !Tokens.sentenceEnd(d.word(after))) {
            return null;
        }
        return new Attribution(t, d.span(t, t), Lexicon.Complement.ANY, subj[0], subj[1],
                q.start(), q.end(), true, d.tok[t].begin(), d.tok[subj[1]].end());
    }
}
