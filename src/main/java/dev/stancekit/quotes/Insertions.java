package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import java.util.Locale;

/**
 * Walks left over what may stand between a subject and its verb: adverbs, auxiliaries, time
 * phrases, a bracketed tag, an insertion between dashes or commas. Stateless and thread-safe.
 */
final class Insertions {

    /** Most tokens inside a bracket after a name: a tag ("(R-Ohio)") or a description ("(a Vermont Democrat so young he …)"). */
    private static final int MAX_BRACKET = 20;
    /** Most tokens of an insertion between dashes skipped between a subject and its verb. */
    private static final int MAX_DASH_INSERTION = 40;

    private final Lexicon lex;

    Insertions(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether the word opens a subordinate clause ("while", "after", "if"): type {@code subordinator}. */
    static boolean subordinator(Lexicon lex, String word) {
        return lex.isExactly(word.toLowerCase(Locale.ROOT), Lexicon.WordType.SUBORDINATOR);
    }

    /**
     * Whether the lemma is an auxiliary or adverb that stands between a subject and its full verb
     * ("has also said"): type {@code auxiliary}.
     */
    static boolean auxiliary(Lexicon lex, String lemma) {
        return lex.isExactly(lemma, Lexicon.WordType.AUXILIARY);
    }

    /**
     * The last token left of the cue at {@code cue} once adverbs, auxiliaries, a bracketed tag and
     * an insertion between dashes are walked over ("Sen. Ann Ode (R-Ohio) on Saturday said").
     */
    int beforeCue(Doc d, int cue, int sentFirst) {
        return skipDashInsertion(d, skipBracket(d, skipAdverbs(d, cue - 1, sentFirst), sentFirst), sentFirst);
    }

    /**
     * The last token at or before {@code i} that is no adverb, auxiliary, floating quantifier,
     * clitic, reflexive intensifier or time phrase ("has also said", "they all said", "X this past
     * week announced", "Rubio himself described").
     */
    int skipAdverbs(Doc d, int i, int sentFirst) {
        while (i >= sentFirst) {
            if (i - 2 >= sentFirst && d.isQuoteToken(i) && d.isQuoteToken(i - 2) && d.tok[i - 1].pos().startsWith("RB")
                    && d.quoteOf[i - 1] >= 0) {
                i -= 3; // "The United States “strongly” urged": an adverb in quote marks
                continue;
            }
            Token t = d.tok[i];
            boolean adverb = t.pos().startsWith("RB") && !"n't".equals(t.word()) && !"not".equals(t.word());
            boolean aux = "MD".equals(t.pos()) || auxiliary(lex, t.lemma()) && t.pos().startsWith("VB");
            // "has long said", "had earlier said": an adverb the tagger took for an adjective after an auxiliary
            boolean longAfterAux = ("JJ".equals(t.pos()) || "JJR".equals(t.pos())) && i - 1 >= sentFirst
                    && auxiliary(lex, d.tok[i - 1].lemma());
            String before = i - 1 >= sentFirst ? d.tok[i - 1].pos() : "";
            // "have both argued", "they all said": a quantifier after the subject or an auxiliary
            boolean floating = lex.is(t.word(), Lexicon.WordType.QUANTIFIER) && "DT".equals(t.pos())
                    && (before.startsWith("NN") || "PRP".equals(before) || "MD".equals(before)
                    || i - 1 >= sentFirst && auxiliary(lex, d.tok[i - 1].lemma()));
            // "he’s predicted": a clitic "’s" after a pronoun is "has" or "is"
            boolean clitic = "PRP".equals(before) && ("POS".equals(t.pos()) || "VBZ".equals(t.pos())) && t.word().endsWith("s")
                    && t.word().length() == 2;
            // "X, the party chairman, this past week announced": a time phrase before the verb
            int time = timeBefore(d, i, sentFirst);
            time = time >= 0 ? time : dateBefore(d, i, sentFirst);
            if (time >= 0) {
                i = time - 1;
                continue;
            }
            // "Rubio himself described": a reflexive pronoun right after a noun stresses the subject
            String lower = t.word().toLowerCase(Locale.ROOT);
            boolean intensifier = "PRP".equals(t.pos()) && before.startsWith("NN")
                    && (lower.endsWith("self") || lower.endsWith("selves"));
            // "She has since stressed": "since" with no clause after it, right after an auxiliary
            boolean perfectAdverb = lex.is(t.word(), Lexicon.WordType.PERFECT_ADVERB) && i - 1 >= sentFirst
                    && auxiliary(lex, d.tok[i - 1].lemma()) && d.tok[i - 1].pos().startsWith("VB");
            if (!(adverb || aux || longAfterAux || floating || clitic || intensifier || perfectAdverb)) {
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * The "on" of a date ending at token i between a subject and its verb ("the State Department on
     * Dec. 14 said", "the ministry on 3 June said"): a month (time word, abbreviated or not) and a
     * number; -1 when there is none.
     */
    private int dateBefore(Doc d, int i, int sentFirst) {
        if (i - 2 <= sentFirst || d.quoteOf[i] >= 0) {
            return -1;
        }
        boolean monthDay = "CD".equals(d.tok[i].pos()) && month(d.word(i - 1));
        boolean dayMonth = month(d.word(i)) && "CD".equals(d.tok[i - 1].pos());
        int on = i - 2;
        boolean subjectBefore = on - 1 >= sentFirst && (d.tok[on - 1].pos().startsWith("NN") || "PRP".equals(d.tok[on - 1].pos()));
        return (monthDay || dayMonth) && "on".equalsIgnoreCase(d.word(on)) && subjectBefore ? on : -1;
    }

    private boolean month(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && lex.is(w, Lexicon.WordType.TIME);
    }

    /**
     * The first token of a time phrase ending at token i ("last week", "this past week",
     * "Tuesday"; time words of speaker-words.csv), or -1.
     */
    private int timeBefore(Doc d, int i, int sentFirst) {
        if (!lex.is(d.word(i), Lexicon.WordType.TIME) || !d.tok[i].pos().startsWith("NN") || d.quoteOf[i] >= 0) {
            return -1;
        }
        int k = i;
        while (k - 1 >= sentFirst && ("JJ".equals(d.tok[k - 1].pos()) || "DT".equals(d.tok[k - 1].pos()))) {
            k--;
        }
        if (k < i && k - 2 >= sentFirst && d.quoteOf[k - 1] < 0 && d.tok[k - 1].pos().startsWith("RB")
                && lex.isExactly(d.lower(k - 1), Lexicon.WordType.TIME_ADVERB)) {
            k--; // "China earlier this month slammed": an adverb opens the phrase (type time_adverb)
        }
        // "X, the minister, on Sunday accused": a preposition may open the phrase (type time_preposition)
        if (k - 2 >= sentFirst && ("IN".equals(d.tok[k - 1].pos()) || "RB".equals(d.tok[k - 1].pos())) && d.quoteOf[k - 1] < 0
                && lex.isExactly(d.lower(k - 1), Lexicon.WordType.TIME_PREPOSITION)) {
            String p = d.tok[k - 2].pos();
            if (",".equals(d.word(k - 2)) || "NNP".equals(p) || "PRP".equals(p)) {
                k--;
            }
        }
        // the phrase must stand between a subject and its verb: a noun, pronoun or comma before it
        String before = k - 1 >= sentFirst ? d.tok[k - 1].pos() : "";
        // not a day in a name ("Super Tuesday")
        boolean inName = k == i && "NNP".equals(d.tok[i].pos()) && before.startsWith("NNP");
        return k > i - 4 && k - 1 >= sentFirst && !inName
                && (before.startsWith("NN") || "PRP".equals(before) || ",".equals(before)) ? k : -1;
    }

    /**
     * Before a bracketed tag right in front of the cue ("Sen. Ann Ode (R-Ohio) said"): the token
     * before its opening bracket; else {@code i} itself.
     */
    static int skipBracket(Doc d, int i, int sentFirst) {
        if (i < sentFirst || !")".equals(d.word(i))) {
            return i;
        }
        for (int k = i - 1; k >= sentFirst && i - k <= MAX_BRACKET; k--) {
            if ("(".equals(d.word(k))) {
                return k - 1;
            }
        }
        return i;
    }

    /**
     * The token before an insertion between dashes that ends at token {@code i} ("Many speakers
     * — including two bishops — said"), or {@code i} when token i is no closing dash, or when quoted
     * words stand in an insertion that is no relative clause.
     */
    static int skipDashInsertion(Doc d, int i, int sentFirst) {
        if (i <= sentFirst || !Tokens.dash(d, i)) {
            return i;
        }
        boolean quoted = false;
        for (int j = i - 1; j > sentFirst && i - j <= MAX_DASH_INSERTION; j--) {
            quoted |= d.quoteOf[j] >= 0;
            if (Tokens.dash(d, j)) {
                // "Trump - who previously said he would “bomb” the fields - said": quoted words only inside a relative clause
                return !quoted || "WP".equals(d.tok[j + 1].pos()) ? j - 1 : i;
            }
        }
        return i;
    }

    /** The comma at or before token {@code from} in the sentence, or -1. */
    static int prevComma(Doc d, int from, int sentFirst) {
        for (int j = from; j >= sentFirst; j--) {
            if (",".equals(d.word(j)) && d.quoteOf[j] < 0) { // a comma inside quote marks is not one
                return j;
            }
        }
        return -1;
    }

    /** A comma-delimited insertion: relative clause, participle phrase or apposition. */
    boolean parenthetical(Doc d, int from, int to) {
        if (from >= to) {
            return false;
        }
        while (from < to - 1 && d.tok[from].pos().startsWith("RB")) {
            from++;
        }
        if (from == to - 1 && d.tok[from].pos().startsWith("RB")) {
            return true; // "Sanders, meanwhile, said"
        }
        Token first = d.tok[from];
        String p = first.pos();
        if (p.startsWith("W") || "VBG".equals(p) || "VBN".equals(p)) {
            return true;
        }
        if ("IN".equals(p) && !"that".equalsIgnoreCase(first.word()) && from + 1 < to) {
            return true; // "Ann Ode, in a statement released on Monday, said"
        }
        // an apposition starts with a noun phrase ("a spokesman for ...", "chairman of ...") and
        // holds no clause of its own before any relative pronoun ("the embassy said …, adding")
        return NounPhrases.npToken(first) && !"POS".equals(p) && !"HYPH".equals(p) && !clauseBeforeRelative(d, from, to);
    }

    private static boolean clauseBeforeRelative(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].pos().startsWith("W")) {
                return false;
            }
            if (Tokens.finiteVerb(d.tok[k].pos()) && d.quoteOf[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether only conjunctions, adverbs and commas stand before token k in its sentence ("But those …"). */
    static boolean opensSentence(Doc d, int k, int sentFirst) {
        for (int j = sentFirst; j < k; j++) {
            String p = d.tok[j].pos();
            if (!("CC".equals(p) || p.startsWith("RB") || ",".equals(d.word(j)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token k opens a clause: the sentence's first word, or after a comma, a conjunction or a preposition. */
    static boolean opensClause(Doc d, int k, int sentFirst) {
        if (k == sentFirst) {
            return true;
        }
        String p = d.tok[k - 1].pos();
        return ",".equals(d.word(k - 1)) || "CC".equals(p) || "IN".equals(p) || p.startsWith("RB");
    }
}
