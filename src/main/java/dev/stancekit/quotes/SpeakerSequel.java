package dev.stancekit.quotes;

/**
 * Where a reported clause gives way to a second act of its speaker: "Smith insists the party must
 * be a party of ideas, and has championed an agenda …", "the ministry denies the killings were a
 * genocide and goes to great lengths …". A coordinator followed (past adverbs) by a verb in the
 * cue verb's own form, after a clause whose verbs are all in another tense, cannot continue that
 * clause: it shares the cue verb's subject. When any verb of the clause is in the cue verb's tense
 * ("said the economy grew and added jobs") the sentence is left whole; an object and its infinitive
 * count as a clause ("urged the authority to end the strike and warned the unions …"). A cue in the perfect goes on
 * with its own auxiliary ("have argued that A, and have voiced B"). An object with no verb of its
 * own is left whole with the verbs after it ("stressed A and expressed B" is one report, as in the
 * project's gold). Stateless.
 */
final class SpeakerSequel {

    private SpeakerSequel() {
    }

    /** The end (exclusive) of the content cs..ce reported by the verb at token cue. */
    static int end(Lexicon lex, Doc d, int cue, int cs, int ce) {
        int perfect = perfectSequel(lex, d, cue, cs, ce);
        if (perfect < ce) {
            return perfect;
        }
        int tense = tense(d.tok[cue].pos());
        if (tense == NONE) {
            return ce;
        }
        boolean clause = false;
        boolean infinitive = false; // the clause is only an object's infinitive
        for (int k = cs; k < ce; k++) {
            if (d.isQuoteToken(k)) {
                continue;
            }
            String p = d.tok[k].pos();
            // a verb in quote marks counts for the tense ("said its officers “boarded” A and dealt with B")
            if (clause && d.quoteOf[k] < 0 && lex.isExactly(d.lower(k), Lexicon.WordType.COORDINATOR) && sameForm(d, cue, k + 1, ce)
                    && (!infinitive || lex.cueAt(d, Tokens.afterAdverbs(d, k + 1, ce), ce) != null)) {
                return ",".equals(d.word(k - 1)) ? k - 1 : k;
            }
            if (!clause && "TO".equals(p) && k + 1 < ce && "VB".equals(d.tok[k + 1].pos()) && objectBefore(d, cs, k)) {
                // "called on the Dutch government to refrain from A and emphasized B": an object's infinitive,
                // then a verb of saying (not "appealed to the US to stop A and cut/VBD B", a second infinitive)
                clause = true;
                infinitive = true;
            }
            if (Tokens.finiteVerb(p)) {
                infinitive = false;
                int own = "MD".equals(p) ? modal(d.lower(k)) : tense(p);
                if (own == tense || tense == PRESENT && own == PAST || perfect(d, k, ce)) {
                    return ce; // a verb of the content in the cue's tense: what follows may be the content's too
                }
                clause = true;
            }
        }
        return ce;
    }

    /**
     * "Lawmakers have argued that A, and have voiced concerns that B": after a cue in the perfect,
     * a coordinator followed by the cue's own auxiliary and a participle is the speaker's next act
     * when the content before it has a finite verb or an infinitive ("has urged X to stop A, and
     * has called B") and no such auxiliary of its own ("said the firms have cheated and have lied"
     * is left whole). The coordinator's token (or the comma
     * before it), else ce.
     */
    private static int perfectSequel(Lexicon lex, Doc d, int cue, int cs, int ce) {
        int aux = cue - 1;
        while (aux > 0 && d.tok[aux].pos().startsWith("RB")) {
            aux--;
        }
        if (!"VBN".equals(d.tok[cue].pos()) || aux < 0 || !"have".equals(d.tok[aux].lemma()) || !d.tok[aux].isVerb()) {
            return ce;
        }
        String form = d.lower(aux);
        boolean clause = false;
        for (int k = cs; k + 2 < ce; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                continue;
            }
            if (form.equals(d.lower(k))) {
                return ce;
            }
            // "has urged the U.S. to stop A and has called B": an infinitive cannot go on with "has"
            clause |= Tokens.finiteVerb(d.tok[k].pos()) || "TO".equals(d.tok[k].pos()) && "VB".equals(d.tok[k + 1].pos());
            if (clause && lex.isExactly(d.lower(k), Lexicon.WordType.COORDINATOR) && form.equals(d.lower(k + 1))) {
                int j = Tokens.afterAdverbs(d, k + 2, ce);
                if (j < ce && "VBN".equals(d.tok[j].pos()) && d.quoteOf[j] < 0) {
                    return ",".equals(d.word(k - 1)) ? k - 1 : k;
                }
            }
        }
        return ce;
    }

    /** Most tokens of an object before its infinitive ("the Dutch government to refrain"). */
    private static final int MAX_OBJECT = 6;

    /** Whether tokens [cs, k) are one short noun phrase or pronoun, an object before its infinitive. */
    private static boolean objectBefore(Doc d, int cs, int k) {
        if (k - cs < 1 || k - cs > MAX_OBJECT) {
            return false;
        }
        for (int j = cs; j < k; j++) {
            String p = d.tok[j].pos();
            if (!(p.startsWith("NN") || "DT".equals(p) || p.startsWith("JJ") || "PRP".equals(p) || "PRP$".equals(p) || "POS".equals(p))) {
                return false;
            }
        }
        return true;
    }

    /** Whether, past adverbs from token j, a verb outside quote marks has the form of the verb at token cue. */
    private static boolean sameForm(Doc d, int cue, int j, int ce) {
        j = Tokens.afterAdverbs(d, j, ce);
        return j < ce && d.quoteOf[j] < 0 && d.tok[j].pos().equals(d.tok[cue].pos());
    }

    private static final int NONE = 0;
    private static final int PAST = 1;
    private static final int PRESENT = 2;
    private static final int MODAL = 3;

    /**
     * "has impaired A and caused B": after an auxiliary "have" the past form after the coordinator
     * may be a second participle the tagger took for a past tense.
     */
    private static boolean perfect(Doc d, int k, int ce) {
        int j = k + 1;
        while (j < ce && (d.tok[j].pos().startsWith("RB") || "CC".equals(d.tok[j].pos()))) {
            j++; // "has earnestly and strictly implemented"
        }
        return "have".equals(d.tok[k].lemma()) && j < ce && ("VBN".equals(d.tok[j].pos()) || "VBD".equals(d.tok[j].pos()));
    }

    /** "would", "could", "might", "should" report a past; "will", "can", "may", "must" a present or a duty. */
    private static int modal(String word) {
        switch (word) {
            case "would":
            case "could":
            case "might":
            case "should":
                return PAST;
            default:
                return MODAL;
        }
    }

    private static int tense(String pos) {
        switch (pos) {
            case "VBD":
                return PAST;
            case "VBZ":
            case "VBP":
                return PRESENT;
            case "MD":
                return MODAL;
            default:
                return NONE;
        }
    }
}
