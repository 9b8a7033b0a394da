package dev.stancekit.quotes;

/**
 * Subjects made of noun phrases joined by "and" before a verb of saying: "she and another
 * reporter", "the US and the UK", "teachers and union officials", "Mr. Xi and other leaders", and
 * "and" inside a body's name ("the Department of Health and Human Services"). Stateless.
 */
final class CoordinatedSubjects {

    private final Lexicon lex;
    private final NounPhrases phrases;

    CoordinatedSubjects(Lexicon lex, NounPhrases phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /**
     * "the Department of Health and Human Services said": when the token at {@code p} is a
     * coordinator inside a body's name (the tagger counts it in the organisation) between proper
     * nouns, with "of" before the first of them, the "of" at the start of the coordinated names;
     * {@code p} otherwise.
     */
    static int ofConjunct(Doc d, int p, int sentFirst) {
        if (p - 2 < sentFirst || !"CC".equals(d.tok[p].pos()) || !"ORGANIZATION".equals(d.tok[p].ner())
                || !d.tok[p - 1].pos().startsWith("NNP") || !d.tok[p + 1].pos().startsWith("NNP")) {
            return p;
        }
        int k = p - 1;
        while (k > sentFirst && d.tok[k - 1].pos().startsWith("NNP") && d.quoteOf[k - 1] < 0) {
            k--;
        }
        return k - 1 >= sentFirst && "of".equals(d.word(k - 1)) ? k - 1 : p;
    }

    /**
     * "…, she and another reporter said": a pronoun of type actor_pronoun and "and" before a
     * speaker's noun phrase, opening the clause; "…, the US and the UK said": two names opening
     * the clause; else null.
     */
    int[] subject(Doc d, int[] np, int sentFirst) {
        int and = np[0] - 1;
        if (and - 1 < sentFirst || !"and".equalsIgnoreCase(d.word(and))) {
            return null;
        }
        int first = and - 1;
        boolean opens = first == sentFirst || ",".equals(d.word(first - 1));
        if (opens && "PRP".equals(d.tok[first].pos()) && lex.is(d.word(first), Lexicon.WordType.ACTOR_PRONOUN)) {
            return new int[] {first, np[1]};
        }
        // "…, the US and the UK said", "…, Smith and Jones said": two speakers that each name one
        int[] named = phrases.plausible(d, np) && d.tok[np[1]].pos().startsWith("NNP") && d.tok[first].pos().startsWith("NNP")
                ? phrases.nounPhrase(d, first, sentFirst) : null;
        if (named != null && phrases.plausible(d, named) && (named[0] == sentFirst || ",".equals(d.word(named[0] - 1)))) {
            return new int[] {named[0], np[1]};
        }
        // "…, teachers and union officials said": two groups named by plural common nouns
        int[] group = "NNS".equals(d.tok[first].pos()) && "NNS".equals(d.tok[np[1]].pos())
                && (Character.isLowerCase(d.word(first).charAt(0)) || first == sentFirst) ? phrases.nounPhrase(d, first, sentFirst) : null;
        return group != null && (group[0] == sentFirst || ",".equals(d.word(group[0] - 1))) ? new int[] {group[0], np[1]} : null;
    }

    /**
     * "Mr. Xi and other leaders said": a subject noun phrase that names no speaker by itself,
     * coordinated with one that does; else null.
     */
    int[] withName(Doc d, int[] np, int sentFirst) {
        int and = np[0] - 1;
        if (and - 1 < sentFirst || !"and".equalsIgnoreCase(d.word(and)) || !NounPhrases.nounHeaded(d, np)) {
            return null;
        }
        int[] first = phrases.nounPhrase(d, and - 1, sentFirst);
        return first != null && phrases.plausible(d, first) && (first[0] == sentFirst || ",".equals(d.word(first[0] - 1)))
                ? new int[] {first[0], np[1]} : null;
    }
}
