package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * Finds the personal name inside a speaker's noun phrase: person-tagged tokens, a capitalised
 * word the article names a person with elsewhere, or a pronoun-like surname with a title in
 * apposition ("He, the vice-premier,"). One per article; stateless after construction.
 */
final class PhraseNames {

    /** Most words of the title in an apposition after a name that looks like a pronoun ("the vice-premier"). */
    private static final int MAX_APPOSITIVE_TITLE = 4;

    private final Doc d;
    private final Lexicon lex;
    private final ArticlePersons people;

    PhraseNames(Doc d, Lexicon lex, ArticlePersons people) {
        this.d = d;
        this.lex = lex;
        this.people = people;
    }

    /**
     * The title of a short apposition right after a capitalised pronoun-like word ("He, the
     * vice-premier,"), or -1: a pronoun takes no apposition, so the word is a name.
     */
    int appositiveTitle(int e) {
        if (!Character.isUpperCase(d.word(e).charAt(0)) || e + 3 >= d.tok.length || !",".equals(d.word(e + 1))
                || !"the".equalsIgnoreCase(d.word(e + 2))) {
            return -1;
        }
        for (int k = e + 3; k < d.tok.length && k <= e + 2 + MAX_APPOSITIVE_TITLE; k++) {
            if (",".equals(d.word(k))) {
                int last = k - 1;
                return lex.is(ArticlePersons.lastPart(Lexicon.normal(d.word(last))), Lexicon.WordType.TITLE) ? last : -1;
            }
        }
        return -1;
    }

    /**
     * Whether pronoun token {@code e} is written with a capital inside its sentence, after no quote
     * mark or colon ("If the US insists on the fees, He said, …"): a surname (He Yadong's), not the
     * pronoun, when a person of the article has it as a name word.
     */
    boolean capitalisedMidSentence(int e) {
        String w = d.word(e);
        int first = d.sentStart[d.sentOf[e]];
        if (e <= first || !Character.isUpperCase(w.charAt(0)) || w.length() < 2 || !w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String prev = d.word(e - 1);
        return !(d.isQuoteToken(e - 1) || ":".equals(prev) || "(".equals(prev) || "-LRB-".equals(prev) || "--".equals(prev) || "—".equals(prev));
    }

    /** Token range of the personal name inside the phrase, or null. */
    int[] nameIn(int s, int e, int head) {
        int last = -1;
        for (int k = e; k >= s; k--) {
            if (d.tok[k].isPerson()) {
                last = k;
                break;
            }
        }
        if (last < 0 && d.tok[head].pos().startsWith("NNP") && head == e && people.knownPerson(d.word(head))) {
            last = head;
        }
        if (last < 0) {
            Token h = d.tok[head];
            boolean bareName = h.pos().startsWith("NNP") && "O".equals(h.ner()) && head == e
                    && !lex.isSpeakerNoun(h.word()) && !lex.is(h.word(), Lexicon.WordType.TITLE);
            if (!bareName) {
                return null;
            }
            last = head;
        }
        int first = last;
        while (first - 1 >= s && (d.tok[first - 1].isPerson() || nameLike(d.tok[first - 1]))) {
            first--;
        }
        return new int[] {first, last};
    }

    /** A capitalised proper noun or pronoun-like word the NER left untagged, not a speaker noun or title. */
    private boolean nameLike(Token t) {
        String w = t.word();
        return (t.pos().startsWith("NNP") || "PRP".equals(t.pos())) && "O".equals(t.ner())
                && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".") && !lex.isSpeakerNoun(w)
                && !lex.is(w, Lexicon.WordType.TITLE);
    }
}
