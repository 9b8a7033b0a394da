package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * Relative clauses next to a cue: the noun phrase a relative clause before the cue hangs on, and
 * the relative pronoun right before the cue ("who said"). Stateless and thread-safe.
 */
final class RelativeClauses {

    private static final int MAX_NP = NounPhrases.MAX_NP;

    private final Lexicon lex;
    private final NounPhrases phrases;
    private final Insertions insertions;

    RelativeClauses(Lexicon lex, NounPhrases phrases, Insertions insertions) {
        this.lex = lex;
        this.phrases = phrases;
        this.insertions = insertions;
    }

    /**
     * The subject of a relative clause whose object stands right before the verb of saying:
     * "A retired captain who advises the navy said" gives "A retired captain"; null otherwise.
     */
    int[] objectInRelative(Doc d, int[] np, int sentFirst) {
        return verbInRelative(d, np[0] - 1, sentFirst, false);
    }

    /**
     * The subject of a relative clause whose verb is token v, after which only its object or a
     * prepositional phrase stands before the verb of saying: "A retired captain who advises the
     * navy said", "…, people who have worked on relief efforts said"; the head opens the sentence
     * or, with {@code afterComma} (a verb of saying that ends its sentence), follows a comma. Null
     * otherwise.
     */
    int[] verbInRelative(Doc d, int v, int sentFirst, boolean afterComma) {
        if (v - 1 <= sentFirst || !d.tok[v].isVerb()) {
            return null;
        }
        int w = v - 1;
        while (w > sentFirst && (d.tok[w].pos().startsWith("RB") || "MD".equals(d.tok[w].pos())
                || Insertions.auxiliary(lex, d.tok[w].lemma()) && d.tok[w].isVerb())) {
            w--; // "organizations that have endorsed him say"
        }
        boolean finite = Tokens.finiteVerb(d.tok[v].pos()) || w < v - 1;
        boolean relative = "WP".equals(d.tok[w].pos()) || "WDT".equals(d.tok[w].pos());
        if (!finite || !relative || w - 1 < sentFirst) {
            return null;
        }
        if (lex.is(d.word(w - 1), Lexicon.WordType.DEMONSTRATIVE_HEAD) && Insertions.opensSentence(d, w - 1, sentFirst)) {
            return new int[] {w - 1, w - 1}; // "But those who back her rivals say"
        }
        int[] head = phrases.nounPhrase(d, w - 1, sentFirst);
        boolean opens = head != null && (Insertions.opensSentence(d, head[0], sentFirst)
                || afterComma && head[0] - 1 > sentFirst && ",".equals(d.word(head[0] - 1)));
        return opens && phrases.plausible(d, head) ? head : null;
    }

    /**
     * The noun phrase that a restrictive relative clause ending at token {@code i} hangs on
     * ("others who want to ban the tax said", "voters who backed him in 2012 say"), or null.
     */
    int[] relativeSubject(Doc d, int i, int sentFirst) {
        if ("TO".equals(d.tok[i].pos())) {
            return null; // "a win that led her to declare": the infinitive has a subject of its own
        }
        for (int k = i; k > sentFirst && i - k <= MAX_NP; k--) {
            Token t = d.tok[k];
            if (d.quoteOf[k] >= 0 || ",".equals(t.word()) || ";".equals(t.word())) {
                return null;
            }
            if ("WP".equals(t.pos()) && "who".equalsIgnoreCase(t.word()) || "WP$".equals(t.pos())) {
                boolean verb = false;
                for (int v = k + 1; v <= i; v++) {
                    verb |= d.tok[v].isVerb();
                }
                int[] np = verb ? phrases.nounPhrase(d, k - 1, sentFirst) : null;
                if (verb && np == null && k - 1 >= sentFirst && lex.is(d.word(k - 1), Lexicon.WordType.DEMONSTRATIVE_HEAD)) {
                    return new int[] {k - 1, k - 1}; // "those who back her rivals say"
                }
                return np != null && NounPhrases.nounHeaded(d, np) ? np : null;
            }
        }
        return null;
    }

    /** The relative pronoun right before the cue at {@code cue} ("who said"), or -1. */
    int relativeBefore(Doc d, int cue, int sentFirst) {
        int i = insertions.skipAdverbs(d, cue - 1, sentFirst);
        if (i < sentFirst || d.quoteOf[i] >= 0) {
            return -1;
        }
        String pos = d.tok[i].pos();
        return ("WP".equals(pos) || "WDT".equals(pos)) && !lex.is(d.word(i), Lexicon.WordType.FREE_RELATIVE) ? i : -1;
    }
}
