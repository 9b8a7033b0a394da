package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides which quoted stretches are quotes and whose: a quote followed by "…, X said" or
 * preceded by "X said:" is direct; a quote inside the content of a cue is partial; a paragraph
 * that is only a quote continues the previous speaker; anything else (scare quotes, titles,
 * headlines, link blocks) is dropped. Reported speech without quote marks becomes an indirect
 * quote. Delegates to {@link HeadlineLines}, {@link QuotedTitles}, {@link UnattributedQuotes} and
 * {@link UnquotedAttributions}. Stateless and thread-safe.
 */
final class QuoteAttacher {

    /**
     * A quote before its speaker is resolved.
     *
     * @param kind      the quote's kind, or null for an attribution that only names the speaker
     *                  of the next paragraph's quote ("X said:")
     * @param att       the attribution, or null when the quote continues the previous speaker
     * @param paragraph index of the paragraph
     * @param reach     for a quote without attribution, how many paragraphs back the previous
     *                  speaker may be ({@link #ANY_DISTANCE}: a paragraph that is a quote continues
     *                  the latest speaker however far back; 1: a long quote inside a sentence with no
     *                  verb of saying; 0: a new quoted sentence after a quote of the same paragraph)
     */
    record Candidate(QuoteKind kind, int start, int end, Attribution att, int paragraph, int reach) {
        int order() {
            return start;
        }
    }

    /** Reach of a paragraph that is all quote: the latest speaker, however far back. */
    static final int ANY_DISTANCE = Integer.MAX_VALUE;

    private final Lexicon lex;
    private final MarkRules rules;
    private final HeadlineLines headlines;
    private final QuotedTitles titles;
    private final UnquotedAttributions unquoted;
    private final UnattributedQuotes unattributed;

    /** Most words in marks between a speaker and the verb ("The United States “strongly” urged"). */
    private static final int MAX_INSERTED_WORDS = 2;

    QuoteAttacher(Lexicon lex, MarkRules rules) {
        this(lex, rules, null);
    }

    /** With {@code headlineColon} (null: none), a headline of that form is read, not skipped. */
    QuoteAttacher(Lexicon lex, MarkRules rules, HeadlineColonRule headlineColon) {
        this.lex = lex;
        this.rules = rules;
        this.headlines = new HeadlineLines(lex, headlineColon, rules);
        this.titles = new QuotedTitles(lex);
        this.unquoted = new UnquotedAttributions(lex);
        this.unattributed = new UnattributedQuotes(rules);
    }

