package dev.stancekit.quotes;

/**
 * Finds the noun phrase naming the speaker of a cue verb with tokens and POS tags only: the
 * subject to the left ("The spokesman, speaking on condition of anonymity, said"), the inverted
 * subject to the right ("said Adm. Smith") or the subject of a coordinated verb ("He met X and
 * spoke of ..."). A facade over {@link LeftSubjects}, {@link LooseSubjects}, {@link RightSubjects},
 * {@link ClauseSubjects}, {@link RelativeClauses}, {@link VerbObjects} and {@link Insertions}.
 * Stateless and thread-safe.
 */
final class MentionFinder {

    private final Lexicon lex;
    private final NounPhrases phrases;
    private final Insertions insertions;
    private final RelativeClauses relatives;
    private final LooseSubjects looseSubjects;
    private final LeftSubjects leftSubjects;
    private final ClauseSubjects clauseSubjects;
    private final RightSubjects rightSubjects;
    private final VerbObjects verbObjects;

    MentionFinder(Lexicon lex) {
        this.lex = lex;
        this.phrases = new NounPhrases(lex);
        this.insertions = new Insertions(lex);
        this.relatives = new RelativeClauses(lex, phrases, insertions);
        this.looseSubjects = new LooseSubjects(lex, phrases, insertions, relatives);
        this.leftSubjects = new LeftSubjects(lex, phrases, insertions, relatives, looseSubjects);
        this.clauseSubjects = new ClauseSubjects(lex, leftSubjects);
        this.rightSubjects = new RightSubjects(lex, phrases);
        this.verbObjects = new VerbObjects(lex, phrases);
    }

    /** Whether the word is a contrasting conjunction ("while", "whereas"): of word types boundary and subordinator. */
    boolean contrast(String word) {
        return lex.isLowered(word, Lexicon.WordType.BOUNDARY) && lex.isLowered(word, Lexicon.WordType.SUBORDINATOR);
    }

    /** See {@link VerbObjects#passiveQuoting}. */
    int passiveQuoting(Doc d, int last, int sentFirst) {
        return verbObjects.passiveQuoting(d, last, sentFirst);
    }

    /** See {@link VerbObjects#objectOf}. */
    int[] objectOf(Doc d, int last, int sentFirst, Lexicon.WordType verbType) {
        return verbObjects.objectOf(d, last, sentFirst, verbType);
    }

    /** Whether the word opens a subordinate clause ("while", "after", "if"). */
    boolean subordinator(String word) {
        return Insertions.subordinator(lex, word);
    }

    /** Token range [s, e] of the subject left of the cue at {@code cue}, or null (see {@link LeftSubjects#left}). */
    int[] left(Doc d, int cue, int sentFirst) {
        return leftSubjects.left(d, cue, sentFirst);
    }

    /**
     * The speaker of a verb of saying whose quote is already known: {@link #left} when it finds
     * one; else any noun phrase right before the verb (an apposition between commas skipped:
     * "the complaint alleged", "the petition, filed Tuesday, accuses"); for a participle ("…,
     * calling him “a liar”") the subject of its clause. Null when none.
     */
    int[] speakerOf(Doc d, int cue, int sentFirst) {
        int[] np = left(d, cue, sentFirst);
        if (np != null) {
            return np;
        }
        int i = insertions.skipAdverbs(d, cue - 1, sentFirst);
        boolean skipped = false;
        if (i >= sentFirst && ",".equals(d.word(i))) {
            int j = i - 1;
            while (j >= sentFirst && !",".equals(d.word(j)) && d.quoteOf[j] < 0) {
                j--;
            }
            skipped = j >= sentFirst && ",".equals(d.word(j));
            i = skipped ? j - 1 : i;
        }
        np = i >= sentFirst ? nounPhrase(d, i, sentFirst) : null;
        // over an insertion, not the object of a preposition: "During a press conference, Zhao hit back, saying …"
        if (np != null && nounHeaded(d, np) && !(skipped && np[0] > sentFirst && "IN".equals(d.tok[np[0] - 1].pos())
                && !subordinator(d.word(np[0] - 1)) && !"that".equalsIgnoreCase(d.word(np[0] - 1)))) {
            // "after Mr. Lee, asked about …, had said", "charges that Ms. Ode, for one, called …": a clause's subject
            return np;
        }
        if ("VBG".equals(d.tok[cue].pos()) && cue > sentFirst) {
            return clauseSubject(d, sentFirst, cue);
        }
        return relativeHead(d, cue, sentFirst, false); // "the senator, who has called the plan “a gamble,”"
    }

    /**
     * The person or body that a relative clause with the cue hangs on ("Lee, who said"): the noun
     * phrase before the relative pronoun right before the cue, when it names a speaker; with
     * {@code afterComma} only for a clause set off by a comma. Null otherwise.
     */
    int[] relativeHead(Doc d, int cue, int sentFirst, boolean afterComma) {
        int rel = relativeBefore(d, cue, sentFirst);
        if (rel < 0 || afterComma && (rel - 1 <= sentFirst || !",".equals(d.word(rel - 1)))) {
            return null;
        }
        int[] np = leftAny(d, cue, sentFirst);
        return np != null && plausible(d, np) ? np : null;
    }

    /** Inverted subject right after the cue ("..., said Adm. Smith."), or null. */
    int[] right(Doc d, int from, int sentEnd) {
        return rightSubjects.right(d, from, sentEnd);
    }

    /** See {@link RightSubjects#right(Doc, int, int, boolean)}. */
    int[] right(Doc d, int from, int sentEnd, boolean anyNoun) {
        return rightSubjects.right(d, from, sentEnd, anyNoun);
    }

    /** See {@link LooseSubjects#leftAny}. */
    int[] leftAny(Doc d, int cue, int sentFirst) {
        return looseSubjects.leftAny(d, cue, sentFirst);
    }

    /** See {@link RelativeClauses#relativeBefore}. */
    int relativeBefore(Doc d, int cue, int sentFirst) {
        return relatives.relativeBefore(d, cue, sentFirst);
    }

    /** See {@link ClauseSubjects#clauseSubject}. */
    int[] clauseSubject(Doc d, int from, int to) {
        return clauseSubjects.clauseSubject(d, from, to);
    }

    /** See {@link ClauseSubjects#copulaSubject}. */
    int[] copulaSubject(Doc d, int from, int to) {
        return clauseSubjects.copulaSubject(d, from, to);
    }

    /** See {@link LooseSubjects#trailingSubject}. */
    int[] trailingSubject(Doc d, int cue, int sentFirst) {
        return looseSubjects.trailingSubject(d, cue, sentFirst);
    }

    /** The noun phrase ending at token i, or null when token i cannot end one (see {@link NounPhrases}). */
    int[] nounPhrase(Doc d, int head, int sentFirst) {
        return phrases.nounPhrase(d, head, sentFirst);
    }

    /** Whether a noun phrase can name a speaker (see {@link NounPhrases#plausible}). */
    boolean plausible(Doc d, int[] np) {
        return phrases.plausible(d, np);
    }

    static boolean nounHeaded(Doc d, int[] np) {
        return NounPhrases.nounHeaded(d, np);
    }

    static int headOf(Doc d, int[] np) {
        return NounPhrases.headOf(d, np);
    }
}
