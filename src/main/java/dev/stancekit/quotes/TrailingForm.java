package dev.stancekit.quotes;

/**
 * A trailing attribution: the verb and its own speaker follow the content, after a comma or a
 * closing quote mark, and only adverbials (or a participle or relative clause after a comma)
 * follow them: {@code The visit could slip, the person said.}, {@code …, said Wang, adding …},
 * {@code “…,” said X, a spokesman who …}, {@code …, said X, an analyst who has …} (row {@code trailing}). The content is the sentence
 * up to the attribution; an introductory phrase with no verb ({@code In the early 1990s, she
 * said, …}) is none. "as" may stand between the comma and the speaker ({@code …, as the senator
 * has acknowledged.}; word type {@code trailing_as}).
 */
final class TrailingForm implements FormRule {

    private final Lexicon lex;
    /** Most tokens of an insertion between the reported clause's subject and its verb (row relative_insertion). */
    private final int maxInsertion;

    TrailingForm(Lexicon lex, int maxInsertion) {
        this.lex = lex;
        this.maxInsertion = maxInsertion;
    }

    /**
     * Whether the speaker's words are a place noun (word type place) followed by a name ("a
     * self-governing island Beijing"): a relative clause without "that" on the noun ("an island
     * Beijing claims"), not a description before a name ("the news site RTL Info").
     */
    private boolean reducedRelative(Doc d, Speaker sp) {
        for (int k = sp.start(); k < sp.end(); k++) {
            String p = d.tok[k].pos();
            if (("NN".equals(p) || "NNS".equals(p)) && "NNP".equals(d.tok[k + 1].pos())
                    && lex.is(d.word(k), Lexicon.WordType.PLACE) && Character.isLowerCase(d.word(k).charAt(0))
                    && "DT".equals(d.tok[sp.start()].pos())) {
                return true;
            }
        }
        return false;
    }

    /** The noun at or after token k over adjectives and participles ("ongoing drills"), or -1. */
    private static int nounAfterModifiers(Doc d, int k, int b) {
        while (k < b && d.quoteOf[k] < 0 && ("JJ".equals(d.tok[k].pos()) || "VBG".equals(d.tok[k].pos())
                || "VBN".equals(d.tok[k].pos()))) {
            k++;
        }
        return k < b && d.quoteOf[k] < 0 && d.tok[k].pos().startsWith("NN") ? k : -1;
    }

    /**
     * The token after the one told when a noun phrase at {@code k} names a listener ("the Herald",
     * "his closest advisers", "Reuters", "a news agency") and no clause follows it, else {@code k}.
     */
    private int listenerEnd(Doc d, int k, int b) {
        int np = d.quoteOf[k] < 0 ? Clauses.nounPhraseEnd(d, k, b) : -1;
        if (np > k && ("a".equalsIgnoreCase(d.word(k)) || "an".equalsIgnoreCase(d.word(k)))) {
            return np; // "told a news agency", "told a group of students": after a report, whoever heard it
        }
        if ("DT".equals(d.tok[k].pos()) && !"the".equalsIgnoreCase(d.word(k))) {
            return k;
        }
        if (np < 0 || Clauses.clauseFollows(d, np, b, 0)) {
            return k;
        }
        boolean listener = "PRP$".equals(d.tok[k].pos()) || lex.is(d.word(np - 1), Lexicon.WordType.LISTENER) || properNoun(d, k, np);
        return listener ? np : k;
    }

