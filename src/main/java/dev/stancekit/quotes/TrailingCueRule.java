package dev.stancekit.quotes;

/**
 * A verb of saying right after the closing mark: {@code “…,” Texas-based pollster Ann Lee said},
 * {@code “…,” said the designer, who …}, {@code “…,” Ms. Ray, a spokeswoman for the group, told
 * reporters}. The speaker's words lie between the mark and the verb (up to the first comma, an
 * apposition after it being skipped), or right after the verb when it comes first.
 */
final class TrailingCueRule implements MarkRule {

    /** Most tokens of a speaker's phrase taken loosely after an inverted verb. */
    private static final int LOOSE_MAX = 12;

    private final ReportedSpeechFinder finder;
    private final MentionFinder mentions;
    private final int maxSubject;

    TrailingCueRule(ReportedSpeechFinder finder, MentionFinder mentions, int maxSubject) {
        this.finder = finder;
        this.mentions = mentions;
        this.maxSubject = maxSubject;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int n = d.tok.length;
        int t = d.tokenFrom(q.close());
        while (t < n && (",".equals(d.word(t)) || d.isQuoteToken(t) && d.quoteOf[t] < 0) && d.tok[t].begin() < q.close() + 3) {
            t++;
        }
        if (t >= n || d.quoteOf[t] >= 0 || !Tokens.gapOnly(d.text, q.close(), d.tok[t].begin(), " \t,")
                || d.tok[t].begin() >= q.paraEnd()) {
            return null;
        }
        // "… fair trade.” On Tuesday, he added": a capitalised preposition after a quote that ended its sentence
        boolean endedSentence = q.end() > q.start() && ".!?".indexOf(d.text.charAt(q.end() - 1)) >= 0
                && Character.isUpperCase(d.word(t).charAt(0));
        if (!endedSentence && t + 1 < n && finder.lexicon().is(d.word(t), Lexicon.WordType.TRAILING_AS)
                && d.quoteOf[t + 1] < 0 && !d.tok[t + 1].isVerb()) {
            t++; // "a “serious provocation,” as Beijing has warned": the speaker after "as"
        }
        String first = d.tok[t].pos();
        if (("NN".equals(first) || "NNS".equals(first)) && Character.isLowerCase(d.word(t).charAt(0))
                && Tokens.gapOnly(d.text, q.close(), d.tok[t].begin(), " \t") && QuotedTitles.titleEndingInWord(d, d.tokenFrom(q.start()))) {
            return null; // "The “Harbour Lights” star posted …": a title before the speaker's noun, no quote of theirs
        }
        if (("IN".equals(first) || ("CC".equals(first) || first.startsWith("RB")) && endedSentence)
                && (d.sentStart[d.sentOf[t]] == t || endedSentence)) {
            // "“… Period.” In a separate post, Glass called …", "“… the US.” But instead of X, he said, …":
            // a new sentence, not an attribution
            return null;
        }
        int sentEnd = d.sentEnd[d.sentOf[t]];
        int firstComma = -1;
        boolean relative = false;
        boolean relativeVerb = false;
        boolean closedRelative = false;
        for (int k = t; k < n && k < t + maxSubject && d.tok[k].begin() < q.paraEnd(); k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || Tokens.sentenceEnd(d.word(k))) {
                return null;
            }
            if (k > t && passiveQuoted(d, k)) {
                k += 2; // "“…,” Wang was quoted as saying": on to "saying", the subject before "was"
                continue;
            }
            // a relative clause that already has its verb and no closing comma ends at a verb of
            // saying in the past tense: "“…,” Ann Lee, the analyst who founded the site wrote."
            // ("who have been charged with": a participle after an auxiliary is the relative clause's own verb)
            boolean afterRelative = relative && relativeVerb && ("VBD".equals(d.tok[k].pos()) || "VBN".equals(d.tok[k].pos()))
                    && !Insertions.auxiliary(finder.lexicon(), d.tok[k - 1].lemma());
            Lexicon.Cue cue = relative && !afterRelative ? null : finder.cueAt(d, k, Math.max(sentEnd, k + 1));
            if (cue == null && !relative && taggedAsNoun(d, t, k)) {
                cue = finder.lexicon().cueOf(d, k, Math.max(sentEnd, k + 1));
            }
            if (cue != null && cue.complement() == Lexicon.Complement.REQUEST) {
                return null; // "“…,” she appealed to voters": a request verb reports no quoted words after them
            }
            if (cue != null && endedSentence && colonAfter(d, k + cue.length(), sentEnd)) {
                return null; // "“… material.” The candidate reiterated: “…”": a new sentence that introduces its own quote
            }
            if (cue != null) {
                return attribution(d, q, t, k, cue, firstComma, Math.max(sentEnd, k + 1));
            }
            String p = d.tok[k].pos();
            if (p.startsWith("W")) {
                relative = true;
                relativeVerb = false;
            } else if (",".equals(d.word(k))) {
                firstComma = firstComma < 0 ? k : firstComma;
                closedRelative |= relative;
                relative = false;
            } else if (!relative && Tokens.finiteVerb(p) && !name(d, k) && !(closedRelative
                    && Insertions.auxiliary(finder.lexicon(), d.tok[k].lemma()) && auxiliaryBeforeParticiple(d, k))) {
                // "“…,” as Beijing, which claims the island, has warned": the auxiliary after the relative clause
                return null;
            } else if (relative && Tokens.finiteVerb(p)) {
                relativeVerb = true;
            }
        }
        return null;
    }

    /** Whether a colon follows the verb's words (ending at {@code from}) before any other punctuation in the sentence. */
    private static boolean colonAfter(Doc d, int from, int sentEnd) {
        for (int j = from; j < Math.min(sentEnd, d.tok.length) && d.quoteOf[j] < 0; j++) {
            if (":".equals(d.word(j))) {
                return true;
            }
            if (!Character.isLetterOrDigit(d.word(j).charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** "has repeatedly warned": adverbs, then a past participle after the auxiliary at token k. */
    private static boolean auxiliaryBeforeParticiple(Doc d, int k) {
        int v = k + 1;
        while (v < d.tok.length && d.tok[v].pos().startsWith("RB")) {
            v++;
        }
        return v < d.tok.length && "VBN".equals(d.tok[v].pos());
    }

    /** "was quoted as" at token k: a form of "be", a quoting verb and "as". */
    private boolean passiveQuoted(Doc d, int k) {
        return k + 3 < d.tok.length && "be".equals(d.tok[k].lemma())
                && finder.lexicon().isExactly(d.tok[k + 1].lemma(), Lexicon.WordType.QUOTING_VERB)
                && "as".equalsIgnoreCase(d.word(k + 2));
    }

    private Attribution attribution(Doc d, QuoteMarks.Marked q, int t, int k, Lexicon.Cue cue,
                                    int firstComma, int sentEnd) {
        int after = k + cue.length();
        int[] subj;
        int before = k - 1;
        while (before > t && before < k && d.tok[before].pos().startsWith("RB")) {
            before--;
        }
        if (before >= t && before < k && finder.lexicon().isExactly(d.lower(before), Lexicon.WordType.COORDINATOR)) {
            return null; // "against excluding “relevant” countries, and said …": the verb's subject is earlier
        }
        if (k == t && "VBG".equals(d.tok[k].pos())) {
            return null; // "“…,” noting the delay": a participle's noun phrase is its object, never a speaker
        }
        if (k > t && !finder.lexicon().isExactly(d.tok[k].lemma(), Lexicon.WordType.LISTENER_VERB)
                && TrailingTails.speechObjectFollows(d, finder.lexicon(), after, sentEnd)) {
            return null; // "“national security,” the ministry voiced firm opposition to …": the verb's own report
        }
        if (k > t && q.end() > q.start() && ".!?".indexOf(d.text.charAt(q.end() - 1)) >= 0 && objectAfter(d, after, sentEnd)
                && !finder.lexicon().isExactly(d.tok[k].lemma(), Lexicon.WordType.LISTENER_VERB)) {
            return null; // "“… our market.” Chinese officials vowed retaliation.": a new sentence with its own object
        }
        if (k == t) {
            subj = mentions.right(d, after, sentEnd, true);
            if (subj == null) {
                subj = looseRight(d, after, sentEnd);
            }
        } else {
            // "“…” if Taiwan declares independence, the minister warned": a phrase that opens with a
            // preposition or "to" is no speaker; the speaker follows its comma
            boolean phraseFirst = firstComma > t && firstComma + 1 < k && NounPhrases.opensWithConnector(d, t)
                    && !"CC".equals(d.tok[t].pos());
            int e = (firstComma > t && !phraseFirst ? firstComma : k) - 1;
            while (e > t && (Tokens.adverbOrAux(d.tok[e]) || ",".equals(d.word(e)) || e - 2 > t && passiveQuoted(d, e - 2))) {
                e -= e - 2 > t && passiveQuoted(d, e - 2) ? 3 : 1; // "Wang was quoted as saying": the subject is "Wang"
            }
            // "“…,” and he added": the coordinator joins the sentences, the speaker follows it
            int first = phraseFirst ? firstComma + 1 : "CC".equals(d.tok[t].pos()) && t < e ? t + 1 : t;
            if (e < first) {
                return null; // "… to voters for the officials who failed them, then calling …": no words left for a speaker
            }
            subj = new int[] {first, e};
            if (!speaker(d, subj) && firstComma > t) {
                // "the bespectacled, 71-year-old Ann Lee said": the comma sits between two modifiers
                int whole = k - 1;
                while (whole > t && Tokens.adverbOrAux(d.tok[whole])) {
                    whole--;
                }
                subj = new int[] {t, whole};
                if (!mentions.plausible(d, subj) || !"JJ".equals(d.tok[firstComma - 1].pos())) {
                    return null;
                }
            }
            if (!speaker(d, subj)) {
                return null;
            }
        }
        if (subj == null) {
            return null;
        }
        int attachTo = Math.max(d.tok[after - 1].end(), d.tok[subj[1]].end());
        return new Attribution(k, d.span(k, after - 1), Lexicon.Complement.ANY, subj[0], subj[1],
                q.start(), q.end(), true, d.tok[t].begin(), attachTo);
    }

    /**
     * "“…,” the owners state in the paper.": a lower-case word the tagger took for a noun, after
     * a noun or an adjective ("the advisory notes.") and before the end of the sentence, a comma or
     * a preposition, stands where the verb of the speaker's phrase goes.
     */
    private static boolean taggedAsNoun(Doc d, int t, int k) {
        String p = d.tok[k].pos();
        if (k <= t || k + 1 >= d.tok.length || !("NN".equals(p) || "NNS".equals(p))
                || !Character.isLowerCase(d.word(k).charAt(0))
                || !(d.tok[k - 1].pos().startsWith("NN") || determinedAdjective(d, k - 1))) {
            return false;
        }
        String next = d.word(k + 1);
        String np = d.tok[k + 1].pos();
        if ("JJ".equals(d.tok[k - 1].pos())) {
            return Tokens.sentenceEnd(next); // "the advisory notes.", not "… effusive praise of Obama"
        }
        return Tokens.sentenceEnd(next) || ",".equals(next) || "IN".equals(np) || "TO".equals(np);
    }

    /**
     * Whether a noun phrase that is no time phrase ("vowed retaliation", not "said Tuesday") or an
     * infinitive ("vowed to respond") opens right after the verb.
     */
    private boolean objectAfter(Doc d, int after, int sentEnd) {
        if (after >= sentEnd || after >= d.tok.length || d.quoteOf[after] >= 0) {
            return false;
        }
        String p = d.tok[after].pos();
        if ("TO".equals(p) && after + 1 < sentEnd && "VB".equals(d.tok[after + 1].pos())) {
            return true; // "vowed to respond": an infinitive of its own
        }
        return ("NN".equals(p) || "NNS".equals(p) || "JJ".equals(p) || "PRP$".equals(p))
                && Character.isLowerCase(d.word(after).charAt(0)) && !finder.lexicon().is(d.word(after), Lexicon.WordType.TIME);
    }

    /** "the advisory": an adjective right after "the", "a" or "an". */
    private static boolean determinedAdjective(Doc d, int k) {
        return "JJ".equals(d.tok[k].pos()) && k > 0 && "DT".equals(d.tok[k - 1].pos());
    }

    /**
     * A capitalised noun, verb or adjective right after a closing mark, or after another one, is
     * a name even when the tagger took it for a verb: after a quote a verb of saying is written in lower case
     * ({@code “…,” Shook said}).
     */
    private static boolean name(Doc d, int k) {
        String w = d.word(k);
        String p = d.tok[k].pos();
        return Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isLowerCase)
                && (p.startsWith("NN") || p.startsWith("VB") || "JJ".equals(p));
    }

    private boolean speaker(Doc d, int[] subj) {
        if (NounPhrases.opensWithConnector(d, subj[0])) {
            return false; // "“guard rails” to avoid veering into conflict, diplomats say": no noun phrase
        }
        return mentions.plausible(d, subj) || MentionFinder.nounHeaded(d, subj) || "PRP".equals(d.tok[subj[0]].pos())
                || allNames(d, subj) || nominalAdjective(d, subj);
    }

    /** "the 43-year-old": a determiner and an adjective used as a noun (between a quote and its verb). */
    private static boolean nominalAdjective(Doc d, int[] subj) {
        return subj[1] > subj[0] && "DT".equals(d.tok[subj[0]].pos()) && "JJ".equals(d.tok[subj[1]].pos())
                && subj[1] - subj[0] <= 6;
    }

    private static boolean allNames(Doc d, int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            if (!name(d, k) && !"NNP".equals(d.tok[k].pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a closing mark and an inverted verb of saying nothing but the speaker can follow, so
     * when the tagger garbled the phrase ({@code said one well-connected Democrat familiar with
     * the campaign, who …}, {@code mused radio co-host Ann Lee.}) its words up to a comma, a
     * relative pronoun or the sentence end are taken, if they start like a noun phrase and hold a
     * noun or a name and no finite verb.
     */
    private static int[] looseRight(Doc d, int from, int sentEnd) {
        if (from >= sentEnd || from >= d.tok.length) {
            return null;
        }
        String first = d.tok[from].pos();
        if (!("DT".equals(first) || "CD".equals(first) || first.startsWith("NN") || first.startsWith("JJ")
                || "PRP$".equals(first) || name(d, from))) {
            return null;
        }
        boolean noun = false;
        int e = from;
        for (; e < sentEnd && e - from < LOOSE_MAX; e++) {
            String p = d.tok[e].pos();
            String w = d.word(e);
            if (",".equals(w) || Tokens.sentenceEnd(w) || p.startsWith("W") || d.isQuoteToken(e) || d.quoteOf[e] >= 0) {
                break;
            }
            if (Tokens.finiteVerb(p) && !name(d, e) || "PRP".equals(p) || "CC".equals(p)) {
                return null;
            }
            noun |= p.startsWith("NN") || name(d, e);
        }
        boolean ends = e == sentEnd || ",".equals(d.word(e)) || Tokens.sentenceEnd(d.word(e))
                || d.tok[e].pos().startsWith("W");
        return noun && ends && e > from && e - from < LOOSE_MAX ? new int[] {from, e - 1} : null;
    }
}
