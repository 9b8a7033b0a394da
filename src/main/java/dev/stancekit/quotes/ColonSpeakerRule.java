package dev.stancekit.quotes;

/**
 * A quote right after a colon whose words before it name the speaker, with no verb of saying:
 * headline and summary style {@code Mayor Ortiz: “We Will Not Back Down”}, {@code The council's
 * answer: “…”} is not one (no speaker named), {@code The senator scolded the crowd: “Sit down.”}
 * (the subject of the clause before the colon). The name or clause must open its sentence, or
 * follow a dash. A label line that ends in the colon ("Lin Wei, spokesperson of the ministry:")
 * gives the quote of the next paragraph its speaker too.
 */
final class ColonSpeakerRule implements MarkRule {

    private final MentionFinder mentions;
    private final int maxTokens;

    ColonSpeakerRule(MentionFinder mentions, int maxTokens) {
        this.mentions = mentions;
        this.maxTokens = maxTokens;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int colon = open - 1;
        if (colon < 0 || open >= d.tok.length || !":".equals(d.word(colon)) || d.quoteOf[colon] >= 0
                || !Tokens.gapOnly(d.text, d.tok[colon].end(), q.open(), " \t\n")) {
            return null;
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
            return null;
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