    private static boolean properNoun(Doc d, int from, int to) {
        for (int j = from; j < to; j++) {
            if (d.tok[j].pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word or a quote mark stands in tokens from..to-1 (not only punctuation). */
    private static boolean wordAfter(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(d.word(k).charAt(0)) || d.isQuoteToken(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mark at token {@code mark} closes a title after a preposition or possessive ({@link QuotedTitles#titleAfterPreposition}). */
    private static boolean titleBefore(Doc d, int mark) {
        int inside = mark - 1;
        return inside >= 0 && d.quoteOf[inside] >= 0 && QuotedTitles.titleAfterPreposition(d, d.quotes.get(d.quoteOf[inside]));
    }

    /**
     * Whether tokens [a, before) open the sentence with a noun phrase and run at least {@link
     * #MIN_UNTAGGED_CLAUSE} tokens with no comma: a clause whose verb the tagger read as a noun ("relations
     * between China and the United States show a more stable momentum"), not an opening phrase
     * ("In the early 1990s"), when only adverbials follow the attribution.
     */
    private static boolean untaggedClause(Doc d, int a, int before) {
        if (before - a < MIN_UNTAGGED_CLAUSE || d.quoteOf[a] >= 0 || a != d.sentStart[d.sentOf[a]]) {
            return false;
        }
        for (int k = a; k < before; k++) {
            if (",".equals(d.word(k)) || d.isQuoteToken(k)) {
                return false; // "On Friday morning, the third day of his swing, …": phrases, not one clause
            }
        }
        String p = d.tok[a].pos();
        return "DT".equals(p) || p.startsWith("NN") || "PRP$".equals(p);
    }

    /** The last colon outside quote marks in tokens [a, before), or -1. */
    private static int colonBefore(Doc d, int a, int before) {
        for (int k = before - 1; k >= a; k--) {
            if (":".equals(d.word(k)) && d.quoteOf[k] < 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether token k is a common noun in lower case ("star", "podcast", "campaign"). */
    private static boolean commonNoun(Doc d, int k) {
        String p = d.tok[k].pos();
        return ("NN".equals(p) || "NNS".equals(p)) && Character.isLowerCase(d.word(k).charAt(0));
    }

    /** Fewest tokens of a stretch before a trailing attribution read as a clause without a tagged verb. */
    private static final int MIN_UNTAGGED_CLAUSE = 6;

    @Override
    public Attribution match(CueSite s, Speaker sp) {
        Doc d = s.d();
        int a = s.a();
        int b = s.b();
        int rest = sp.rest(s);
        boolean tells = lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.LISTENER_VERB); // "told": its first object is the one told
        if (!sp.inverted() && rest < b && tells && "PRP".equals(d.tok[rest].pos())
                && lex.isExactly(d.lower(rest), Lexicon.WordType.OBJECT_PRONOUN)) {
            rest++; // "…, the president told her.": the one told, no content of the verb
        }
        int told = !sp.inverted() && rest < b && tells ? listenerEnd(d, rest, b) : rest;
        if (told > rest && (told >= b || !",".equals(d.word(told)))) {
            rest = told; // "…, the governor told his advisers as he …": the one told (before a comma, the tails below read it)
        }
        for (int k = rest; k < b; k++) {
            if (";".equals(d.word(k)) && d.quoteOf[k] < 0) {
                b = k; // "…, he said; his inspectors found them …": a clause of its own after the semicolon
                break;
            }
        }
        int before = sp.before(s);
        int colon = colonBefore(d, a, before);
        if (!sp.inverted() && colon >= 0) {
            a = colon + 1; // "A reporter asked: Recently, Gupta, …, tweeted": what stands before the colon is no content of this verb
        }
        if (!sp.inverted() && before - 1 > a && lex.is(d.word(before), Lexicon.WordType.TRAILING_AS)
                && ",".equals(d.word(before - 1))) {
            before--; // "The numbers changed, as the senator has acknowledged."
        }
        boolean attached = before < a ? TextSpans.closingMarkBefore(d.text, d.tok[sp.inverted() ? s.cue() : sp.start()].begin())
                : ",".equals(d.word(before)) || d.isQuoteToken(before);
        // right after a closing quote mark ("“…,” said X, a spokesman who …") the attribution
        // trails its quote whatever follows the speaker's words
        boolean afterMark = before < a ? attached
                : d.isQuoteToken(before) || ",".equals(d.word(before)) && before - 1 >= a && d.isQuoteToken(before - 1);
        if (afterMark && before >= a && titleBefore(d, d.isQuoteToken(before) ? before : before - 1)) {
            afterMark = false; // "Sunday on Fox News’ “Sunday Morning Futures,” Rep. Issa said …": a show's name, no quote
        }
        if (!sp.inverted() && afterMark && before >= a && d.isQuoteToken(before) && sp.start() == before + 1
                && commonNoun(d, sp.start()) && QuotedTitles.titleEndingInWord(d, before - 1)) {
            return null; // "The “Harbour Lights” star posted …": a title before the speaker's noun, no quote of theirs
        }
        boolean clauseBefore = before < a || afterMark || Stretches.clauseBefore(d, a, before)
                || !tells && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.CLAUSE_VERB)
                    && untaggedClause(d, a, before) && (rest >= b || ",".equals(d.word(rest)) || "IN".equals(d.tok[rest].pos()))
                    && !Stretches.hasQuote(d, rest, b) // "…, the lawyers said, “all command …”": an insertion
                    && TrailingTails.adverbialOnly(d, lex, rest, b, true);
        if (!sp.inverted() && !afterMark && before > a && wordAfter(d, rest, b) && SubordinateClauses.frontedOnly(d, lex, a, before)) {
            // "In the spring after the scandal broke, Clinton proclaimed at a press conference, “…”":
            // the setting of a report whose words follow the verb ("Although …, the officials said." ends with them)
            return null;
        }
        if (!sp.inverted() && !tells && TrailingTails.speechObjectFollows(d, lex, rest, b)) {
            return null; // "…, the ministry voiced firm opposition to …": the verb's own object, a report of its own
        }
        if (!sp.inverted() && !afterMark && rest < b && !tells
                && ("PRP$".equals(d.tok[rest].pos()) || "a".equalsIgnoreCase(d.word(rest)) || "an".equalsIgnoreCase(d.word(rest)))) {
            return null; // "…, the mayor reiterated his request for a ferry": the verb's own object, a clause of its own
        }
        String next = rest < b ? d.tok[rest].pos() : "";
        if (!sp.inverted() && reducedRelative(d, sp)) {
            return null; // "…, a self-governing island Beijing claims as its own": a clause on the noun, no speaker
        }
        if (!sp.inverted() && !afterMark && rest < b && next.startsWith("NN") && !lex.is(d.word(rest), Lexicon.WordType.TIME)
                && Clauses.clauseFollows(d, rest, b, maxInsertion)) {
            return null; // "Noting …, Lin said China, in the spirit of goodwill, has given …": the report follows the verb
        }
        if (!sp.inverted() && !afterMark && rest + 1 < b && ("WRB".equals(next) && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.QUESTION_VERB)
                    || lex.isLowered(d.word(rest), Lexicon.WordType.EMBEDDED_QUESTION))
                && d.quoteOf[rest] < 0 && Clauses.clauseFollows(d, rest + 1, b, 0)) {
            return null; // "Noting …, Zhao asked when the United States would …": the question follows the verb
        }
        int head = "DT".equals(next) ? nounAfterModifiers(d, rest + 1, b) : -1;
        if (!sp.inverted() && !afterMark && head > 0
                && !lex.is(d.word(head), Lexicon.WordType.TIME) && !lex.is(d.word(head), Lexicon.WordType.LISTENER)
                && !tells) {
            // "When asked …, Prabowo dismissed the notion outright", "…, as the governor criticized
            // the ongoing drills": the verb's own object
            return null;
        }
        if (!sp.inverted() && !afterMark && s.verb().complement() != Lexicon.Complement.ANY
                && ("NN".equals(next) || "NNS".equals(next) || "DT".equals(next)
                    && (s.verb().complement() == Lexicon.Complement.QUOTE || rest + 1 < b && d.tok[rest + 1].pos().startsWith("NN")))) {
            // "…, the relationship has maintained stability", "…, as Vietnam calls the South China
            // Sea", "When asked …, he dismissed the notion": a verb that reports only a clause, a
            // speech noun or quoted words, with an object of its own
            return null;
        }
        if (!sp.own() || !attached || !clauseBefore
                || !(afterMark && !TrailingTails.thatFollows(d, rest, b) && !Clauses.clauseFollows(d, rest, b, 0)
                || TrailingTails.adverbialOnly(d, lex, rest, b, before >= a)
                || sp.inverted() && before >= a && TrailingTails.modifiedApposition(d, rest, b))) {
            return null;
        }
        if (!afterMark && "VBN".equals(d.tok[a].pos()) && d.quoteOf[a] < 0 && !lex.cues(d.tok[a].lemma()).isEmpty()) {
            return null; // "Asked on Fox News who leads the party, he said Ryan.": the question, not the words reported
        }
        int attachFrom = d.tok[Math.min(sp.inverted() ? s.cue() : sp.start(), sp.start())].begin();
        int cs = TextSpans.skipDateline(d.text, d.tok[a].begin());
        int ce = before >= a ? Math.max(cs, d.tok[before].begin()) : cs;
        Lexicon.Complement comp = s.verb().complement() == Lexicon.Complement.QUOTE
                ? Lexicon.Complement.QUOTE : Lexicon.Complement.ANY;
        if (comp == Lexicon.Complement.QUOTE && !afterMark && !Stretches.hasQuote(d, a, Math.max(a, before))) {
            return null; // "Yan said that despite friction, the two powers concluded …": no quoted words to report
        }
        int attachTo = Math.max(d.tok[s.after() - 1].end(), d.tok[sp.end()].end());
        return new Attribution(s.cue(), s.cueText(), comp, sp.start(), sp.end(), cs, TextSpans.trimEnd(d.text, cs, ce), true,
                attachFrom, attachTo);
    }
}
