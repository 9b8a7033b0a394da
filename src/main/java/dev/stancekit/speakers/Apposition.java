package dev.stancekit.speakers;

import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.speakers.Lexicon.Hit;
import java.util.Set;

/**
 * Evidence of a side in the words around a name in the article: the titles just before it
 * ("Chinese Lt. Gen. X") and an apposition just after it (", a researcher at a Shanghai think
 * tank," or ", who took office as China's Defense Minister"). Only the name's own sentence is read.
 * {@link TitlesBefore} and {@link AppositionAfter} find those words, {@link PhraseSides} their side;
 * a party tag after the name ("(R-Ohio)", ", R-Ohio,") is read here.
 */
final class Apposition {

    /** Most characters read before or after the name. */
    static final int MAX_CHARS = 200;
    /** Small words that join the words of a title ("Secretary of State", "Commander of the Pacific Fleet"). */
    static final Set<String> CONNECTORS = Set.of("of", "the", "for");

    private final WordKinds words;
    private final PhraseSides sides;
    private final TitlesBefore titles;
    private final AppositionAfter appositions;
    /** The side nationality-words.csv gives the country whose Congress party tags name, or null. */
    private final String congressSide;

    Apposition(Lexicon lexicon, WordKinds words, Offices offices) {
        this.words = words;
        this.sides = new PhraseSides(words, offices);
        this.titles = new TitlesBefore(lexicon, words);
        this.appositions = new AppositionAfter(lexicon, words, sides);
        Hit us = new Phrase(CONGRESS_COUNTRY, lexicon).sideHit(words);
        this.congressSide = us == null ? null : us.entry().side();
    }

    /** Evidence around text[start, end), or {@code null} (always in the article's headline). */
    Evidence around(String text, int start, int end, AnnotatedText doc) {
        if (start < 0 || end > text.length() || start >= end || end <= Words.headlineEnd(text)
                || text.substring(start, end).indexOf('(') >= 0) { // "Dalai (Lama)" is no occurrence of the name
            return null; // "US envoy meets Dalai Lama, China livid": a headline's commas join clauses, not appositions
        }
        int[] sentence = sentence(text, start, end, doc);
        Phrase before = titles.before(text, start, sentence[0]);
        Phrase after = appositions.after(text, end, sentence[1]);
        if (after != null && clause(doc, text, end, sentence[1])) {
            after = null; // "According to analysts, the curbs could cost …": the report, not an apposition
        }
        Evidence e = sides.side(before, "before name: ");
        if (e == null) {
            e = partyTag(text, end, sentence[1]);
        }
        if (e == null) {
            e = sides.side(after, "apposition: ");
            if (e != null && AppositionAfter.whoDid(after) && !"other".equals(e.side())) {
                e = null; // "Hegseth, who warned that China …": the US and China are what people talk about
            }
            Hit hit = e == null ? null : after.sideHit(words);
            if (hit != null && AppositionAfter.inWhatTheyDid(after, hit.from())) {
                e = null; // "a resident who has kept ties with Xi since his visit from China": what they did
            }
        }
        if (e == null) {
            e = sides.side(titles.described(text, start, sentence[0]), "apposition before name: ");
        }
        if (e == null && before != null) {
            e = words.commentator(before);
        }
        if (e == null && after != null) {
            e = words.commentator(after);
        }
        if (e == null && before != null && congressSide != null
                && words.is(before.toks.get(before.toks.size() - 1).fold(), WordKinds.Kind.CONGRESS_TITLE)) {
            // "Sen. Ann Lee", "Congresswoman Ann Lee": with no other word of a side, a member of Congress
            e = new Evidence(congressSide, "title \"" + before.text.strip() + "\"");
        }
        return e;
    }

