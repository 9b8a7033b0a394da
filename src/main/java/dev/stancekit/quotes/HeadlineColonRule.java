package dev.stancekit.quotes;

/**
 * A headline that sets its speaker apart with a colon or a spaced dash where a verb of saying would
 * stand (row {@code headline_colon} of {@code reported-rules.csv}; separators: word type
 * {@code headline_separator}):
 * <ul>
 * <li>speaker last: {@code Harbour fees will not rise: port authority}, {@code Fees will not rise –
 * harbour chief Ana Diaz}. After a dash the speaker must be a person or hold a speaker noun (a
 * role, an office or organisation word, a document), since a page title ends in its outlet's name
 * the same way ({@code … – Harbour News}); after a colon an organisation, an acronym ({@code …:
 * CNSA}) or a place alone is a speaker too ({@code …: Beijing}).</li>
 * <li>speaker first, only with row {@code headline_speaker_first} on: {@code Harbour chief Diaz: Fees
 * will not rise}. The words before the colon are one noun phrase whose head is a person, an
 * organisation or a speaker noun; a place or a topic there ({@code Taiwan: …}, {@code Trade talks:
 * …}, {@code The Latest: …}) names no speaker. Words in quote marks after the colon are left to the
 * mark rules ({@code line_name}, {@code colon_speaker}).</li>
 * </ul>
 * The speaker part holds at most {@code limit} tokens and no verb; the content at least
 * {@link #MIN_CONTENT_WORDS} words. Only the text's first line is read. Stateless, thread-safe.
 */
final class HeadlineColonRule {

    /** Fewest words of the headline's content. */
    private static final int MIN_CONTENT_WORDS = 3;

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final int limit;
    private final boolean speakerFirst;

    /** @param speakerFirst whether the speaker-first form is read too (row {@code headline_speaker_first}) */
    HeadlineColonRule(Lexicon lex, MentionFinder mentions, int limit, boolean speakerFirst) {
        this.lex = lex;
        this.mentions = mentions;
        this.limit = limit;
        this.speakerFirst = speakerFirst;
    }

    /** The attribution of the first line of {@code d} when it has this form and holds token {@code at}; else null. */
    Attribution match(Doc d, int at) {
        if (at >= d.tok.length || !d.onFirstLine(d.tok[at].begin())) {
            return null;
        }
        int s = d.lineStart(d.tok[at].begin());
        int from = d.tokenFrom(s);
        int to = d.tokenFrom(d.lineEnd(s));
        while (to > from && isClosingPunct(d.word(to - 1))) {
            to--;
        }
        Attribution last = speakerLast(d, from, to);
        return last != null || !speakerFirst ? last : speakerFirst(d, from, to);
    }

    private static boolean isClosingPunct(String w) {
        return ".".equals(w) || "!".equals(w);
    }

    private Attribution speakerLast(Doc d, int from, int to) {
        int sep = -1;
        for (int k = to - 2; k > from && k >= to - 1 - limit; k--) {
            if (separator(d, k)) {
                sep = k;
                break;
            }
        }
        if (sep < 0 || QuoteAttacher.words(d.text, d.tok[from].begin(), d.tok[sep].begin()) < MIN_CONTENT_WORDS
                || hasVerb(d, sep + 1, to)) {
            return null;
        }
        boolean dash = !":".equals(d.word(sep));
        if (!namesSpeakerAfter(d, sep + 1, to, dash)) {
            return null;
        }
        return new Attribution(sep, d.word(sep), Lexicon.Complement.ANY, sep + 1, to - 1, d.tok[from].begin(),
                d.tok[sep - 1].end(), true, d.tok[sep].begin(), d.tok[to - 1].end());
    }

    private Attribution speakerFirst(Doc d, int from, int to) {
        int colon = -1;
        for (int k = from + 1; k < to && k <= from + limit; k++) {
            if (":".equals(d.word(k))) {
                colon = k;
                break;
            }
        }
        // words in marks after the colon are the mark rules' ("Lee: Plan Is ‘Reckless’")
        if (colon < 0 || Stretches.hasQuote(d, colon + 1, to) || hasVerb(d, from, colon)
                || QuoteAttacher.words(d.text, d.tok[colon].end(), d.tok[to - 1].end()) < MIN_CONTENT_WORDS) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, colon - 1, from);
        if (np == null || np[0] != from || np[1] != colon - 1) {
            return null;
        }
        int head = MentionFinder.headOf(d, np);
        String ner = d.tok[head].ner();
        boolean speaker = "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || lex.isSpeakerNoun(d.word(head));
        return speaker ? new Attribution(colon, d.word(colon), Lexicon.Complement.ANY, np[0], np[1],
                d.tok[colon + 1].begin(), d.tok[to - 1].end(), false, -1, -1) : null;
    }

    /** A separator token; a dash only with a space on each side ("Talks resume – minister", not "Xi-Trump"). */
    private boolean separator(Doc d, int k) {
        if (!lex.isExactly(d.word(k), Lexicon.WordType.HEADLINE_SEPARATOR) || d.quoteOf[k] >= 0) {
            return false;
        }
        if (":".equals(d.word(k))) {
            return true;
        }
        return d.tok[k - 1].end() < d.tok[k].begin() && k + 1 < d.tok.length && d.tok[k].end() < d.tok[k + 1].begin();
    }

    private static boolean hasVerb(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].pos().startsWith("VB") || d.tok[k].pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is an acronym of two to six capitals ("CNSA", "MOFCOM"), which after a colon names a body. */
    private static boolean acronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }

    /** Whether tokens a..b-1 after the separator name a speaker (see the class comment). */
    private boolean namesSpeakerAfter(Doc d, int a, int b, boolean dash) {
        boolean org = false;
        boolean place = true;
        for (int k = a; k < b; k++) {
            String ner = d.tok[k].ner();
            if ("PERSON".equals(ner) || lex.isSpeakerNoun(d.word(k))) {
                return true;
            }
            org |= "ORGANIZATION".equals(ner) || acronym(d.word(k));
            place &= d.tok[k].pos().startsWith("NNP") && ("LOCATION".equals(ner) || "MISC".equals(ner));
        }
        return !dash && (org || place);
    }
}
