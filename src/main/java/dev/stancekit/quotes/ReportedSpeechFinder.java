package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds attributions in one sentence: cue verbs from the lexicon ("X said (that) ...", "X urged Y
 * to ...", "..., X said.", "..., said X.") and "according to X". Each verb of saying goes through
 * the rules of {@code reported-rules.csv}: the first {@link SubjectRule} that finds its speaker,
 * then the first {@link FormRule} that places its content. Cues inside quote marks and cues inside
 * the content of an earlier cue of the same sentence are skipped (the outer speaker wins).
 * Stateless and thread-safe.
 */
final class ReportedSpeechFinder {

    /** Most tokens before a verb of saying (adverbs, auxiliaries, verbs, "to") a negation may stand. */
    private static final int NEGATION_REACH = 4;

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final ReportedRules rules;
    private final RelayedReports relays;
    private final ParticipleCues participles;
    private final QuotingVerbs quoting;
    private final PassiveNaming passiveNaming;

    ReportedSpeechFinder(Lexicon lex, MentionFinder mentions, ReportedRules rules) {
        this.lex = lex;
        this.mentions = mentions;
        this.rules = rules;
        this.relays = new RelayedReports(this, mentions, rules);
        this.participles = new ParticipleCues(lex, mentions);
        this.quoting = new QuotingVerbs(lex);
        this.passiveNaming = new PassiveNaming(lex, mentions);
    }

    /** The first token after a dateline opening the sentence ("MANILA, June 17 (Reuters) - "): no speaker, no content. */
    private static int afterDateline(Doc d, int a, int b) {
        int from = TextSpans.skipDateline(d.text, d.tok[a].begin());
        if (from == d.tok[a].begin()) {
            return a;
        }
        int k = a;
        while (k < b && d.tok[k].begin() < from) {
            k++;
        }
        return k < b ? k : a;
    }

    /** A finder with the bundled {@code reported-rules.csv}. */
    ReportedSpeechFinder(Lexicon lex, MentionFinder mentions) {
        this(lex, mentions, ReportedRules.load(Resources.bundled(), lex, mentions));
    }

    Lexicon lexicon() {
        return lex;
    }

    List<Attribution> find(Doc d, int sent) {
        int b = d.sentEnd[sent];
        int a = afterDateline(d, d.sentStart[sent], b);
        List<Attribution> out = new ArrayList<>();
        // "..., Wang said." at the end of the sentence covers the cues before it
        Attribution last = rules.finalTrailing ? relays.trailingAtEnd(d, a, b) : null;
        if (last != null && relays.relayed(d, a, last)) {
            // "Li said that …, the agency reported": Li's report, which the agency relays; "A, spokesman
            // Geng told a briefing, Reuters reported": Geng's report ends before the relay
            b = d.tokenFrom(last.attachFrom());
            last = null;
        }
        int covered = -1;
        for (int i = a; i < b; i++) { // b stops before a relaying cue, whose attribution starts at or before it
            if (last != null && i == last.cueTok()) {
                out.add(last);
                continue;
            }
            if (last != null && d.tok[i].begin() < last.attachFrom()) {
                continue;
            }
            if (i < covered && !NestedCues.ownReport(d, i, b) || d.quoteOf[i] >= 0) {
                continue;
            }
            Attribution at = null;
            if (!rules.according.isEmpty() && rules.according.get(0).at(d, i, b)) {
                for (int r = 0; r < rules.according.size() && at == null; r++) {
                    at = rules.according.get(r).match(d, i, a, b);
                }
            } else {
                boolean source = rules.nominal != null && sourceReport(d, i);
                Lexicon.Cue cue = source ? null : cueAt(d, i, b); // "media reports that …": a noun the tagger may take for a verb
                at = cue == null ? null : attribution(new CueSite(d, i, cue, a, b, previous(out)));
                for (Lexicon.Cue alt = at == null && cue != null ? lex.nextCue(cue, d, i) : null; at == null && alt != null;
                        alt = lex.nextCue(alt, d, i)) {
                    at = attribution(new CueSite(d, i, alt, a, b, previous(out))); // "reminded students to …"
                }
                if (at == null && cue == null && rules.nominal != null) {
                    at = rules.nominal.match(d, i, a, b); // "her promise to raise wages"
                }
                if (at == null && rules.discussion != null) {
                    at = rules.discussion.match(d, i, a, b); // "The two sides held talks on A", "Both sides discussed A"
                }
            }
            while (at != null) {
                out.add(at);
                if (at.trailing()) {
                    break;
                }
                if (!quoteOnlyWithoutQuote(d, at)) {
                    covered = d.tokenFrom(at.contentEnd());
                }
                at = rules.andThat == null ? null : rules.andThat.next(d, at, b);
            }
        }
        return out;
    }

    /**
     * "amid reports that …", "in response to media reports that …": a noun of type source_report
     * after a preposition or a common noun of type source_modifier, with "that" after it, is a
     * report of its own (the tagger may take it for a verb); "CBS News reports that" is a verb.
     */
    private boolean sourceReport(Doc d, int i) {
        return i > 0 && i + 1 < d.tok.length && lex.isExactly(d.lower(i), Lexicon.WordType.SOURCE_REPORT)
                && "that".equals(d.lower(i + 1)) && ("IN".equals(d.tok[i - 1].pos())
                    || lex.isExactly(d.lower(i - 1), Lexicon.WordType.SOURCE_MODIFIER) && !d.tok[i - 1].pos().startsWith("NNP"));
    }

    /** The latest attribution of the sentence so far that a verb of saying made (not a noun's), or null. */
    private static Attribution previous(List<Attribution> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (!out.get(k).nominal()) {
                return out.get(k);
            }
        }
        return null;
    }

    /** The attributions of the whole text with reports continued past their sentence added (row readout_continuation). */
    List<Attribution> continued(Doc d, List<Attribution> atts) {
        return rules.continuation == null ? atts : rules.continuation.extend(d, atts);
    }

    /**
     * A verb that reports only quoted words ("called", "continued") whose content holds none: it
     * will be rejected, so the verbs of saying inside its content keep their chance ("continued
     * to insist that …").
     */
    static boolean quoteOnlyWithoutQuote(Doc d, Attribution at) {
        return at.complement() == Lexicon.Complement.QUOTE && at.contentEnd() > at.contentStart()
                && !Stretches.hasQuote(d, d.tokenFrom(at.contentStart()), d.tokenFrom(at.contentEnd()));
    }

    /**
     * The verbs of saying of sentence {@code sent} outside quote marks that none of {@code found}
     * uses as its cue or covers with its content: cues the finder could not attribute (negated,
     * passive, no subject found), listed in the ledger so that every one is a visible decision.
     */
    List<StrayCue> strayCues(Doc d, int sent, List<Attribution> found) {
        List<StrayCue> out = new ArrayList<>();
        int relay = UNKNOWN; // found on the first stray cue only
        for (int i = d.sentStart[sent]; i < d.sentEnd[sent]; i++) {
            if (d.quoteOf[i] >= 0 || cueAt(d, i, d.sentEnd[sent]) == null
                    || i > d.sentStart[sent] && "HYPH".equals(d.tok[i - 1].pos())) {
                continue;
            }
            int at = d.tok[i].begin();
            boolean used = false;
            for (Attribution a : found) {
                // a verb inside a cue of several words ("As reported by") is that cue
                boolean inCue = i > a.cueTok() && d.tok[i].end() <= d.tok[a.cueTok()].begin() + a.cue().length();
                used |= a.cueTok() == i || inCue || at >= a.contentStart() && at < a.contentEnd();
            }
            if (!used) {
                int a = d.sentStart[sent];
                relay = relay == UNKNOWN ? relayCue(d, sent) : relay;
                out.add(new StrayCue(i, i == relay ? LedgerEntry.Reason.RELAYED : negated(d, i, a) ? LedgerEntry.Reason.NEGATED_CUE
                        : passive(d, i, a) ? LedgerEntry.Reason.PASSIVE_CUE : LedgerEntry.Reason.UNATTRIBUTED_CUE));
            }
        }
        return out;
    }

    /** A verb of saying (token {@code tok}) that got no attribution, and why. */
    record StrayCue(int tok, LedgerEntry.Reason reason) {
    }

    /** Not yet looked for (see {@link #relayCue}). */
    private static final int UNKNOWN = -2;

    /**
     * The verb of a final trailing attribution of sentence {@code sent} that relays a report (see
     * {@link RelayedReports#relayed}), or -1.
     */
    private int relayCue(Doc d, int sent) {
        int b = d.sentEnd[sent];
        int a = afterDateline(d, d.sentStart[sent], b);
        Attribution last = rules.finalTrailing ? relays.trailingAtEnd(d, a, b) : null;
        return last != null && relays.relayed(d, a, last) ? last.cueTok() : -1;
    }

    /** The cue whose verb is token i (see {@link Lexicon#cueAt}), or null. */
    Lexicon.Cue cueAt(Doc d, int i, int b) {
        Lexicon.Cue cue = lex.cueAt(d, i, b);
        return cue == null || participles.notACue(d, i, b) || quoting.relaysObject(d, i, b) ? null : cue;
    }

    /**
     * The attribution of a verb of saying that is neither negated nor passive: the first speaker
     * of the subject rules, unless a free relative stands before it ("what he said matters"; but
     * see {@link FreeRelativeNaming}), then
     * the first form that matches; its subject reached through a relative pronoun ("Cruz, who
     * said") when there is one.
     */
    Attribution attribution(CueSite s) {
        Doc d = s.d();
        int i = s.cue();
        int a = s.a();
        Attribution named = passiveNaming.match(d, i, s.b(), s.verb());
        if (named != null) {
            return named; // "labeled a “separatist” by Beijing": the agent named the words
        }
        if (negated(d, i, a) || passive(d, i, a)) {
            return null;
        }
        Speaker sp = null;
        for (int r = 0; r < rules.subjects.size() && sp == null; r++) {
            sp = rules.subjects.get(r).find(s);
        }
        if (sp != null && Tokens.freeRelative(lex, d, sp.start() - 1, a) && !commaBetween(d, sp.end(), i)) {
            return FreeRelativeNaming.match(s, sp); // "what he described as A"
        }
        if (sp == null) {
            return null;
        }
        for (FormRule form : rules.forms) {
            Attribution at = form.match(s, sp);
            if (at != null) {
                int rel = mentions.relativeBefore(d, i, a);
                return rel > at.subjEnd() ? at.withRelative(rel) : at;
            }
        }
        return null;
    }

    /**
     * Whether a comma stands between the speaker and the verb: "… for what he described as A,
     * saying B" gives the participle the clause's subject, not a second free relative.
     */
    private static boolean commaBetween(Doc d, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (",".equals(d.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** "did not say", "never said", "declined to say": a word of type negation or refusal before the verb. */
    private boolean negated(Doc d, int i, int a) {
        for (int k = i - 1; k >= a && k >= i - NEGATION_REACH; k--) {
            Token t = d.tok[k];
            if (lex.isExactly(t.word().toLowerCase(Locale.ROOT), Lexicon.WordType.NEGATION)
                    || lex.isExactly(t.lemma(), Lexicon.WordType.REFUSAL)) {
                return true;
            }
            if (!(t.pos().startsWith("RB") || "MD".equals(t.pos()) || t.isVerb() || "TO".equals(t.pos()))) {
                return false;
            }
        }
        return false;
    }

    /** "was told", "got said": a past participle after a form of "be" or "get" (and adverbs). */
    static boolean passive(Doc d, int i, int a) {
        if (!"VBN".equals(d.tok[i].pos())) {
            return false;
        }
        int k = i - 1;
        while (k >= a && d.tok[k].pos().startsWith("RB")) {
            k--;
        }
        return k >= a && ("be".equals(d.tok[k].lemma()) && !hasClitic(d, k, a) || "get".equals(d.tok[k].lemma()));
    }

    /**
     * "he’s predicted big wins": a clitic "’s" after a person's pronoun or name before a past
     * participle stands for "has", not "is" ("it’s said that …" stays passive).
     */
    private static boolean hasClitic(Doc d, int k, int a) {
        String w = d.lower(k);
        if (!("'s".equals(w) || "’s".equals(w)) || k - 1 < a) {
            return false;
        }
        String p = d.tok[k - 1].pos();
        return "PRP".equals(p) && !"it".equals(d.lower(k - 1)) || p.startsWith("NNP");
    }
}
