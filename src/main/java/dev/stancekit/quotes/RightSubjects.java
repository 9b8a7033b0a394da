package dev.stancekit.quotes;

/**
 * The inverted subject right after a cue ("..., said Adm. Smith."). Stateless and thread-safe.
 */
final class RightSubjects {

    private static final int MAX_NP = NounPhrases.MAX_NP;

    private final Lexicon lex;
    private final NounPhrases phrases;

    RightSubjects(Lexicon lex, NounPhrases phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /** Inverted subject right after the cue ("..., said Adm. Smith."), or null. */
    int[] right(Doc d, int from, int sentEnd) {
        return right(d, from, sentEnd, false);
    }

    /**
     * As {@link #right(Doc, int, int)}; with {@code anyNoun}, any noun phrase is taken ("said one
     * former campaign staffer" after a closing quote mark, where nothing else can be the speaker).
     */
    int[] right(Doc d, int from, int sentEnd, boolean anyNoun) {
        int[] titled = titledName(d, from, sentEnd);
        if (titled != null) {
            return titled;
        }
        if (surnameAlone(d, from, sentEnd)) {
            return new int[] {from, from}; // "…, said He.": a capitalised pronoun after the verb is a surname
        }
        int e = from;
        while (e < sentEnd && (NounPhrases.npToken(d.tok[e]) || NounPhrases.premodifier(d, e, from, sentEnd)) && e - from < MAX_NP) {
            e++;
        }
        if (e == from) {
            return null;
        }
        // "said Defence Minister Chan Chun Sing.": a capitalised last part of a name the tagger read as a verb
        if (e < sentEnd && e - from < MAX_NP && d.tok[e].isVerb() && "NNP".equals(d.tok[e - 1].pos())
                && Character.isUpperCase(d.word(e).charAt(0)) && d.quoteOf[e] < 0
                && (e + 1 == sentEnd || ",".equals(d.word(e + 1)) || Tokens.sentenceEnd(d.word(e + 1)))) {
            e++;
        }
        // "said a person close to the campaign", "said an official familiar with the talks"
        if (e + 1 < sentEnd && "JJ".equals(d.tok[e - 1].pos()) && e - 1 > from
                && ("IN".equals(d.tok[e].pos()) || "TO".equals(d.tok[e].pos()))) {
            e = phraseAfter(d, e, from, sentEnd, false);
        }
        // "said a spokesperson for the Chinese embassy in Washington": whom a speaker noun speaks for
        if (e + 1 < sentEnd && e - 1 > from && d.tok[e - 1].pos().startsWith("NN") && lex.isSpeakerNoun(d.word(e - 1))
                && lex.isExactly(d.lower(e), Lexicon.WordType.EMPLOYER_PREPOSITION)) {
            e = phraseAfter(d, e, from, sentEnd, true);
        }
        // the speaker's words end where something other than a finite verb follows: punctuation,
        // a relative clause, a preposition or conjunction ("said X as she left", "said X in a
        // statement", "said X, a spokesman who ...")
        String next = e < sentEnd ? d.tok[e].pos() : "";
        // a participle with its complement is a reduced relative ("said one aide involved in the talks")
        // or an active participle with its object ("said a senior official accompanying Vice President Lee")
        boolean reduced = "VBN".equals(next) && e + 1 < sentEnd
                && ("IN".equals(d.tok[e + 1].pos()) || "TO".equals(d.tok[e + 1].pos()))
                || "VBG".equals(next) && d.tok[e - 1].pos().startsWith("NN") && d.quoteOf[e] < 0;
        boolean ends = e == sentEnd || reduced || !(next.startsWith("VB") || "MD".equals(next) || "PRP".equals(next));
        int[] np = {from, e - 1};
        return ends && (phrases.plausible(d, np) || anyNoun && NounPhrases.nounHeaded(d, np)) && !"PRP".equals(d.tok[from].pos()) ? np : null;
    }

    /** A capitalised pronoun alone before a comma or the sentence's end ("…, said He."). */
    private static boolean surnameAlone(Doc d, int k, int sentEnd) {
        return k < sentEnd && "PRP".equals(d.tok[k].pos()) && Character.isUpperCase(d.word(k).charAt(0)) && d.quoteOf[k] < 0
                && (k + 1 == sentEnd || ",".equals(d.word(k + 1)) || Tokens.sentenceEnd(d.word(k + 1)));
    }

    /**
     * The end of the noun phrase after the preposition at token e (with {@code names}, over "of"
     * inside a capitalised name), or e when no noun phrase follows it.
     */
    private int phraseAfter(Doc d, int e, int from, int sentEnd, boolean names) {
        int k = e + 1;
        while (k < sentEnd && (NounPhrases.npToken(d.tok[k]) || names && nameJoiner(d, k, sentEnd)) && k - from < MAX_NP) {
            k++;
        }
        return k > e + 1 ? k : e;
    }

    /** "of" inside a capitalised name ("the Ministry of Commerce"). */
    private boolean nameJoiner(Doc d, int k, int sentEnd) {
        return k + 1 < sentEnd && lex.isExactly(d.lower(k), Lexicon.WordType.TITLE_JOINER) && "NNP".equals(d.tok[k - 1].pos())
                && "NNP".equals(d.tok[k + 1].pos());
    }

    /** Most tokens of a title and name in capitals ("Under Secretary of Commerce for Industry and Security Alan Estevez"). */
    private static final int MAX_TITLED_NAME = 16;

    /**
     * "said Under Secretary of Commerce for Industry and Security Alan Estevez.": capitalised words,
     * joined by words of type {@code title_joiner} (of, for, and, the, on), ending in a person's name at the end of the sentence or before
     * a comma; null otherwise. The tagger reads such titles' words as prepositions and verbs.
     */
    private int[] titledName(Doc d, int from, int sentEnd) {
        int k = from;
        while (k < sentEnd && k - from < MAX_TITLED_NAME && d.quoteOf[k] < 0) {
            String w = d.word(k);
            boolean capital = Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
            // "Senator Ann Lee and Representative Bob Smith": "and" after a name joins two people
            // "of the Treasury": a second joiner before the capital
            int c = k + 1 < sentEnd && lex.isExactly(d.word(k + 1), Lexicon.WordType.TITLE_JOINER) ? k + 2 : k + 1;
            boolean joiner = k > from && lex.isExactly(w, Lexicon.WordType.TITLE_JOINER) && c < sentEnd
                    && Character.isUpperCase(d.word(c).charAt(0)) && !"PERSON".equals(d.tok[k - 1].ner());
            if (!capital && !joiner) {
                break;
            }
            k++;
        }
        boolean ends = k == sentEnd || ",".equals(d.word(k)) || Tokens.sentenceEnd(d.word(k));
        return k - from >= 3 && ends && "PERSON".equals(d.tok[k - 1].ner()) && !"PERSON".equals(d.tok[from].ner())
                ? new int[] {from, k - 1} : null;
    }
}
