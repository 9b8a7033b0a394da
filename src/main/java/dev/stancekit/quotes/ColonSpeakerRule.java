package dev.stancekit.quotes;

/**
 * A quote right after a colon whose words before it name the speaker, with no verb of saying:
 * headline and summary style {@code Mayor Ortiz: “We Will Not Back Down”}, {@code The council's
 * answer: “…”} is not one (no speaker named), {@code The senator scolded the crowd: “Sit down.”}
 * (the subject of the clause before the colon). The name or clause must open its sentence, or
 * follow a dash. A label line that ends in the colon ("Lin Wei, spokesperson of the ministry:")
 * gives the quote of the next paragraph its speaker too, and so does a press release's lead-in
 * that closes the paragraph before the quote's, with a colon ("The mayor released the following
 * statement on the vote:") or with "the following statement." and a full stop.
 */
final class ColonSpeakerRule implements MarkRule {

    private final Lexicon lexicon;
    private final MentionFinder mentions;
    private final int maxTokens;

    ColonSpeakerRule(Lexicon lexicon, MentionFinder mentions, int maxTokens) {
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.maxTokens = maxTokens;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int colon = open - 1;
        if (colon < 0 || open >= d.tok.length || d.quoteOf[colon] >= 0
                || !Tokens.gapOnly(d.text, d.tok[colon].end(), q.open(), " \t\n")) {
            return null;
        }
        if (!":".equals(d.word(colon))) {
            return followingStatement(d, colon, q);
        }
        int first = segmentStart(d, colon);
        if (!Tokens.gapOnly(d.text, d.tok[colon].end(), q.open(), " \t")) {
            // a label line before the quote's paragraph ("3. SOUNDBITE (Mandarin) Lin Wei, spokesperson
            // of the ministry:"): only a person's name with descriptions, wherever it starts on the line
            for (int k = Math.max(first, colon - maxTokens); k < colon; k++) {
                int[] named = d.tok[k].isPerson() && (k == first || !d.tok[k - 1].isPerson()) ? nameWithDescription(d, k, colon) : null;
                if (named != null) {
                    return attribution(d, colon, named, q);
                }
            }
            // "The senator released the following statement on the vote:" closing the paragraph
            // before the quote's: the clause's subject, which opens the line (or follows a
            // dateline's dash); with "the following statement" the limit counts the words before it
            int following = following(d, first, colon, colon - first);
            int end = following >= 0 ? following : colon;
            int[] vs = end - first <= maxTokens ? ClauseSubjectRule.verbAndSubject(d, mentions, first, end) : null;
            // (a verb of saying, "The minister said:", leaves the quote to the report it opens)
            return vs != null && opensClause(d, vs[1], first) && lexicon.cueAt(d, vs[0], colon) == null
                    ? attribution(d, vs[0], new int[] {vs[1], vs[2]}, q) : null;
        }
        if (colon - first < 1 || colon - first > maxTokens) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, colon - 1, first);
        if (np != null && np[0] == first && mentions.plausible(d, np)) {
            return attribution(d, colon, np, q); // "Mayor Ortiz: “…”"
        }
        int[] named = nameWithDescription(d, first, colon);
        if (named != null) {
            return attribution(d, colon, named, q); // "Lin Wei, Spokesperson, Foreign Ministry: “…”"
        }
        int[] vs = ClauseSubjectRule.verbAndSubject(d, mentions, first, colon);
        if (vs == null) {
            vs = auxiliaryAndSubject(d, first, colon);
        }
        return vs != null && vs[1] == first ? attribution(d, vs[0], new int[] {vs[1], vs[2]}, q) : null;
    }

    /**
     * A caption or transcript label: a person's name (tagged PERSON), then descriptions after commas
     * and no verb ("Lin Wei, Spokesperson, Foreign Ministry:"; not "Taiwan, Tibet, Xinjiang:"); the
     * name, or null.
     */
    private int[] nameWithDescription(Doc d, int first, int colon) {
        int comma = first;
        while (comma < colon && "NNP".equals(d.tok[comma].pos()) && d.tok[comma].isPerson() && d.quoteOf[comma] < 0) {
            comma++;
        }
        if (comma == first || comma >= colon || !",".equals(d.word(comma))) {
            return null;
        }
        for (int k = comma + 1; k < colon; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return null;
            }
        }
        int[] np = {first, comma - 1};
        return mentions.plausible(d, np) ? np : null;
    }

    /**
     * The subject of a clause whose only finite verb is an auxiliary before a participle ("Ann Lee
     * has adopted the stance of her party:", "The board was quoted in the filing:"), or null.
     */
    private int[] auxiliaryAndSubject(Doc d, int first, int colon) {
        for (int v = first + 1; v < colon; v++) {
            if (d.quoteOf[v] >= 0 || d.isQuoteToken(v)) {
                return null;
            }
            if (Tokens.finiteVerb(d.tok[v].pos())) {
                int w = v + 1;
                while (w < colon && d.tok[w].pos().startsWith("RB")) {
                    w++;
                }
                if (w >= colon || !"VBN".equals(d.tok[w].pos()) && !"VBG".equals(d.tok[w].pos())) {
                    return null; // "The council had one answer:" names no speaker
                }
                int[] subj = mentions.left(d, v, first);
                return subj == null ? null : new int[] {v, subj[0], subj[1]};
            }
        }
        return null;
    }

    /** Most words between "following" and the full stop that closes a press release's lead-in. */
    private static final int MAX_FOLLOWING_TAIL = 6;

    /**
     * "Rep. Lee released the following statement." closing the paragraph before the quote's: the
     * subject of a clause with "the following" and a noun of saying ({@code report_noun}) before the
     * full stop speaks the quote. Null otherwise.
     */
    private Attribution followingStatement(Doc d, int stop, QuoteMarks.Marked q) {
        if (!".".equals(d.word(stop)) || Tokens.gapOnly(d.text, d.tok[stop].end(), q.open(), " \t")) {
            return null;
        }
        int first = d.sentStart[d.sentOf[stop]];
        int following = following(d, first, stop, MAX_FOLLOWING_TAIL);
        if (following < 0 || following - first > maxTokens) {
            return null;
        }
        int[] vs = ClauseSubjectRule.verbAndSubject(d, mentions, first, following);
        return vs != null && opensClause(d, vs[1], first) ? attribution(d, vs[0], new int[] {vs[1], vs[2]}, q) : null;
    }

    /**
     * The "the" of the leftmost "the following" and a noun of saying ({@code report_noun}) within
     * {@code tail} tokens before {@code end} and after {@code first}, or -1.
     */
    private int following(Doc d, int first, int end, int tail) {
        int following = -1;
        for (int k = end - 1; k > first && k >= end - tail; k--) {
            if ("following".equalsIgnoreCase(d.word(k)) && "the".equalsIgnoreCase(d.word(k - 1)) && k + 1 < end
                    && lexicon.isExactly(d.lower(k + 1), Lexicon.WordType.REPORT_NOUN)) {
                following = k - 1;
            }
        }
        return following;
    }

    /** The subject opens the sentence, or follows the comma that closes an opening phrase ("After the vote, X …"). */
    private static boolean opensClause(Doc d, int subj, int first) {
        if (subj == first) {
            return true;
        }
        if (subj - 1 <= first || !",".equals(d.word(subj - 1))) {
            return false;
        }
        for (int k = first; k < subj - 1; k++) {
            if (Tokens.finiteVerb(d.tok[k].pos()) || ",".equals(d.word(k)) || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the sentence, or the token after the last dash before the colon. */
    private static int segmentStart(Doc d, int colon) {
        int sentFirst = d.sentStart[d.sentOf[colon]];
        for (int k = colon - 1; k > sentFirst; k--) {
            String w = d.word(k);
            if ("-".equals(w) || "--".equals(w) || "—".equals(w) || "–".equals(w)) {
                return k + 1;
            }
        }
        return sentFirst;
    }

    private static Attribution attribution(Doc d, int cue, int[] subj, QuoteMarks.Marked q) {
        return new Attribution(cue, d.word(cue), Lexicon.Complement.ANY, subj[0], subj[1], q.start(), q.end(),
                false, -1, -1);
    }
}
