package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * The noun phrases of the quote finder, with tokens and POS tags only: the phrase ending at a
 * head ({@code the former Florida governor}, {@code Sen. Ann Ode}, {@code officials at the
 * ministry}), its head noun, and whether it can name a speaker. Immutable and thread-safe.
 */
final class NounPhrases {

    /** Most tokens of a noun phrase. */
    static final int MAX_NP = 12;

    private final Lexicon lex;

    NounPhrases(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * Whether the word at {@code k} is a preposition of type {@code employer_preposition} between a
     * speaker noun and an organisation up to {@code head}, naming whom the speaker works for ("a
     * spokesperson with the ministry"; not "voters with Bernie Sanders T-shirts").
     */
    private boolean employer(Doc d, int k, int sentFirst, int head) {
        if (k - 1 < sentFirst || !d.tok[k - 1].pos().startsWith("NN") || !lex.isSpeakerNoun(d.word(k - 1))
                || !lex.isExactly(d.lower(k), Lexicon.WordType.EMPLOYER_PREPOSITION)) {
            return false;
        }
        for (int j = k + 1; j <= head; j++) {
            String w = d.word(j);
            if ("ORGANIZATION".equals(d.tok[j].ner()) || lex.is(w, Lexicon.WordType.ORGANIZATION)
                    || w.length() > 1 && w.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun phrase ending at token i, or null when token i cannot end one. A pronoun is one by
     * itself (type {@code subject_pronoun}; {@code object_pronoun} only after a preposition: "a
     * source close to him"); an article (type {@code article}) opens one ("a flight the Chinese
     * military said"; not "Ohio this week").
     */
    int[] nounPhrase(Doc d, int head, int sentFirst) {
        if (head < sentFirst || d.quoteOf[head] >= 0) {
            return null;
        }
        Token h = d.tok[head];
        // "Vice Premier He": a capitalised pronoun after a proper noun is a surname
        boolean surname = "PRP".equals(h.pos()) && head - 1 >= sentFirst && "NNP".equals(d.tok[head - 1].pos())
                && Character.isUpperCase(h.word().charAt(0)) && d.quoteOf[head - 1] < 0;
        if ("PRP".equals(h.pos()) && !surname) {
            String w = h.word().toLowerCase(java.util.Locale.ROOT);
            boolean object = lex.isExactly(w, Lexicon.WordType.OBJECT_PRONOUN) && head - 1 >= sentFirst
                    && ("IN".equals(d.tok[head - 1].pos()) || "TO".equals(d.tok[head - 1].pos()));
            return lex.isExactly(w, Lexicon.WordType.SUBJECT_PRONOUN) || object ? new int[] {head, head} : null;
        }
        boolean nounHead = h.pos().startsWith("NN") || surname || h.isPerson() && Character.isUpperCase(h.word().charAt(0))
                || "JJ".equals(h.pos()) && (lex.isSpeakerNoun(h.word()) || lex.is(h.word(), Lexicon.WordType.TITLE));
        if (!nounHead) {
            return null;
        }
        int k = head;
        while (k - 1 >= sentFirst && head - k < MAX_NP && d.quoteOf[k - 1] < 0) {
            Token t = d.tok[k - 1];
            boolean connector = ("of".equalsIgnoreCase(t.word()) || "for".equalsIgnoreCase(t.word()))
                    && k - 2 >= sentFirst && (d.tok[k - 2].pos().startsWith("NN")
                    || "of".equalsIgnoreCase(t.word()) && lex.is(d.word(k - 2), Lexicon.WordType.QUANTIFIER))
                    || employer(d, k - 1, sentFirst, head); // "a spokesperson with the ministry"
            // "self-described", "state-run": a participle joined by a hyphen modifies the noun
            boolean compound = ("VBN".equals(t.pos()) || "VBG".equals(t.pos())) && k - 2 >= sentFirst
                    && "HYPH".equals(d.tok[k - 2].pos());
            boolean nameHead = "PRP".equals(t.pos()) && Character.isUpperCase(t.word().charAt(0))
                    && d.tok[k].pos().startsWith("NNP") && (k - 1 == sentFirst || d.tok[k - 2].pos().startsWith("NNP")
                    || ".".equals(d.word(k - 2)));
            boolean titleDot = ".".equals(t.word()) && k - 2 >= sentFirst && d.tok[k - 2].end() == t.begin()
                    && lex.is(d.word(k - 2), Lexicon.WordType.TITLE);
            // "a flight the Chinese military said": a determiner opens the phrase; a noun before it ends another one
            boolean beforeDeterminer = "DT".equals(d.tok[k].pos()) && lex.is(d.word(k), Lexicon.WordType.ARTICLE)
                    && (t.pos().startsWith("NN") || "JJ".equals(t.pos())) && k < head;
            // "On Friday China confirmed": a day before a name is when, not part of the name
            boolean dayBeforeName = lex.is(t.word(), Lexicon.WordType.TIME) && Character.isUpperCase(t.word().charAt(0))
                    && d.tok[k].pos().startsWith("NNP") && Character.isUpperCase(d.word(k).charAt(0));
            if (beforeDeterminer || dayBeforeName || Tokens.dash(d, k - 1)) {
                break; // "… like a church - Adel Nefzi said": a spaced hyphen is a dash, not part of a word
            }
            if (bracketedAcronym(d, k - 1, sentFirst)) {
                k -= 3; // "the People's Liberation Army's (PLA) Eastern Theater Command"
                continue;
            }
            // "current and former officials": two lower-case adjectives joined before the noun; "U.S.
            // and British officials", "Danish and Thai delegations": two capitalised ones before a
            // plural noun, one phrase that names two parties (see bothParties)
            boolean joinedAdjectives = "CC".equals(t.pos()) && k - 2 >= sentFirst && k < head && d.quoteOf[k - 2] < 0
                    && ("JJ".equals(d.tok[k].pos()) && "JJ".equals(d.tok[k - 2].pos())
                        && Character.isLowerCase(d.word(k).charAt(0)) && Character.isLowerCase(d.word(k - 2).charAt(0))
                        || jointModifiers(d, k - 1, head));
            if (npToken(t) || connector || compound || nameHead || titleDot || joinedAdjectives || premodifier(d, k - 1, sentFirst, head + 1)
                    || d.possessiveApostrophe(k - 1)) {
                k--;
            } else {
                break;
            }
        }
        while (k < head && ("IN".equals(d.tok[k].pos()) || "POS".equals(d.tok[k].pos())
                || "HYPH".equals(d.tok[k].pos()))) {
            k++;
        }
        return new int[] {k, head};
    }

    /**
     * Whether token k closes an acronym in brackets inside a name, after a noun or a possessive:
     * "Army's (PLA) Eastern", "Defense (DoD) spokesman".
     */
    private static boolean bracketedAcronym(Doc d, int k, int sentFirst) {
        if (k - 3 < sentFirst || !")".equals(d.word(k)) || !"(".equals(d.word(k - 2)) || d.quoteOf[k - 3] >= 0) {
            return false;
        }
        String w = d.word(k - 1);
        String before = d.tok[k - 3].pos();
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && (before.startsWith("NN") || "POS".equals(before));
    }

    /**
     * A participle modifying the noun after it at the start of a noun phrase or after a
     * determiner or adjective ("retired surgeon", "the visiting senator"), not a verb with its
     * object ("officials briefing reporters").
     */
    static boolean premodifier(Doc d, int k, int lo, int hi) {
        String p = d.tok[k].pos();
        if (!("VBN".equals(p) || "VBG".equals(p)) || k + 1 >= hi || d.quoteOf[k] >= 0) {
            return false;
        }
        String next = d.tok[k + 1].pos();
        if (!(next.startsWith("NN") || "JJ".equals(next))) {
            return false;
        }
        String prev = k > lo ? d.tok[k - 1].pos() : "";
        return k == lo || "DT".equals(prev) || "JJ".equals(prev) || "PRP$".equals(prev) || "RB".equals(prev)
                || "CD".equals(prev) || "POS".equals(prev) || "HYPH".equals(prev);
    }

    static boolean npToken(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || "JJS".equals(p) || t.isPerson() && Character.isUpperCase(t.word().charAt(0)) || "JJ".equals(p) || "DT".equals(p) && !"that".equalsIgnoreCase(t.word())
                || "POS".equals(p) || "CD".equals(p) || "PRP$".equals(p) || "HYPH".equals(p);
    }

    /** Whether the phrase's head is a noun ("the man", "federal prosecutors"). */
    static boolean nounHeaded(Doc d, int[] np) {
        return d.tok[headOf(d, np)].pos().startsWith("NN");
    }

    /**
     * Whether the word at k opens a phrase that is no noun phrase though a noun may end it: a
     * preposition, "to" or a coordinator ("to avoid veering into conflict", "and Chile").
     */
    static boolean opensWithConnector(Doc d, int k) {
        String p = d.tok[k].pos();
        return "IN".equals(p) || "TO".equals(p) || "CC".equals(p);
    }

    /** Whether tokens np[0]..np[1] name two parties at once: "the two sides", "both leaders". */
    /**
     * Whether "and" at token {@code and} joins two capitalised modifiers before the plural head,
     * perhaps over lower-case modifiers both share ("U.S. and British officials", "Chinese and
     * Russian diplomats", "U.S. and Taiwan defense officials"), not two names ("Xi and Biden"), nor a
     * name and a noun ("the Department of Commerce and Industry").
     */
    private static boolean jointModifiers(Doc d, int and, int head) {
        if (!"and".equalsIgnoreCase(d.word(and)) || and + 2 > head || head - and - 2 > MAX_SHARED_MODIFIERS
                || !"NNS".equals(d.tok[head].pos())) {
            return false;
        }
        for (int k = and + 2; k < head; k++) {
            // "U.S. and Taiwan defense officials": lower-case words both parties share before the head
            String p = d.tok[k].pos();
            if (!("NN".equals(p) || "JJ".equals(p)) || !Character.isLowerCase(d.word(k).charAt(0)) || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return capitalisedModifier(d.tok[and - 1]) && capitalisedModifier(d.tok[and + 1]);
    }

    /** Most lower-case modifiers after two joined capitalised ones and before the head ("U.S. and Taiwan defense officials"). */
    private static final int MAX_SHARED_MODIFIERS = 2;

    private static boolean capitalisedModifier(Token t) {
        return ("JJ".equals(t.pos()) || "NNP".equals(t.pos())) && Character.isUpperCase(t.word().charAt(0));
    }

    static boolean bothParties(Doc d, Lexicon lex, int[] np) {
        for (int k = np[0] + 1; k < np[1]; k++) {
            if (jointModifiers(d, k, np[1])) {
                return true; // "the Danish and Thai delegations"
            }
        }
        for (int k = np[0]; k < np[1]; k++) {
            if ("NNS".equals(d.tok[k + 1].pos()) && ("two".equalsIgnoreCase(d.word(k)) || lex.is(d.word(k), Lexicon.WordType.JOINT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun phrase can name a speaker (a pronoun, a name, an organisation, an office...). */
    boolean plausible(Doc d, int[] np) {
        Token head = d.tok[headOf(d, np)];
        if ("PRP".equals(head.pos())) {
            return true;
        }
        if (lex.is(d.word(np[0]), Lexicon.WordType.JOINT) && !(np[1] > np[0] && "NNS".equals(d.tok[np[1]].pos()))) {
            return false; // "both" alone names no one; "both senators" names them together
        }
        if (head.pos().startsWith("NNP") || lex.isSpeakerNoun(head.word())) {
            return true;
        }
        int h = headOf(d, np);
        if (h - 2 >= np[0] && "HYPH".equals(d.tok[h - 1].pos()) && lex.isSpeakerNoun(d.word(h - 2))) {
            return true; // "the president-elect", "the secretary-designate"
        }
        for (int k = np[0]; k <= np[1]; k++) {
            String ner = d.tok[k].ner();
            if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head noun: the last common noun before a prepositional complement ("envoy for European
     * affairs", "officials at the ministry", "a person familiar with the talks"), else the last token.
     */
    static int headOf(Doc d, int[] np) {
        for (int k = np[0] + 1; k < np[1]; k++) {
            if (!"IN".equals(d.tok[k].pos())) {
                continue;
            }
            int h = k - 1;
            if (h > np[0] && ("JJ".equals(d.tok[h].pos()) || "VBN".equals(d.tok[h].pos()))) {
                h--;
            }
            String p = d.tok[h].pos();
            if (p.startsWith("NN") && !p.startsWith("NNP")) {
                return h;
            }
        }
        return np[1];
    }
}
