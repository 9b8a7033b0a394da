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
    private static final Set<String> NEGATION = Set.of("not", "n't", "never");
    private static final Set<String> REFUSAL = Set.of("decline", "refuse", "fail");

    private final Lexicon lex;
    private final MentionFinder mentions;

    ReportedSpeechFinder(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    List<Attribution> find(Doc d, int sent) {
        int a = d.sentStart[sent];
        int b = d.sentEnd[sent];
        List<Attribution> out = new ArrayList<>();
        int covered = -1;
        for (int i = a; i < b; i++) {
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
            if (at != null) {
                out.add(at);
                if (!at.trailing()) {
                    covered = d.tokenFrom(at.contentEnd());
                }
            }
        }
        return out;
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
        if (negated(d, i, a) || passive(d, i, a)) {
            return null;
        }
        int after = i + cue.length();
        String cueText = d.span(i, after - 1);
        int[] subj = mentions.left(d, i, a);
        if (subj == null && prev != null && "VBG".equals(d.tok[i].pos()) && ",".equals(d.word(i - 1))) {
            // "..., he said, adding that ...": the participle shares the previous speaker
            subj = new int[] {prev.subjStart(), prev.subjEnd()};
        }
        boolean inverted = false;
        if (subj == null && (i == a || ",".equals(d.word(i - 1)) || d.isQuoteToken(i - 1))) {
            subj = mentions.right(d, after, b);
            inverted = subj != null;
        }
        if (subj == null) {
            return null;
        }
        int rest = inverted ? subj[1] + 1 : after;
        int before = inverted ? i - 1 : subj[0] - 1;
        boolean attached = before < a ? closingMarkBefore(d.text, d.tok[inverted ? i : subj[0]].begin())
                : ",".equals(d.word(before)) || d.isQuoteToken(before);
        if (attached && adverbialOnly(d, rest, b, before >= a)) {
            int attachFrom = d.tok[Math.min(inverted ? i : subj[0], subj[0])].begin();
            int cs = skipDateline(d.text, d.tok[a].begin());
            int ce = before >= a ? Math.max(cs, d.tok[before].begin()) : cs;
            Lexicon.Complement comp = cue.complement() == Lexicon.Complement.QUOTE
                    ? Lexicon.Complement.QUOTE : Lexicon.Complement.ANY;
            int attachTo = Math.max(d.tok[after - 1].end(), d.tok[subj[1]].end());
            return new Attribution(i, cueText, comp, subj[0], subj[1], cs, trimEnd(d.text, cs, ce), true,
                    attachFrom, attachTo);
        }
        if (inverted) {
            return null;
        }
        int cs = after;
        boolean that = false;
        for (int j = after; j < b && j < after + 8; j++) {
            Token t = d.tok[j];
            if ("that".equalsIgnoreCase(t.word()) && !"DT".equals(t.pos()) || ":".equals(t.word())) {
                cs = j + 1;
                that = true;
                break;
            }
            if (t.isVerb() || ",".equals(t.word()) || d.isQuoteToken(j) || d.quoteOf[j] >= 0) {
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
        while (ce < b && !boundary(d, ce, b)) {
            ce++;
        }
        if (cs >= b || ce - cs < 2) {
            return null;
        }
        if (cue.complement() == Lexicon.Complement.THAT && !that && !d.isQuoteToken(cs)) {
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
        for (int k = src[0]; k <= src[1]; k++) {
            if (d.tok[k].pos().startsWith("NN")) {
                if (lex.is(d.word(k), Lexicon.WordType.DOCUMENT) || !mentions.plausible(d, src)) {
                    return null;
                }
                break;
            }
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
            if (d.quoteOf[k] < 0 && cueAt(d, k, b) != null) {
                return null;
            }
        }
        int start = d.tok[cs].begin();
        int end = trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(i, d.span(i, i + 1), Lexicon.Complement.ANY, src[0], src[1], start, end,
                false, -1, -1);
    }

    private boolean boundary(Doc d, int k, int b) {
        String w = d.word(k);
        if (";".equals(w)) {
            return true;
        }
        return ",".equals(w) && k + 1 < b && d.quoteOf[k] < 0
                && BOUNDARY.contains(d.word(k + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Only prepositional phrases, adverbs and punctuation until the sentence end ("said on
     * Tuesday.") or until a comma opening a participle or relative clause ("said, adding ...").
     */
    private static boolean adverbialOnly(Doc d, int from, int b, boolean clauseMayFollow) {
        for (int k = from; k < b; k++) {
            Token t = d.tok[k];
            if (clauseMayFollow && ",".equals(t.word()) && k + 1 < b && ("VBG".equals(d.tok[k + 1].pos())
                    || d.tok[k + 1].pos().startsWith("W") || d.isQuoteToken(k + 1))) {
                return true;
            }
            String p = t.pos();
            boolean ok = "IN".equals(p) && !"that".equalsIgnoreCase(t.word()) || p.startsWith("NN")
                    || "DT".equals(p) || "JJ".equals(p) || "CD".equals(p) || p.startsWith("RB")
                    || "PRP$".equals(p) || "POS".equals(p) || ".".equals(p) || ",".equals(p) || "HYPH".equals(p);
            if (!ok || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVerb(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text right before the offset (spaces and commas aside) is a closing quote mark. */
    private static boolean closingMarkBefore(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == ',')) {
            k--;
        }
        return k >= 0 && "\"'`”’»›".indexOf(text.charAt(k)) >= 0;
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