    /**
     * Whether the words after the comma that follows the name are a clause, a finite verb coming
     * before any relative pronoun ("the curbs could cost", not "a professor who has studied").
     */
    private static boolean clause(AnnotatedText doc, String text, int end, int sentenceEnd) {
        if (doc == null || !doc.text().equals(text)) {
            return false;
        }
        Sentence s = doc.sentenceAt(end);
        if (s == null) {
            return false;
        }
        boolean opened = false;
        for (dev.stancekit.nlp.Token t : s.tokens()) {
            if (t.begin() < end) {
                continue;
            }
            if (!opened) {
                opened = true; // the comma, bracket or dash that opens the phrase
                continue;
            }
            if (t.begin() >= sentenceEnd || t.end() - end > MAX_CHARS || ",;)".contains(t.word())) {
                return false;
            }
            String p = t.pos();
            if ("WP".equals(p) || "WDT".equals(p) || "WP$".equals(p) || "(".equals(t.word()) || "—".equals(t.word())) {
                return false;
            }
            if ("MD".equals(p) || "VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static int[] sentence(String text, int start, int end, AnnotatedText doc) {
        if (doc != null && doc.text().equals(text)) {
            Sentence s = doc.sentenceAt(start);
            if (s != null && s.begin() <= start && s.end() >= end && s.end() <= text.length()) {
                return new int[] {s.begin(), s.end()};
            }
        }
        int nl = text.indexOf('\n', end);
        return new int[] {text.lastIndexOf('\n', start - 1) + 1, nl < 0 ? text.length() : nl};
    }

    /** The country whose Congress party tags name. */
    private static final String CONGRESS_COUNTRY = "United States";

    /** Most characters of a party tag's state ("Mass.", "Calif.", "N.Y.", "Ohio", "Texas"). */
    private static final int MAX_STATE_CHARS = 14;

    /**
     * "Rep. Ann Lee (R-Ohio)", "Rep. Ann Lee (R., Ohio)", "Rep. Ann Lee, R-Ohio, said": a bracket (or
     * commas) right after the name holding a party letter (word kind party-tag), a hyphen (or in
     * brackets a comma) and a capitalised state names a
     * member of Congress, of the US side; so does the letter alone in brackets ("Ann Lee (D)").
     */
    private Evidence partyTag(String text, int end, int sentenceEnd) {
        int open = end;
        while (open < sentenceEnd && text.charAt(open) == ' ') {
            open++;
        }
        int close = -1;
        if (open < sentenceEnd && text.charAt(open) == '(') {
            close = text.indexOf(')', open);
        } else if (open < sentenceEnd && text.charAt(open) == ',') {
            int start = open + 1;
            while (start < sentenceEnd && text.charAt(start) == ' ') {
                start++;
            }
            int comma = text.indexOf(',', start);
            close = comma < 0 || comma > sentenceEnd ? sentenceEnd : comma;
            open = start - 1;
        }
        if (close < 0 || close > sentenceEnd || close - open > MAX_STATE_CHARS + 3) {
            return null;
        }
        String tag = text.substring(open + 1, close).strip();
        if (tag.length() == 1 && text.charAt(open) == '(' && Character.isUpperCase(tag.charAt(0))
                && words.is(Words.fold(tag), WordKinds.Kind.PARTY_TAG)) {
            // "state Rep. Ann Lee (R)": the party letter alone in brackets
            return congressSide == null ? null : new Evidence(congressSide, "party tag \"" + tag + "\"");
        }
        int dash = tag.indexOf('-');
        int comma = text.charAt(open) == '(' ? tag.indexOf(", ") : -1; // "(D., Calif.)", as some papers write it
        int sep = dash > 0 && (comma < 0 || dash < comma) ? dash : comma;
        String party = sep < 1 ? "" : tag.substring(0, sep).replaceAll("\\.$", "");
        String state = sep < 1 ? "" : tag.substring(sep + 1).strip();
        if (party.isEmpty() || state.isEmpty() || !Character.isUpperCase(state.charAt(0))
                || !Character.isUpperCase(party.charAt(0)) || !words.is(Words.fold(party), WordKinds.Kind.PARTY_TAG)) {
            return null;
        }
        return congressSide == null ? null : new Evidence(congressSide, "party tag \"" + tag + "\"");
    }
}