    /**
     * The candidates, in no particular order; every marked stretch and attribution that yields
     * none gets its reason in {@code why} (keyed by the {@link QuoteMarks.Marked} or the
     * {@link Attribution}).
     */
    List<Candidate> attach(Doc d, List<Attribution> atts, Map<Object, LedgerEntry.Reason> why) {
        List<Candidate> out = new ArrayList<>();
        boolean[] used = new boolean[atts.size()];
        boolean[] holdsQuote = new boolean[atts.size()];
        int from = 0;
        for (QuoteMarks.Marked q : d.quotes) {
            if (skipLine(d, q.open())) {
                why.put(q, LedgerEntry.Reason.HEADLINE);
                continue;
            }
            if (QuotedTitles.soCalled(d.text, q.open())) {
                why.put(q, LedgerEntry.Reason.SO_CALLED);
                continue;
            }
            if (lex.isTerm(d.text.substring(q.start(), q.end())) && !titles.namedByWhat(d, q)) {
                why.put(q, LedgerEntry.Reason.TERM);
                continue;
            }
            if (titles.nameAfterNamingVerb(d, q)) {
                why.put(q, LedgerEntry.Reason.NAME_AFTER_NAMING_VERB);
                continue;
            }
            if (titles.nameBeforeNoun(d, q)) {
                why.put(q, LedgerEntry.Reason.NAME_BEFORE_NOUN);
                continue;
            }
            boolean work = titles.titleAfterWork(d, q);
            if ((work || QuotedTitles.titleAfterPreposition(d, q)) && !rules.namedLine(d, q)) { // a headline's capitals after "Name:" hide no title
                why.put(q, work ? LedgerEntry.Reason.TITLE_OF_WORK : LedgerEntry.Reason.TITLE_AFTER_PREPOSITION);
                continue;
            }
            while (from < atts.size() && atts.get(from).contentEnd() + 2 < q.open()
                    && atts.get(from).attachFrom() < q.open() && atts.get(from).attachTo() + 4 < q.open()) {
                from++;
            }
            int ai = -1;
            QuoteKind kind = null;
            for (int k = from; k < atts.size() && ai < 0; k++) {
                Attribution a = atts.get(k);
                if (a.trailing() && a.attachFrom() >= q.close() && gapIs(d.text, q.close(), a.attachFrom(), " \t,")) {
                    ai = k;
                    // "… by adding them to its “unreliable entity list”, the ministry said": words of the
                    // reported clause before the marks make them quoted words in it
                    kind = wordsBefore(d, a, q) >= UnquotedAttributions.MIN_INDIRECT_WORDS ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
                } else if (a.trailing() && q.open() >= a.attachTo() && gapIs(d.text, a.attachTo(), q.open(), " \t,:")) {
                    // the second half of a split quote: “The door,” he said, “remains open.”
                    ai = k;
                    kind = QuoteKind.DIRECT;
                } else if (!a.trailing() && a.subjEnd() >= 0 && a.subjEnd() == d.tokenFrom(q.open()) - 1
                        && a.cueTok() == d.tokenFrom(q.close()) && q.words(d.text) <= MAX_INSERTED_WORDS) {
                    ai = k; // "The United States “strongly” urged …": words in marks between the speaker and the verb
                    kind = QuoteKind.PARTIAL;
                } else if (a.contains(q.open(), q.close())) {
                    ai = k;
                    // words of the reported clause before the marks make them quoted words in it
                    // ("said Washington “stands with its ally”"); a quote that opens the content is direct
                    kind = wordsBefore(d, a, q) == 0 && outsideWords(d, a, q) < UnquotedAttributions.MIN_INDIRECT_WORDS
                            && !a.agentAfter() ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                }
                if (a.contentStart() > q.close() + 2 && (a.attachFrom() < 0 || a.attachFrom() > q.paraEnd())) {
                    break;
                }
            }
            if (kind == QuoteKind.PARTIAL && atts.get(ai).contains(q.open(), q.close()) && titles.nameInReport(d, q, atts.get(ai))) {
                why.put(q, LedgerEntry.Reason.NAME_IN_REPORT);
                continue; // the clause around it stays reported speech
            }
            MarkRules.Match m = ai >= 0 ? null : startsParagraph(d, q) ? rules.leadIn(d, q) : rules.match(d, q);
            if (ai >= 0) {
                used[ai] = true;
                Attribution a = atts.get(ai);
                int first = kind == QuoteKind.PARTIAL && !holdsQuote[ai] && a.contains(q.open(), q.close())
                        ? QuotedConjuncts.firstConjunctEnd(d, a, q) : -1;
                if (first > 0) {
                    // "said he spoke with Xi | and that “big progress” is being made": the first clause is a report of its own
                    out.add(new Candidate(QuoteKind.INDIRECT, a.contentStart(), first, a, d.paragraphAt(a.contentStart()), 0));
                }
                holdsQuote[ai] |= kind == QuoteKind.PARTIAL || !a.trailing();
                out.add(new Candidate(kind, q.start(), q.end(), a, q.paragraph(), 0));
            } else if (m != null) {
                out.add(new Candidate(m.rule().kind(), q.start(), q.end(), m.attribution(), q.paragraph(), 0));
            } else {
                Candidate c = unattributed.candidate(d, q, why);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        UnattributedQuotes.attributeOpenQuotesForward(d, out);
        for (int k = 0; k < atts.size(); k++) {
            if (!used[k] && !holdsQuote[k]) {
                Candidate c = unquoted.candidate(d, atts.get(k), why);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether the mark opens its paragraph and stays open to its end. */
    private static boolean startsParagraph(Doc d, QuoteMarks.Marked q) {
        return gapIs(d.text, q.paraStart(), q.open(), " \t\u00a0") && !q.closed();
    }

    /** Whether the line at {@code offset} holds no article text: see {@link HeadlineLines}. */
    boolean skipLine(Doc d, int offset) {
        return headlines.skip(d, offset);
    }

    /** Whether every character in [from, to) is one of {@code allowed} (false when {@code to < from}). */
    static boolean gapIs(String text, int from, int to, String allowed) {
        if (to < from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Words of the attribution's content before the quote mark. */
    private static int wordsBefore(Doc d, Attribution a, QuoteMarks.Marked q) {
        return words(d.text, a.contentStart(), Math.max(a.contentStart(), q.open()));
    }

    /** Words of the attribution's content outside the quoted stretch. */
    private static int outsideWords(Doc d, Attribution a, QuoteMarks.Marked q) {
        return words(d.text, a.contentStart(), Math.max(a.contentStart(), q.open()))
                + words(d.text, Math.min(q.close(), a.contentEnd()), a.contentEnd());
    }

    /** Words (runs of letters and digits) in [from, to) of {@code text}. */
    static int words(String text, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
