package dev.stancekit.speakers;

import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.Words.Tok;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evidence of a side in the words around a name in the article: the titles just before it
 * ("Chinese Lt. Gen. X") and an apposition just after it (", a researcher at a Shanghai think
 * tank," or ", who took office as China's Defense Minister"). Only the name's own sentence is read.
 */
final class Apposition {

    private static final int MAX_BEFORE_WORDS = 10;
    private static final int MAX_CHARS = 200;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for");
    private static final Set<String> OPENERS = Set.of("who", "whose", "former", "then", "now", "also");
    private static final String BEFORE_STOPS = ",;:\"“”()[]{}\n!?";
    private static final java.util.regex.Pattern EMPLOYER = java.util.regex.Pattern.compile("(?:of|at|from)\\s");
    private static final String AFTER_STOPS = ",;:\"“”)]}\n—–!?";

    private final Lexicon lexicon;
    private final WordKinds words;
    private final Offices offices;
    /** The side nationality-words.csv gives the country whose Congress party tags name, or null. */
    private final String congressSide;

    Apposition(Lexicon lexicon, WordKinds words, Offices offices) {
        this.lexicon = lexicon;
        this.words = words;
        this.offices = offices;
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
        Phrase before = before(text, start, sentence[0]);
        Phrase after = after(text, end, sentence[1]);
        if (after != null && clause(doc, text, end, sentence[1])) {
            after = null; // "According to analysts, the curbs could cost …": the report, not an apposition
        }
        Evidence e = side(before, "before name: ");
        if (e == null) {
            e = partyTag(text, end, sentence[1]);
        }
        if (e == null) {
            e = side(after, "apposition: ");
            if (e != null && whoDid(after) && !"other".equals(e.side())) {
                e = null; // "Hegseth, who warned that China …": the US and China are what people talk about
            }
        }
        if (e == null) {
            e = side(described(text, start, sentence[0]), "apposition before name: ");
        }
        if (e == null && before != null) {
            e = words.commentator(before);
        }
        if (e == null && after != null) {
            e = words.commentator(after);
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

    /** An independent voice, else the first side word or organisation of the phrase. */
    private Evidence side(Phrase p, String where) {
        if (p == null) {
            return null;
        }
        Evidence free = words.independent(p);
        if (free != null) {
            return free;
        }
        Hit h = p.sideHit(words);
        if (h != null) {
            // "a deputy assistant secretary of defense for China": the office's portfolio, not its employer
            // (a country or nationality, not a body and not an owner: "the press secretary for China's embassy")
            boolean country = h.entry().kind() == Lexicon.Kind.COUNTRY || h.entry().kind() == Lexicon.Kind.NATIONALITY;
            Evidence office = country && h.from() >= 2 && "for".equals(p.toks.get(h.from() - 1).fold())
                    && !p.possessiveAt(h.to() - 1) ? offices.sideOfTitle(p, h.from() - 1) : null;
            if (office != null && !office.side().equals(h.entry().side())) {
                return new Evidence(office.side(), where + office.reason() + " in \"" + p.text.strip() + "\"");
            }
            return new Evidence(h.entry().side(), where + "\"" + p.text.strip() + "\"");
        }
        Set<String> sides = new HashSet<>();
        namedOffices(p).forEach(o -> sides.add(o.side()));
        return sides.size() == 1 ? new Evidence(sides.iterator().next(), where + "office \"" + p.text.strip() + "\"") : null;
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

    private Phrase before(String text, int start, int sentenceBegin) {
        String window = text.substring(Math.max(sentenceBegin, start - MAX_CHARS), start);
        List<Tok> toks = Words.tokenize(window);
        Phrase all = new Phrase(window, lexicon);
        int first = toks.size();
        boolean placeOnly = false;
        for (int i = toks.size() - 1; i >= 0 && toks.size() - i <= MAX_BEFORE_WORDS; i--) {
            Tok t = toks.get(i);
            String gap = window.substring(t.end(), i + 1 < toks.size() ? toks.get(i + 1).start() : window.length());
            if (Words.PREPOSITIONS.contains(t.fold()) && !CONNECTORS.contains(t.fold())) {
                placeOnly = true; // "In Washington X said": a place, unless titles follow
                break;
            }
            if (i > 0 && "-".equals(window.substring(toks.get(i - 1).end(), t.start()))
                    && words.is(toks.get(i - 1).fold(), WordKinds.Kind.ATTITUDE)) {
                break; // "the anti-China Dalai (Lama) clique": an attitude to the country, not an employer
            }
            if (stops(gap, t) || !(t.capitalized() || words.isTitleOrRole(t.fold())
                    || CONNECTORS.contains(t.fold()) || all.hitAt(i) != null)) {
                break;
            }
            first = i;
        }
        while (first < toks.size() && CONNECTORS.contains(toks.get(first).fold())) {
            first++;
        }
        if (first >= toks.size() || placeOnly
                && toks.subList(first, toks.size()).stream().noneMatch(t -> words.isTitleOrRole(t.fold()))) {
            return null;
        }
        return new Phrase(window.substring(toks.get(first).start()), lexicon);
    }

    /**
     * "a Pentagon spokeswoman, Jane Roe, said": the description ending in a title or role noun that
     * the name stands in apposition to, between the comma before the name and the clause's start.
     */
    private Phrase described(String text, int start, int sentenceBegin) {
        int comma = start - 1;
        while (comma >= sentenceBegin && text.charAt(comma) == ' ') {
            comma--;
        }
        if (comma <= sentenceBegin || text.charAt(comma) != ',') {
            return null;
        }
        int from = comma - 1;
        while (from >= sentenceBegin && from > comma - MAX_CHARS && ",;:\"“”()\n".indexOf(text.charAt(from)) < 0) {
            from--;
        }
        Phrase p = new Phrase(text.substring(from + 1, comma), lexicon);
        if (p.isEmpty() || p.toks.size() > MAX_BEFORE_WORDS) {
            return null;
        }
        String last = p.toks.get(p.toks.size() - 1).fold();
        for (int i = 0; i < p.toks.size(); i++) { // only a noun phrase of names, titles and side words
            Tok t = p.toks.get(i);
            boolean described = words.is(t.fold(), WordKinds.Kind.DETERMINER) && !words.is(t.fold(), WordKinds.Kind.TARGET)
                    || p.hitAt(i) != null || words.isTitleOrRole(t.fold()) || CONNECTORS.contains(t.fold())
                    || t.capitalized() && i > 0;
            if (!described) {
                return null;
            }
        }
        return words.isTitleOrRole(last) && !p.toks.get(p.toks.size() - 1).capitalized() ? p : null;
    }

    private boolean stops(String gap, Tok t) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (BEFORE_STOPS.indexOf(c) >= 0 || c == '.' && !abbreviation(t)) {
                return true;
            }
            // "the U.S. State Department — Xi stressed": a spaced dash closes an insertion; not "U.S.–China Business Council"
            if ((c == '—' || c == '–') && !gap.isBlank() && !gap.strip().equals(gap)) {
                return true;
            }
        }
        return false;
    }

    private boolean abbreviation(Tok t) {
        return t.text().length() == 1 && t.capitalized()
                || t.text().length() <= 5 && words.is(t.fold(), WordKinds.Kind.TITLE);
    }

    private Phrase after(String text, int end, int sentenceEnd) {
        int i = end;
        while (i < sentenceEnd && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < sentenceEnd && i > end && EMPLOYER.matcher(text.substring(i, Math.min(sentenceEnd, i + 6))).lookingAt()) {
            return employer(text, i, sentenceEnd);
        }
        if (i >= sentenceEnd || ",(—–".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int from = ++i;
        int limit = Math.min(sentenceEnd, from + MAX_CHARS);
        while (i < limit && AFTER_STOPS.indexOf(text.charAt(i)) < 0 && !sentenceStop(text, i, from)) {
            i++;
        }
        Phrase p = new Phrase(text.substring(from, i), lexicon);
        return p.isEmpty() || !opensApposition(p) ? null : p;
    }

    /** The country whose Congress party tags name. */
    private static final String CONGRESS_COUNTRY = "United States";

    /** Most characters of a party tag's state ("Mass.", "Calif.", "N.Y.", "Ohio", "Texas"). */
    private static final int MAX_STATE_CHARS = 14;

    /**
     * "Rep. Ann Lee (R-Ohio)": a bracket right after the name holding a party letter (word kind
     * party-tag), a hyphen and a capitalised state names a member of Congress, of the US side.
     */
    private Evidence partyTag(String text, int end, int sentenceEnd) {
        int open = end;
        while (open < sentenceEnd && text.charAt(open) == ' ') {
            open++;
        }
        int close = open < sentenceEnd && text.charAt(open) == '(' ? text.indexOf(')', open) : -1;
        if (close < 0 || close > sentenceEnd || close - open > MAX_STATE_CHARS + 3) {
            return null;
        }
        String tag = text.substring(open + 1, close);
        int dash = tag.indexOf('-');
        if (dash < 1 || dash + 1 >= tag.length() || !Character.isUpperCase(tag.charAt(dash + 1))
                || !Character.isUpperCase(tag.charAt(0)) || !words.is(Words.fold(tag.substring(0, dash)), WordKinds.Kind.PARTY_TAG)) {
            return null;
        }
        return congressSide == null ? null : new Evidence(congressSide, "party tag \"(" + tag + ")\"");
    }

    /**
     * "Senior Col. Li Ming of the People's Liberation Army Navy", "X at the Lowy Institute": a
     * registered organisation right after "of", "at" or "from" is the name's employer.
     */
    private Phrase employer(String text, int from, int sentenceEnd) {
        int i = from;
        int limit = Math.min(sentenceEnd, from + MAX_CHARS);
        while (i < limit && AFTER_STOPS.indexOf(text.charAt(i)) < 0 && !sentenceStop(text, i, from)) {
            i++;
        }
        Phrase p = new Phrase(text.substring(from, i), lexicon);
        int k = 1;
        while (k < p.toks.size() && words.is(p.toks.get(k).fold(), WordKinds.Kind.DETERMINER) && p.hitAt(k) == null) {
            k++;
        }
        Hit h = k < p.toks.size() ? p.hitAt(k) : null;
        return h != null && h.from() == k && h.entry().kind() == Lexicon.Kind.ORGANIZATION ? p : null;
    }

    private boolean sentenceStop(String text, int i, int from) {
        if (text.charAt(i) != '.' || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        List<Tok> toks = Words.tokenize(text.substring(from, i));
        return toks.isEmpty() || toks.get(toks.size() - 1).end() != i - from
                || !abbreviation(toks.get(toks.size() - 1));
    }

    /** An apposition starts with "a", "the", "who", ... or is a run of titles and side words. */
    /** Most words after a determiner before the noun that says who someone is ("a Beijing-based military analyst"). */
    private static final int MAX_DESCRIBER_WORDS = 5;

    /**
     * The offices a phrase names when it is a named office ("the director of National Drug Control
     * Policy", "the Indo-Pacific coordinator"): a title holding a capitalised word that is no title,
     * role or determiner, so that it names one body or region, and no word every government's
     * offices share ("Trade Minister"); empty for "the press secretary", "the chief executive" or
     * "the Speaker", which any country or firm may have.
     */
    private List<Offices.Office> namedOffices(Phrase p) {
        boolean named = false;
        for (Tok t : p.toks) {
            if (words.is(t.fold(), WordKinds.Kind.SHARED_OFFICE)) {
                return List.of();
            }
            named |= t.capitalized() && !words.isTitleOrRole(t.fold()) && !words.is(t.fold(), WordKinds.Kind.DETERMINER);
        }
        return named ? offices.officesNamed(p) : List.of();
    }

    /**
     * After a determiner, a title, role, commentator or organisation word within a few words, a
     * named institution anywhere, or a named office: the phrase describes a person or body.
     */
    private boolean describesSomeone(Phrase p) {
        if (!namedOffices(p).isEmpty()) {
            return true; // "the Indo-Pacific coordinator": an office
        }
        Hit member = p.toks.size() > 1 ? p.hitAt(1) : null;
        if (member != null && member.from() == 1 && member.entry().kind() == Lexicon.Kind.NATIONALITY
                && (member.to() == p.toks.size() || Words.PREPOSITIONS.contains(p.toks.get(member.to()).fold())
                || "and".equals(p.toks.get(member.to()).fold()))) {
            return true; // "a Republican from Louisiana", "a Filipino": the word names the person itself
        }
        for (int i = 1; i < p.toks.size(); i++) {
            String f = p.toks.get(i).fold();
            boolean near = i <= MAX_DESCRIBER_WORDS && (words.isTitleOrRole(f) || words.is(f, WordKinds.Kind.COMMENTATOR)
                    || words.is(f, WordKinds.Kind.ORG_NOUN));
            if (near || words.is(f, WordKinds.Kind.ORG_HEAD) && p.toks.get(i).capitalized()) {
                return true; // "a political scientist at the Australian National University"
            }
        }
        return false;
    }

    /** Verbs after "who" that describe what a person is or works for ("who is", "who heads"), not what they did. */
    private static final Set<String> WHO_IS = Set.of("is", "was", "are", "were", "serves", "served", "heads", "headed",
            "leads", "led", "represents", "represented", "works", "worked", "became", "chairs", "chaired", "been");

    /**
     * Whether the apposition is a relative clause about what the person did ("who warned that …"),
     * not what they are ("who is China's ambassador", "who heads the ministry").
     */
    private static boolean whoDid(Phrase p) {
        if (p.toks.size() < 2 || !"who".equals(p.toks.get(0).fold())) {
            return false;
        }
        String v = p.toks.get(1).fold();
        boolean perfect = ("has".equals(v) || "had".equals(v)) && p.toks.size() > 2 && WHO_IS.contains(p.toks.get(2).fold());
        return !WHO_IS.contains(v) && !perfect;
    }

    private boolean opensApposition(Phrase p) {
        String f = p.toks.get(0).fold();
        if (words.is(f, WordKinds.Kind.DETERMINER) && !OPENERS.contains(f)) {
            return describesSomeone(p); // "a professor at …", not "a step likely to irritate Beijing"
        }
        if (OPENERS.contains(f) || !p.toks.get(0).capitalized() && words.isTitleOrRole(f)) { // ", chairman of the ..."
            return true;
        }
        for (int i = 0; i < p.toks.size(); i++) {
            Tok t = p.toks.get(i);
            if (i > 0 && !t.capitalized() && Words.PREPOSITIONS.contains(t.fold()) && !CONNECTORS.contains(t.fold())) {
                break; // "US Deputy Assistant Secretary of Defense | in an interview with Reuters": the title ends
            }
            if (i > 1 && !t.capitalized() && CONNECTORS.contains(t.fold()) && !"the".equals(t.fold())
                    && p.hitAt(0) != null && words.isTitleOrRole(p.toks.get(i - 1).fold())) {
                break; // "US attorney | for the Southern District of California": the side and role name the office
            }
            if (t.capitalized() && p.hitAt(i) == null && !words.isTitleOrRole(t.fold())) {
                return false;
            }
        }
        return p.toks.get(0).capitalized() || p.hitAt(0) != null;
    }
}
