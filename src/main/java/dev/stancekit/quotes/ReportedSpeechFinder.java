package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds attributions in one sentence: cue verbs from the lexicon ("X said (that) ...", "X urged Y
 * to ...", "..., X said.", "..., said X.") and "according to X". Cues inside quote marks and
 * cues inside the content of an earlier cue of the same sentence are skipped (the outer speaker
 * wins). Stateless and thread-safe.
 */
final class ReportedSpeechFinder {

    private static final Set<String> BOUNDARY = Set.of("while", "but", "whereas", "although", "though",
            "according", "even");
    /** Most tokens in a relative clause between the subject of a reported clause and its verb. */
    private static final int MAX_INSERTION = 20;
    /** Most tokens of adverbial phrases between a verb of saying and its "that". */
    private static final int MAX_ADVERBIAL = 12;
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never");
    private static final Set<String> REFUSAL = Set.of("decline", "refuse", "fail");

    private final Lexicon lex;
    private final MentionFinder mentions;

    ReportedSpeechFinder(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    Lexicon lexicon() {
        return lex;
    }

    List<Attribution> find(Doc d, int sent) {
        int a = d.sentStart[sent];
        int b = d.sentEnd[sent];
        List<Attribution> out = new ArrayList<>();
        // "..., Wang said." at the end of the sentence covers the cues before it
        Attribution last = trailingAtEnd(d, a, b);
        int covered = -1;
        for (int i = a; i < b; i++) {
            if (last != null && i == last.cueTok()) {
                out.add(last);
                continue;
            }
            if (last != null && d.tok[i].begin() < last.attachFrom()) {
                continue;
            }
            if (i < covered || d.quoteOf[i] >= 0) {
                continue;
            }
            Attribution at;
            if ("according".equalsIgnoreCase(d.word(i)) && i + 1 < b && "to".equalsIgnoreCase(d.word(i + 1))) {
                at = according(d, i, a, b);
            } else {
                Lexicon.Cue cue = cueAt(d, i, b);
                at = cue == null ? null : attribution(d, i, cue, a, b, out.isEmpty() ? null : out.get(out.size() - 1));
            }
            while (at != null) {
                out.add(at);
                if (at.trailing()) {
                    break;
                }
                covered = d.tokenFrom(at.contentEnd());
                at = andThat(d, at, b);
            }
        }
        return out;
    }

    /**
     * The verbs of saying of sentence {@code sent} outside quote marks that none of {@code found}
     * uses as its cue or covers with its content: cues the finder could not attribute (negated,
     * passive, no subject found), listed in the ledger so that every one is a visible decision.
     */
    List<StrayCue> strayCues(Doc d, int sent, List<Attribution> found) {
        List<StrayCue> out = new ArrayList<>();
        for (int i = d.sentStart[sent]; i < d.sentEnd[sent]; i++) {
            if (d.quoteOf[i] >= 0 || cueAt(d, i, d.sentEnd[sent]) == null
                    || i > d.sentStart[sent] && "HYPH".equals(d.tok[i - 1].pos())) {
                continue;
            }
            int at = d.tok[i].begin();
            boolean used = false;
            for (Attribution a : found) {
                used |= a.cueTok() == i || at >= a.contentStart() && at < a.contentEnd();
            }
            if (!used) {
                int a = d.sentStart[sent];
                out.add(new StrayCue(i, negated(d, i, a) ? LedgerEntry.Reason.NEGATED_CUE
                        : passive(d, i, a) ? LedgerEntry.Reason.PASSIVE_CUE : LedgerEntry.Reason.UNATTRIBUTED_CUE));
            }
        }
        return out;
    }

    /** A verb of saying (token {@code tok}) that got no attribution, and why. */
    record StrayCue(int tok, LedgerEntry.Reason reason) {
    }

    /** The trailing attribution ending the sentence ("..., the ministry said."), or null. */
    private Attribution trailingAtEnd(Doc d, int a, int b) {
        for (int i = b - 1; i > a; i--) {
            if (d.quoteOf[i] >= 0 || d.isQuoteToken(i)) {
                return null;
            }
            Lexicon.Cue cue = cueAt(d, i, b);
            if (cue != null) {
                Attribution at = attribution(d, i, cue, a, b, null);
                return at != null && at.trailing() && at.contentEnd() > at.contentStart() ? at : null;
            }
        }
        return null;
    }

    Lexicon.Cue cueAt(Doc d, int i, int b) {
        Token t = d.tok[i];
        if (!t.isVerb()) {
            return null;
        }
        for (Lexicon.Cue c : lex.cues(t.lemma())) {
            if (c.particle().isEmpty()) {
                return c;
            }
            if (i + 1 < b && c.particle().equalsIgnoreCase(d.word(i + 1))) {
                return c;
            }
        }
        return null;
    }

    private Attribution attribution(Doc d, int i, Lexicon.Cue cue, int a, int b, Attribution prev) {
        Attribution at = attribution0(d, i, cue, a, b, prev);
        int rel = at == null ? -1 : mentions.relativeBefore(d, i, a);
        return at != null && rel > at.subjEnd() ? at.withRelative(rel) : at;
    }

    private Attribution attribution0(Doc d, int i, Lexicon.Cue cue, int a, int b, Attribution prev) {
        if (negated(d, i, a) || passive(d, i, a)) {
            return null;
        }
        int after = i + cue.length();
        String cueText = d.span(i, after - 1);
        int[] subj = mentions.left(d, i, a);
        boolean own = subj != null; // false: the subject is borrowed from a clause before the cue
        if (subj == null && "VBG".equals(d.tok[i].pos()) && i - 2 > a && "IN".equals(d.tok[i - 1].pos())
                && !",".equals(d.word(i - 2))) {
            subj = mentions.clauseSubject(d, a, i - 1); // "X began by saying he …", "after saying"
        }
        if (subj == null && "VBG".equals(d.tok[i].pos()) && i - 1 > a && ",".equals(d.word(i - 1))) {
            // "..., he said, adding that ...", "X rejected it, calling it “a smear”": the
            // participle shares the speaker of the clause before it
            subj = prev != null ? new int[] {prev.subjStart(), prev.subjEnd()} : mentions.clauseSubject(d, a, i - 1);
        }
        if (subj == null && prev != null && !prev.trailing() && coordinated(d, i, a)
                && quotedBefore(d, d.tokenFrom(prev.contentStart()), d.tokenFrom(prev.contentEnd()))) {
            subj = new int[] {prev.subjStart(), prev.subjEnd()};
        }
        boolean inverted = false;
        own |= subj == null;
        if (subj == null && (i == a || ",".equals(d.word(i - 1)) || d.isQuoteToken(i - 1))) {
            // right after a closing mark any noun phrase is the speaker ("“…,” said one aide")
            boolean afterClose = i - 1 >= a && d.isQuoteToken(i - 1)
                    || i - 2 >= a && ",".equals(d.word(i - 1)) && d.isQuoteToken(i - 2);
            subj = mentions.right(d, after, b, afterClose);
            if (subj == null && i - 1 >= a && ",".equals(d.word(i - 1))) {
                // "…, said the company's chief executive.": any noun phrase that ends the sentence
                int[] np = mentions.right(d, after, b, true);
                subj = np != null && (np[1] + 1 >= b || np[1] + 2 >= b && Tokens.sentenceEnd(d.word(np[1] + 1))) ? np : null;
            }
            inverted = subj != null;
        }
        if (subj == null && !inverted && (adverbialOnly(d, after, b, false) || after < b && ",".equals(d.word(after)))) {
            subj = mentions.trailingSubject(d, i, a); // "…, the group says." "…, union leaders say, is …"
        }
        if (subj == null && !inverted && cue.complement() != Lexicon.Complement.QUOTE
                && (clauseFollows(d, after, b) || thatAfterAdverbial(d, after, b))) {
            subj = mentions.leftAny(d, i, a); // "his campaign said he ...", "Cruz, who said he ..."
        }
        if (subj == null && !inverted && i > a && cue.complement() != Lexicon.Complement.QUOTE
                && OpeningSubject.clauseAhead(d, after, b)) {
            subj = OpeningSubject.find(d, i, a); // "Large majorities of voters in six states said they ..."
            int conj = i - 1;
            while (subj == null && conj > a && d.tok[conj].pos().startsWith("RB")) {
                conj--;
            }
            if (subj == null && lex.is(d.word(conj), Lexicon.WordType.VERB_CONJUNCTION)) {
                subj = OpeningSubject.ofCoordinated(d, conj, a); // "The judge delayed a ruling but said ..."
            }
        }
        if (subj == null || subj[0] - 1 >= a && lex.is(d.word(subj[0] - 1), Lexicon.WordType.FREE_RELATIVE)) {
            // "what he said matters": a free relative, not an attribution
            return null;
        }
        int rest = inverted ? subj[1] + 1 : after;
        int before = inverted ? i - 1 : subj[0] - 1;
        boolean attached = before < a ? closingMarkBefore(d.text, d.tok[inverted ? i : subj[0]].begin())
                : ",".equals(d.word(before)) || d.isQuoteToken(before);
        // right after a closing quote mark ("“…,” said X, a spokesman who …") the attribution
        // trails its quote whatever follows the speaker's words
        boolean afterMark = before < a ? attached
                : d.isQuoteToken(before) || ",".equals(d.word(before)) && before - 1 >= a && d.isQuoteToken(before - 1);
        // "In the early 1990s, she said, …": an introductory phrase with no verb is no content
        boolean clauseBefore = before < a || afterMark || finiteBefore(d, a, before);
        if (own && attached && clauseBefore && (afterMark && !thatFollows(d, rest, b) || adverbialOnly(d, rest, b, before >= a))) {
            int attachFrom = d.tok[Math.min(inverted ? i : subj[0], subj[0])].begin();
            int cs = skipDateline(d.text, d.tok[a].begin());
            int ce = before >= a ? Math.max(cs, d.tok[before].begin()) : cs;
            Lexicon.Complement comp = cue.complement() == Lexicon.Complement.QUOTE
                    ? Lexicon.Complement.QUOTE : Lexicon.Complement.ANY;
            int attachTo = Math.max(d.tok[after - 1].end(), d.tok[subj[1]].end());
            return new Attribution(i, cueText, comp, subj[0], subj[1], cs, trimEnd(d.text, cs, ce), true,
                    attachFrom, attachTo);
        }
        if (own && !inverted && before > a && ",".equals(d.word(before)) && insertion(d, a, before, rest, b)) {
            // "The source of the appeal, union leaders say, is the candidate's stance on trade": the
            // attribution stands inside its content, which is the whole sentence
            int cs = skipDateline(d.text, d.tok[a].begin());
            return new Attribution(i, cueText, Lexicon.Complement.ANY, subj[0], subj[1], cs,
                    trimEnd(d.text, cs, d.tok[b - 1].end()), false, -1, -1);
        }
        if (inverted) {
            return null;
        }
        int cs = after;
        boolean that = false;
        for (int j = after; j < b && j < after + 14; j++) {
            Token t = d.tok[j];
            if ("that".equalsIgnoreCase(t.word()) && !"DT".equals(t.pos()) || ":".equals(t.word())) {
                cs = j + 1;
                that = true;
                break;
            }
            boolean modifier = ("VBN".equals(t.pos()) || "VBG".equals(t.pos())) && j > after
                    && d.tok[j - 1].pos().startsWith("NN") && "IN".equals(d.tok[after].pos());
            if (t.isVerb() && !modifier || ",".equals(t.word()) || d.isQuoteToken(j) || d.quoteOf[j] >= 0) {
                break;
            }
        }
        if (!that && cs < b && (",".equals(d.word(cs)) || ":".equals(d.word(cs)))) {
            cs++;
            that = true;
        }
        if (!that && "tell".equals(d.tok[i].lemma()) && cs < b && lex.is(d.word(cs), Lexicon.WordType.LISTENER)) {
            cs++;
        }
        if (cs >= b && ":".equals(d.word(b - 1))) {
            // "X said:" closing its paragraph: the next paragraph's quote is X's
            int end = d.tok[b - 1].end();
            return new Attribution(i, cueText, cue.complement(), subj[0], subj[1], end, end, false, -1, -1);
        }
        int ce = cs;
        if (that && cs + 1 < b && ",".equals(d.word(cs))) {
            // "say that, even if they wanted one, a recount could not be done": the insertion
            // between commas belongs to the content
            int close = cs + 1;
            while (close < b && !",".equals(d.word(close))) {
                close++;
            }
            if (close + 2 < b) {
                cs++;
                ce = close + 1;
            }
        }
        while (ce < b && !boundary(d, cs, ce, b)) {
            ce++;
        }
        if (cs >= b || ce - cs < 2) {
            return null;
        }
        if (cue.complement() == Lexicon.Complement.THAT && !that && !d.isQuoteToken(cs) && !clauseFollows(d, cs, b)) {
            return null;
        }
        if ("IN".equals(d.tok[cs].pos()) && !hasVerb(d, cs, ce)) {
            // "said in a statement." is no content
            return null;
        }
        int start = d.tok[cs].begin();
        int end = trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(i, cueText, cue.complement(), subj[0], subj[1], start, end, false, -1, -1);
    }

    private Attribution according(Doc d, int i, int a, int b) {
        int e = i + 2;
        while (e < b && !",".equals(d.word(e)) && !".".equals(d.word(e))) {
            e++;
        }
        if (e == i + 2) {
            return null;
        }
        int[] src = {i + 2, e - 1};
        // a document or a tally is a source too ("according to the survey", "according to a CNN tally")
        if (!mentions.plausible(d, src) && !MentionFinder.nounHeaded(d, src)) {
            return null;
        }
        int cs, ce;
        boolean lead = true;
        for (int k = a; k < i; k++) {
            lead &= d.tok[k].pos().startsWith("RB") || ",".equals(d.word(k));
        }
        if (lead && e < b && ",".equals(d.word(e))) {
            cs = e + 1;
            ce = b;
        } else if (i - 1 >= a && ",".equals(d.word(i - 1))) {
            cs = a;
            ce = i - 1;
        } else {
            return null;
        }
        if (ce - cs < 3) {
            return null;
        }
        for (int k = cs; k < ce; k++) {
            // "according to X, Y said Z": Y is the speaker; a cue deeper in the content is reported
            int[] own = d.quoteOf[k] < 0 && cueAt(d, k, b) != null ? mentions.left(d, k, cs) : null;
            if (own != null && !subordinate(d, cs, own[0])) {
                return null;
            }
        }
        int start = d.tok[cs].begin();
        int end = trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(i, d.span(i, i + 1), Lexicon.Complement.ANY, src[0], src[1], start, end,
                false, -1, -1);
    }

    /**
     * Whether a subordinating word ("if", "whether", "what", "because", "that") stands between
     * tokens {@code from} and {@code to}: a verb of saying after it is part of the content.
     */
    private static boolean subordinate(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            String p = d.tok[k].pos();
            if (d.quoteOf[k] < 0 && ("IN".equals(p) && !"of".equalsIgnoreCase(d.word(k)) || p.startsWith("W"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the content from token cs to k holds a quote ("called it “x”, and said ..."). */
    private static boolean quotedBefore(Doc d, int cs, int k) {
        for (int j = cs; j < k; j++) {
            if (d.quoteOf[j] >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean boundary(Doc d, int cs, int k, int b) {
        String w = d.word(k);
        if (";".equals(w) || coordinatedCue(d, cs, k, b) || newActor(d, cs, k, b)) {
            return true;
        }
        return ",".equals(w) && k + 1 < b && d.quoteOf[k] < 0
                && BOUNDARY.contains(d.word(k + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Where a coordinated second report starts at token k ("..., and that ...", "... but said ...",
     * "... and warned Y to ..."): the token after "that" or the second cue verb; else -1.
     */
    int coordination(Doc d, int k, int b) {
        if (d.quoteOf[k] >= 0 || !COORDINATORS.contains(d.word(k).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int j = k + 1;
        while (j < b && d.tok[j].pos().startsWith("RB") && d.quoteOf[j] < 0) {
            j++;
        }
        if (j + 1 < b && "that".equalsIgnoreCase(d.word(j)) && "IN".equals(d.tok[j].pos())) {
            return j + 1;
        }
        boolean finite = j < b && ("VBD".equals(d.tok[j].pos()) || "VBZ".equals(d.tok[j].pos()));
        return finite && d.quoteOf[j] < 0 && cueAt(d, j, b) != null ? j : -1;
    }

    /**
     * "X said A and warned that B", "X rejected A and said that B": a second verb of saying
     * coordinated with the first ends the first content (it starts its own report); "and that B"
     * ends it only after quoted words.
     */
    private boolean coordinatedCue(Doc d, int cs, int k, int b) {
        int c = k > cs ? coordination(d, k, b) : -1;
        if (c < 0) {
            return false;
        }
        if (quotedBefore(d, cs, k)) {
            return true;
        }
        // a noun object ("expressed concern over A and urged B") stays one report with its sequel
        boolean clause = false;
        for (int j = cs; j < k && !clause; j++) {
            clause = Tokens.finiteVerb(d.tok[j].pos()) && d.quoteOf[j] < 0;
        }
        return clause && !"that".equalsIgnoreCase(d.word(c - 1));
    }

    /**
     * "X said A, and he railed against B", "X said A and she accused Y of B": a coordinator
     * followed by a third-person subject pronoun and its finite verb starts a new clause about
     * the speaker, not more of what was said.
     */
    private boolean newActor(Doc d, int cs, int k, int b) {
        if (k <= cs + 1 || k + 2 >= b || d.quoteOf[k] >= 0 || !COORDINATORS.contains(d.word(k).toLowerCase(Locale.ROOT))
                || !lex.is(d.word(k + 1), Lexicon.WordType.ACTOR_PRONOUN)) {
            return false;
        }
        int j = k + 2;
        while (j < b && (d.tok[j].pos().startsWith("RB") || "MD".equals(d.tok[j].pos()))) {
            j++;
        }
        return j < b && ("VBD".equals(d.tok[j].pos()) || "VBZ".equals(d.tok[j].pos()) || "MD".equals(d.tok[j - 1].pos()));
    }

    /**
     * Whether a finite clause starts at token k: a subject (a pronoun, or a short noun phrase)
     * and then its finite verb ("claims he's worth", "predicts the party will lose").
     */
    static boolean clauseFollows(Doc d, int k, int b) {
        if (k >= b || d.quoteOf[k] >= 0) {
            return false;
        }
        if ("that".equalsIgnoreCase(d.word(k)) && "IN".equals(d.tok[k].pos())) {
            k++; // "said that he …"
            if (k >= b || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        String p0 = d.tok[k].pos();
        int j = k;
        if ("PRP".equals(p0) || "EX".equals(p0)) {
            j = k + 1;
        } else {
            j = nounPhraseEnd(d, k, b);
            if (j < 0) {
                return false;
            }
            // "the situation in the South China Sea was …": one prepositional phrase after the noun
            if (j + 1 < b && "IN".equals(d.tok[j].pos()) && !"that".equalsIgnoreCase(d.word(j))) {
                int e = nounPhraseEnd(d, j + 1, b);
                j = e < 0 ? j : e;
            }
            j = afterInsertion(d, j, b);
        }
        while (j < b && d.tok[j].pos().startsWith("RB")) {
            j++;
        }
        if (j >= b) {
            return false;
        }
        String v = d.tok[j].pos();
        // after a subject pronoun a base form is a present tense the tagger missed ("they trust"),
        // and a clitic "'s" is "is" or "has" ("it’s up to him")
        boolean afterPronoun = "PRP".equals(p0) && j == k + 1
                && ("VB".equals(v) || "POS".equals(v) && d.word(j).endsWith("s"));
        return "VBD".equals(v) || "VBZ".equals(v) || "VBP".equals(v) || "MD".equals(v) || afterPronoun;
    }

    /**
     * The end (exclusive) of a short noun phrase starting at token k ("the big steel plant",
     * "at least six planes", "her campaign's"), or -1 when none starts there.
     */
    private static int nounPhraseEnd(Doc d, int k, int b) {
        int j = k;
        if (j + 1 < b && "at".equalsIgnoreCase(d.word(j)) && "least".equalsIgnoreCase(d.word(j + 1))) {
            j += 2;
        }
        while (j < b && j - k < 3 && d.tok[j].pos().startsWith("RB")) {
            j++; // "nearly", "about"
        }
        int from = j;
        while (j < b && j - from < 6 && d.quoteOf[j] < 0 && ("DT".equals(d.tok[j].pos()) || "PRP$".equals(d.tok[j].pos())
                || "JJ".equals(d.tok[j].pos()) || "JJS".equals(d.tok[j].pos()) || "CD".equals(d.tok[j].pos())
                || "POS".equals(d.tok[j].pos()) || "HYPH".equals(d.tok[j].pos()) || d.tok[j].pos().startsWith("NN"))) {
            j++;
        }
        return j == from || !d.tok[j - 1].pos().startsWith("NN") && !"PRP".equals(d.tok[j - 1].pos()) ? -1 : j;
    }

    /**
     * After a subject, a relative clause or apposition between commas ("the decision, which
     * struck down the limits, shows"): the token after the second comma; else {@code j}.
     */
    private static int afterInsertion(Doc d, int j, int b) {
        if (j + 1 >= b || !",".equals(d.word(j)) || !d.tok[j + 1].pos().startsWith("W")) {
            return j;
        }
        for (int k = j + 2; k < b && k - j <= MAX_INSERTION; k++) {
            if (d.quoteOf[k] >= 0 || ";".equals(d.word(k))) {
                return j;
            }
            if (",".equals(d.word(k))) {
                return k + 1;
            }
        }
        return j;
    }

    /**
     * Whether a that-clause follows after adverbial phrases only ("said on Thursday that",
     * "told reporters in Ohio that").
     */
    private static boolean thatAfterAdverbial(Doc d, int k, int b) {
        for (int j = k; j < b && j - k <= MAX_ADVERBIAL; j++) {
            Token t = d.tok[j];
            if (d.quoteOf[j] >= 0) {
                return false;
            }
            if ("that".equalsIgnoreCase(t.word()) && "IN".equals(t.pos())) {
                return j + 2 < b && d.quoteOf[j + 1] < 0;
            }
            String p = t.pos();
            if (!("IN".equals(p) || "DT".equals(p) || "JJ".equals(p) || "CD".equals(p) || p.startsWith("NN")
                    || p.startsWith("RB") || "PRP".equals(p) || "PRP$".equals(p) || ",".equals(p))) {
                return false;
            }
        }
        return false;
    }

    /** After "X said A" ends at "and that B": the same speaker's second report, or null. */
    private Attribution andThat(Doc d, Attribution prev, int b) {
        int k = d.tokenFrom(prev.contentEnd());
        while (k < b && d.tok[k].begin() < prev.contentEnd()) {
            k++;
        }
        if (k < b && ",".equals(d.word(k))) {
            k++;
        }
        int cs = k < b ? coordination(d, k, b) : -1;
        if (cs < 0 || !"that".equalsIgnoreCase(d.word(cs - 1))) {
            return null;
        }
        int ce = cs;
        while (ce < b && !boundary(d, cs, ce, b)) {
            ce++;
        }
        if (ce - cs < 2) {
            return null;
        }
        int start = d.tok[cs].begin();
        return new Attribution(prev.cueTok(), prev.cue(), prev.complement(), prev.subjStart(), prev.subjEnd(),
                start, trimEnd(d.text, start, d.tok[ce - 1].end()), false, -1, -1);
    }

    /** "X said A and warned B": the cue at i follows "and"/"but" (and adverbs) in its clause. */
    private static boolean coordinated(Doc d, int i, int a) {
        int k = i - 1;
        while (k >= a && d.tok[k].pos().startsWith("RB")) {
            k--;
        }
        return k > a && COORDINATORS.contains(d.word(k).toLowerCase(Locale.ROOT));
    }

    /**
     * Only prepositional phrases, adverbs and punctuation until the sentence end ("said on
     * Tuesday.") or until a comma opening a participle or relative clause ("said, adding ...").
     */
    private static boolean adverbialOnly(Doc d, int from, int b, boolean clauseMayFollow) {
        for (int k = from; k < b; k++) {
            Token t = d.tok[k];
            if (clauseMayFollow && k == from && t.pos().startsWith("W")) {
                return true;
            }
            if (clauseMayFollow && ",".equals(t.word()) && k + 1 < b && ("VBG".equals(d.tok[k + 1].pos())
                    || d.tok[k + 1].pos().startsWith("W") || d.isQuoteToken(k + 1)
                    || "IN".equals(d.tok[k + 1].pos()) && !"that".equalsIgnoreCase(d.word(k + 1)))) {
                return true;
            }
            String p = t.pos();
            if (p.startsWith("VB") && !"VB".equals(p) && k > from && "IN".equals(d.tok[from].pos())
                    && d.quoteOf[k] < 0 && (p.equals("VBN") || p.equals("VBG") || p.equals("VBD"))
                    && (d.tok[k - 1].pos().startsWith("NN") || "DT".equals(d.tok[k - 1].pos()))) {
                continue; // "in a statement posted on its website"
            }
            // "said X, its president and CEO": a coordinator between nouns of the apposition
            boolean nounAnd = "CC".equals(p) && k + 1 < b && (d.tok[k + 1].pos().startsWith("NN")
                    || "DT".equals(d.tok[k + 1].pos()) || "JJ".equals(d.tok[k + 1].pos()));
            boolean ok = nounAnd || "IN".equals(p) && !"that".equalsIgnoreCase(t.word()) || p.startsWith("NN")
                    || "DT".equals(p) || "JJ".equals(p) || "CD".equals(p) || p.startsWith("RB")
                    || "PRP$".equals(p) || "POS".equals(p) || ".".equals(p) || ",".equals(p) || "HYPH".equals(p);
            if (!ok || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a that-clause or colon opens right after the speaker ("said X, that …"). */
    private static boolean thatFollows(Doc d, int from, int b) {
        int k = from < b && ",".equals(d.word(from)) ? from + 1 : from;
        return k < b && (":".equals(d.word(k)) || "that".equalsIgnoreCase(d.word(k)) && "IN".equals(d.tok[k].pos()));
    }

    /**
     * An attribution between commas inside its sentence: no verb and no quote before it (the
     * words before are the subject of the sentence's clause), a comma right after the cue, and a
     * finite verb after that comma.
     */
    private static boolean insertion(Doc d, int a, int comma, int rest, int b) {
        return rest + 2 < b && ",".equals(d.word(rest)) && !finiteBefore(d, a, comma) && !hasQuote(d, a, b)
                && finiteBefore(d, rest + 1, b);
    }

    private static boolean hasQuote(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a finite verb or quoted words. */
    private static boolean finiteBefore(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.finiteVerb(d.tok[k].pos()) || d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a closing quote mark ends the text just before {@code offset} in the same paragraph,
     * and the quote did not end its own sentence with a full stop ({@code “….” A spokesman said the
     * talks …} starts a new sentence; {@code “…,” said X} and {@code “…?” she asked} trail it).
     */
    private static boolean closingMarkBefore(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0'
                || text.charAt(k) == ',')) {
            k--;
        }
        return k >= 1 && "\"'`”’»›".indexOf(text.charAt(k)) >= 0 && text.charAt(k - 1) != '.';
    }

    private static boolean negated(Doc d, int i, int a) {
        for (int k = i - 1; k >= a && k >= i - 4; k--) {
            Token t = d.tok[k];
            if (NEGATION.contains(t.word().toLowerCase(Locale.ROOT)) || REFUSAL.contains(t.lemma())) {
                return true;
            }
            if (!(t.pos().startsWith("RB") || "MD".equals(t.pos()) || t.isVerb() || "TO".equals(t.pos()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean passive(Doc d, int i, int a) {
        if (!"VBN".equals(d.tok[i].pos())) {
            return false;
        }
        int k = i - 1;
        while (k >= a && d.tok[k].pos().startsWith("RB")) {
            k--;
        }
        return k >= a && ("be".equals(d.tok[k].lemma()) || "get".equals(d.tok[k].lemma()));
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu} .,'-]+(\\([^)]{1,40}\\))?\\s*[—–-]+\\s+");

    /** Skips a dateline ("WASHINGTON — ", "BEIJING (Reuters) - ") at the start of a sentence. */
    static int skipDateline(String text, int start) {
        java.util.regex.Matcher m = DATELINE.matcher(text);
        m.region(start, Math.min(text.length(), start + 80));
        return m.lookingAt() ? m.end() : start;
    }

    /** Moves the end back over trailing punctuation and spaces. */
    static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
