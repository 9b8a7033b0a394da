package dev.stancekit.quotes;

/**
 * The subject of the verb that an infinitive of saying depends on, when only verbs, adjectives and
 * adverbs stand between them (subject control): {@code Advisers are quick to point out that …},
 * {@code The chair is likely to stress that …}, {@code He continued to complain that …}, {@code She went on to say …}, {@code
 * The aide had to explain to her that …} (row {@code infinitive_subject}; limit: most tokens of
 * that chain). An object before "to" ({@code urged her to say}) has its own subject and stops the
 * rule. Only for a verb followed by a clause or a that-clause, or, after a verb of the next act
 * (word type sequel_verb: "went on to criticize the council for …"), by any content.
 */
final class InfinitiveSubject implements SubjectRule {

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final int maxChain;
    private final int maxAdverbial;
    private final int maxInsertion;

    InfinitiveSubject(Lexicon lex, MentionFinder mentions, int maxChain, int maxAdverbial, int maxInsertion) {
        this.lex = lex;
        this.mentions = mentions;
        this.maxChain = maxChain;
        this.maxAdverbial = maxAdverbial;
        this.maxInsertion = maxInsertion;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int i = s.cue();
        int a = s.a();
        if (!"VB".equals(s.pos(i)) || i - 2 < a || !"TO".equals(s.pos(i - 1))
                || s.verb().complement() == Lexicon.Complement.QUOTE) {
            return null;
        }
        int finite = -1;
        boolean sequel = false;
        for (int k = i - 2; k >= a && i - 2 - k < maxChain && chainLink(d, k, a); k--) {
            finite = Tokens.finiteVerb(s.pos(k)) ? k : finite;
            sequel |= d.tok[k].isVerb() && lex.isExactly(d.tok[k].lemma(), Lexicon.WordType.SEQUEL_VERB);
        }
        // "went on to criticize the council for …": the next act reports a noun object too
        if (!(sequel && s.verb().complement() == Lexicon.Complement.ANY)
                && !Clauses.reportFollows(d, s.after(), s.b(), maxInsertion, maxAdverbial)) {
            return null;
        }
        int[] subj = finite <= a ? null : mentions.left(d, finite, a);
        // "it is fair to say that …": an expletive subject names no speaker
        return subj == null || subj[0] == subj[1] && lex.is(d.word(subj[0]), Lexicon.WordType.EXPLETIVE) ? null
                : Speaker.of(subj, true, false);
    }

    /**
     * A word of the chain from the subject's verb to "to": a verb, adjective, adverb, particle or another
     * "to"; a particle the tagger read as a preposition counts right after a verb ("went on to say").
     */
    private boolean chainLink(Doc d, int k, int a) {
        String p = d.tok[k].pos();
        return d.quoteOf[k] < 0 && (p.startsWith("VB") || "MD".equals(p) || p.startsWith("JJ") || p.startsWith("RB")
                || "RP".equals(p) || "TO".equals(p)
                || "IN".equals(p) && k > a && d.tok[k - 1].isVerb() && lex.is(d.word(k), Lexicon.WordType.PARTICLE));
    }
}
