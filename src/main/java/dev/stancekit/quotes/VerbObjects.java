package dev.stancekit.quotes;

/**
 * The object of a quoting or causative verb that names the speaker ("quoted the minister as
 * saying", "prompted him to say", "was quoted by the agency"). Stateless and thread-safe.
 */
final class VerbObjects {

    private static final int MAX_NP = NounPhrases.MAX_NP;

    private final Lexicon lex;
    private final NounPhrases phrases;

    VerbObjects(Lexicon lex, NounPhrases phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /**
     * The auxiliary of a passive quoting verb ("was quoted", "has been quoted by the agency")
     * that ends at token {@code last} or a "by" phrase after it; -1 when none.
     */
    int passiveQuoting(Doc d, int last, int sentFirst) {
        for (int k = last; k > sentFirst && last - k <= MAX_NP; k--) {
            if (lex.isExactly(d.tok[k].lemma(), Lexicon.WordType.QUOTING_VERB) && "VBN".equals(d.tok[k].pos())) {
                int aux = k - 1;
                while (aux > sentFirst && d.tok[aux].pos().startsWith("RB")) {
                    aux--;
                }
                boolean by = k == last || "by".equalsIgnoreCase(d.word(k + 1));
                return by && "be".equals(d.tok[aux].lemma()) ? aux : -1;
            }
        }
        return -1;
    }

    /**
     * The object ending at token {@code last} (a pronoun or a noun phrase) of a verb whose lemma
     * has the word type ({@code quoted the minister as saying}, {@code prompted him to say}), or
     * null.
     */
    int[] objectOf(Doc d, int last, int sentFirst, Lexicon.WordType verbType) {
        if (last < sentFirst) {
            return null;
        }
        int[] np = "PRP".equals(d.tok[last].pos()) ? new int[] {last, last} : phrases.nounPhrase(d, last, sentFirst);
        if (np == null || np[0] - 1 < sentFirst) {
            return null;
        }
        dev.stancekit.nlp.Token v = d.tok[np[0] - 1];
        return v.isVerb() && lex.isExactly(v.lemma(), verbType) ? np : null;
    }
}
