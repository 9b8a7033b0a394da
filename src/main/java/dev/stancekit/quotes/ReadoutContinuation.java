package dev.stancekit.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech that goes on past its sentence, the way official readouts write it: a paragraph
 * that opens with {@code Wang said that A.} and goes on {@code The two sides should B. The other
 * side must C.} reports B and C too (row {@code readout_continuation}; limit: most sentences
 * continued). A following sentence continues the report only when it is in the same paragraph,
 * has no verb of saying and no quote marks of its own, holds a modal verb (should, must, will) and
 * no verb in the past tense (a past form right after a coordinator in a clause with "has" goes on
 * with the present perfect: "has not stopped, but rather doubled down"): narration after a report ("Smith said that the plan failed. The
 * council voted on Monday, and will vote again.") does not. When the first report keeps the present
 * tense after a verb in the past ({@code Wang said that China's policy is consistent.}), as
 * translated readouts write, no modal verb is needed. The opening report may end before a
 * participle that closes its sentence ({@code …, always seeing China through its own lens.}). A paragraph that opens with a comma
 * between the verb and its clause ({@code Wang Yi pointed out, the difficulties are …}), as
 * translated readouts write, goes on without a modal verb too, unless quoted words follow the comma.
 * After a report in the past tense, a sentence in the present tense that names no person and opens
 * with its subject goes on without a modal verb too ({@code He stated that the talks were held in
 * London. China's position is clear and consistent.}); it needs the sentence gate to tag the
 * paragraph's later sentences (annotation-gate.csv, paragraph_after). A ministry's report that ends
 * a paragraph may go on in the next one ({@link ReadoutNextParagraph}), and one whose paragraph ends
 * with a colon goes on through the paragraphs of a list after it ({@link ListParagraphs}).
 * A report named at the end of a sentence that opens with a connective ({@code S1. Instead, S2,
 * Mao said.}; word type {@code connective}) also holds the sentence before it, when that one has
 * no report, quote marks or verb in the past tense of its own. A sentence whose only report is
 * its country's stance in the present tense ({@code China opposes A and condemns B.}, {@code We
 * urge the US to C.}) is the
 * speaker's words too, and the report goes on through it.
 */
final class ReadoutContinuation {

    private final Lexicon lex;
    private final int maxSentences;
    private final ReadoutNextParagraph nextParagraph;
    private final ListParagraphs list;

    ReadoutContinuation(Lexicon lex, int maxSentences) {
        this.lex = lex;
        this.maxSentences = maxSentences;
        this.nextParagraph = new ReadoutNextParagraph(lex, maxSentences);
        this.list = new ListParagraphs(lex);
    }

    /**
     * The attributions (in text order) with each continuation right after the last attribution of
     * the sentence it continues, so that the order stays the text's.
     */
    List<Attribution> extend(Doc d, List<Attribution> atts) {
        boolean[] reported = new boolean[d.sentStart.length];
        for (Attribution a : atts) {
            // "China will continue to take …": a verb that reports only quoted words, with none, reports nothing
            reported[d.sentOf[a.cueTok()]] |= !ReportedSpeechFinder.quoteOnlyWithoutQuote(d, a);
        }
        boolean[] ownStance = ownStances(d, atts);
        boolean[] absorbed = new boolean[d.sentStart.length];
        List<Attribution> out = new ArrayList<>(atts.size());
        List<Attribution> pending = new ArrayList<>();
        for (int i = 0; i < atts.size(); i++) {
            if (absorbed[d.sentOf[atts.get(i).cueTok()]]) {
                continue; // "China opposes A and condemns B" inside Wang's report: his words, continued
            }
            Attribution a = withLeadSentence(d, atts.get(i), reported);
            out.add(a);
            if (opensParagraph(d, a) || coordinatedOpener(d, atts, i)) {
                continueReport(d, a, reported, ownStance, absorbed, pending, !commaAfterVerb(d, a) && !presentTense(d, a));
            } else if (nextParagraph.closesParagraph(d, a)) {
                nextParagraph.extend(d, a, reported, pending);
            }
            int listAt = lastOfParagraph(d, atts, i) ? list.listStart(d, a) : -1;
            if (listAt >= 0) {
                list.extend(d, a, listAt, reported, pending); // "… four proposals: ¶ First, A. ¶ Secondly, B."
            }
            if (i + 1 == atts.size() || d.sentOf[atts.get(i + 1).cueTok()] != d.sentOf[a.cueTok()]) {
                out.addAll(pending);
                pending.clear();
            }
        }
        return out;
    }

    /** The sentences after {@code a}'s that continue it, as attributions with its speaker and verb. */
    private void continueReport(Doc d, Attribution a, boolean[] reported, boolean[] ownStance, boolean[] absorbed,
                                List<Attribution> out, boolean needModal) {
        int s = d.sentOf[a.cueTok()];
        int para = d.paragraphAt(d.tok[a.cueTok()].begin());
        boolean pastCue = "VBD".equals(d.tok[a.cueTok()].pos());
        for (int n = s + 1; n < d.sentStart.length && n <= s + maxSentences; n++) {
            int f = d.sentStart[n];
            int e = d.sentEnd[n];
            // a country's stance only where the report reads like a translated readout (no modal
            // needed): after "Blinken said that Washington would respond", "China denies it" is China's
            boolean stance = reported[n] && ownStance[n] && !absorbed[n] && continues(d, f, e, false)
                    && (!needModal || "we".equals(d.lower(f)));
            boolean shift = needModal && pastCue && presentShift(d, f, e);
            if (e <= f || reported[n] && !stance || d.paragraphAt(d.tok[f].begin()) != para
                    || !stance && !continues(d, f, e, needModal && !shift)) {
                break;
            }
            absorbed[n] |= stance;
            reported[n] = true; // no later report takes this sentence in again
            out.add(sentenceOf(d, a, f, e));
        }
    }

    /** Whether no attribution after the i-th has its verb in the same paragraph. */
    private static boolean lastOfParagraph(Doc d, List<Attribution> atts, int i) {
        return i + 1 == atts.size() || d.paragraphAt(d.tok[atts.get(i + 1).cueTok()].begin())
                != d.paragraphAt(d.tok[atts.get(i).cueTok()].begin());
    }

    /** Sentence tokens [f, e) as a report of {@code a}'s speaker and verb. */
    static Attribution sentenceOf(Doc d, Attribution a, int f, int e) {
        int cs = d.tok[f].begin();
        return new Attribution(a.cueTok(), a.cue(), a.complement(), a.subjStart(), a.subjEnd(), cs,
                TextSpans.trimEnd(d.text, cs, d.tok[e - 1].end()), false, -1, -1);
    }

    /**
     * "The politicization of trade will not stop China's development. Instead, it will backfire,
     * Mao said.": a trailing report whose sentence opens with a connective and a comma holds the
     * sentence before it in the same paragraph too; {@code a} itself otherwise.
     */
    private Attribution withLeadSentence(Doc d, Attribution a, boolean[] reported) {
        int s = d.sentOf[a.cueTok()];
        int f = d.sentStart[s];
        if (!a.trailing() || s == 0 || a.contentStart() != d.tok[f].begin() || f + 1 >= d.sentEnd[s]
                || !lex.is(d.word(f), Lexicon.WordType.CONNECTIVE) || !",".equals(d.word(f + 1))) {
            return a;
        }
        int pf = d.sentStart[s - 1];
        int pe = d.sentEnd[s - 1];
        if (pe <= pf || reported[s - 1] || d.paragraphAt(d.tok[pf].begin()) != d.paragraphAt(d.tok[f].begin())
                || !continues(d, pf, pe, false)) {
            return a;
        }
        return new Attribution(a.cueTok(), a.cue(), a.complement(), a.subjStart(), a.subjEnd(), d.tok[pf].begin(),
                a.contentEnd(), a.trailing(), a.attachFrom(), a.attachTo(), a.relative(), a.nominal());
    }

    /**
     * Sentences whose every report is a country's stance in the present tense, opened by the
     * country's name or "We" ("China opposes all acts that harm civilians and condemns all
     * practices …", "We urge the U.S. side to …"):
     * inside a paragraph that opens with a person's report, translated readouts write the person's
     * words so, and the report goes on through them.
     */
    private static boolean[] ownStances(Doc d, List<Attribution> atts) {
        boolean[] stance = new boolean[d.sentStart.length];
        boolean[] other = new boolean[d.sentStart.length];
        for (Attribution a : atts) {
            int n = d.sentOf[a.cueTok()];
            int subj = a.subjStart();
            boolean country = subj == d.sentStart[n] && a.subjEnd() == subj
                    && ("LOCATION".equals(d.tok[subj].ner()) || "we".equals(d.lower(subj))) && !a.trailing() && a.relative() < 0
                    && ("VBZ".equals(d.tok[a.cueTok()].pos()) || "VBP".equals(d.tok[a.cueTok()].pos()));
            stance[n] |= country;
            other[n] |= !country;
        }
        for (int n = 0; n < stance.length; n++) {
            stance[n] &= !other[n];
        }
        return stance;
    }

    /** "Wang said that A.": the speaker opens the paragraph, "that" follows the verb, A ends the sentence. */
    private boolean opensParagraph(Doc d, Attribution a) {
        return opensParagraphWithThat(d, a) && endsSentence(d, a);
    }

    /** "Wang said that A": the speaker opens the paragraph and "that" (or a comma) follows the verb. */
    private boolean opensParagraphWithThat(Doc d, Attribution a) {
        if (a.trailing() || a.contentEnd() <= a.contentStart() || a.relative() >= 0) {
            return false;
        }
        int s = d.sentOf[a.cueTok()];
        int first = d.sentStart[s];
        int after = d.tokenFrom(d.tok[a.cueTok()].begin() + a.cue().length()); // "pointed out that"
        return (first == a.subjStart() || openingPhrase(lex, d, first, a.subjStart())) && d.lineStart(d.tok[first].begin()) == d.tok[first].begin()
                && after < d.tok.length && ("that".equalsIgnoreCase(d.word(after)) || commaAfterVerb(d, a) || thatAfterSetting(d, a, after));
    }

    /**
     * "Zhang said in his speech after the vote that A": "that" opens the content after a setting
     * phrase with no verb of its own between the verb of saying and it.
     */
    private static boolean thatAfterSetting(Doc d, Attribution a, int after) {
        int cs = d.tokenFrom(a.contentStart());
        if (cs <= after || !"that".equalsIgnoreCase(d.word(cs - 1)) || !"IN".equals(d.tok[after].pos())) {
            return false;
        }
        for (int k = after; k < cs - 1; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0 || d.isQuoteToken(k) || ",".equals(d.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a}'s content runs to the end of its sentence (or to a participle that closes it). */
    private static boolean endsSentence(Doc d, Attribution a) {
        int s = d.sentOf[a.cueTok()];
        return a.contentEnd() > a.contentStart()
                && (d.tokenFrom(a.contentEnd()) >= d.sentEnd[s] - 2 || participleTail(d, d.tokenFrom(a.contentEnd()), d.sentEnd[s]));
    }

    /**
     * "Zhang said that A and expressed B.": the last of the sentence's reports, by the same speaker
     * as the first, which opens the paragraph with "that"; it ends the sentence, and the paragraph
     * goes on with the speaker's words as if the first report had.
     */
    private boolean coordinatedOpener(Doc d, List<Attribution> atts, int i) {
        Attribution a = atts.get(i);
        int s = d.sentOf[a.cueTok()];
        if (i == 0 || i + 1 < atts.size() && d.sentOf[atts.get(i + 1).cueTok()] == s || a.trailing() || !endsSentence(d, a)) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && d.sentOf[atts.get(j - 1).cueTok()] == s) {
            j--;
        }
        Attribution head = atts.get(j);
        return j < i && d.sentOf[head.cueTok()] == s && head.subjStart() == a.subjStart() && head.subjEnd() == a.subjEnd()
                && opensParagraphWithThat(d, head);
    }

    /** Most tokens of a phrase before the speaker of a paragraph's opening report ("In this regard,"). */
    private static final int MAX_OPENING_PHRASE = 5;

    /**
     * "In this regard, Guo said that …": a short phrase with no verb, quote or time word, closed by
     * a comma, before the speaker. A day ("On Monday, Ortiz said that …") opens a news story's
     * narration, which goes on with the writer's words.
     */
    private static boolean openingPhrase(Lexicon lex, Doc d, int first, int subj) {
        if (subj - first < 2 || subj - first > MAX_OPENING_PHRASE || !",".equals(d.word(subj - 1))) {
            return false;
        }
        for (int k = first; k < subj - 1; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0 || d.isQuoteToken(k) || ",".equals(d.word(k))
                    || "CD".equals(d.tok[k].pos()) || lex.is(d.word(k), Lexicon.WordType.TIME)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Wang pointed out that the US holds a wrong view of China, always seeing it through …": the
     * content ends at a comma before a participle, and nothing after it has a verb of its own or
     * quote marks; the sentence is still all the report's.
     */
    private static boolean participleTail(Doc d, int from, int sentEnd) {
        int k = from;
        if (k < sentEnd && ",".equals(d.word(k))) {
            k++;
        }
        k = Tokens.afterAdverbs(d, k, sentEnd);
        return k < sentEnd && "VBG".equals(d.tok[k].pos()) && !Stretches.finiteOutsideQuotes(d, k, sentEnd)
                && !Stretches.hasQuote(d, k, sentEnd);
    }

    /**
     * "Wang Yi pointed out, the difficulties are …": a comma between the verb and its clause, the
     * way translated readouts write; the whole paragraph is then the speaker's, modal or not.
     */
    private static boolean commaAfterVerb(Doc d, Attribution a) {
        int after = d.tokenFrom(d.tok[a.cueTok()].begin() + a.cue().length()); // "pointed out,"

        return after + 1 < d.tok.length && ",".equals(d.word(after)) && d.tok[after + 1].begin() == a.contentStart()
                && !Stretches.hasQuote(d, after + 1, d.tokenFrom(a.contentEnd())); // not "said, and I quote, “…”
    }

    /**
     * "Wang said that China's policy is consistent.": a clause after a verb in the past tense that
     * keeps the present tense (a verb in the present, none in the past), as translated readouts write.
     */
    private static boolean presentTense(Doc d, Attribution a) {
        boolean present = false;
        for (int k = d.tokenFrom(a.contentStart()); k < d.tokenFrom(a.contentEnd()); k++) {
            String p = d.tok[k].pos();
            if ("VBD".equals(p) || d.quoteOf[k] >= 0) {
                return false;
            }
            present |= "VBZ".equals(p) || "VBP".equals(p);
        }
        return present && "VBD".equals(d.tok[a.cueTok()].pos());
    }

    /**
     * "He Lifeng stated that the meeting was held … . China's position is clear and consistent.":
     * after a report in the past tense, a sentence in the present tense that names no person and
     * opens with no coordinator, connective or subordinate clause ("But …", "Instead, …", "As
     * results stream in, …") shifts to the speaker's own words, as translated readouts write;
     * narration that goes on about people ("Sanders operates outside the party") does not.
     */
    private boolean presentShift(Doc d, int f, int e) {
        String first = d.tok[f].pos();
        if ("CC".equals(first) || "IN".equals(first) || first.startsWith("RB") || first.startsWith("W")
                || lex.is(d.word(f), Lexicon.WordType.CONNECTIVE)) {
            return false;
        }
        if (Stretches.namesPerson(d, f, e)) {
            return false;
        }
        for (int k = f; k < e; k++) {
            if ("VBZ".equals(d.tok[k].pos()) || "VBP".equals(d.tok[k].pos())) {
                return true;
            }
        }
        return false;
    }

    /** No quote marks, a modal verb (unless not needed) and no verb in the past tense (narration: "The talks ended …"). */
    static boolean continues(Doc d, int f, int e, boolean needModal) {
        boolean modal = false;
        for (int k = f; k < e; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || "VBD".equals(d.tok[k].pos()) && !perfectSequel(d, f, k)) {
                return false;
            }
            modal |= "MD".equals(d.tok[k].pos());
        }
        return modal || !needModal;
    }

    /**
     * "the US has not stopped, but rather doubled/VBD down on …": a past form right after a
     * coordinator, a comma or "which" (and adverbs) in a clause with "has" or "have" goes on with
     * the present perfect ("has politicized …, increased … and coerced …, which undermined …");
     * the tagger's past tense there is no narration.
     */
    private static boolean perfectSequel(Doc d, int f, int k) {
        int c = k - 1;
        while (c > f && d.tok[c].pos().startsWith("RB")) {
            c--;
        }
        if (c <= f || !("CC".equals(d.tok[c].pos()) || ",".equals(d.word(c)) || "WDT".equals(d.tok[c].pos()))) {
            return false;
        }
        for (int j = f; j < c; j++) {
            if ("have".equals(d.tok[j].lemma()) && ("VBZ".equals(d.tok[j].pos()) || "VBP".equals(d.tok[j].pos()))) {
                return true;
            }
        }
        return false;
    }
}
