package dev.stancekit.speakers;

import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;
import java.util.Set;

/**
 * The apposition right after a name (", a researcher at a Shanghai think tank," or ", who took
 * office as China's Defense Minister"), or the registered organisation after "of", "at" or "from"
 * that employs the person ("X at the Lowy Institute"). Used by {@link Apposition}.
 */
final class AppositionAfter {

    private static final Set<String> OPENERS = Set.of("who", "whose", "former", "then", "now", "also");
    private static final java.util.regex.Pattern EMPLOYER = java.util.regex.Pattern.compile("(?:of|at|from)\\s");
    private static final String AFTER_STOPS = ",;:\"“”)]}\n—–!?";
    /** Most words after a determiner before the noun that says who someone is ("a Beijing-based military analyst"). */
    private static final int MAX_DESCRIBER_WORDS = 5;

    private final Lexicon lexicon;
    private final WordKinds words;
    private final PhraseSides sides;

    AppositionAfter(Lexicon lexicon, WordKinds words, PhraseSides sides) {
        this.lexicon = lexicon;
        this.words = words;
        this.sides = sides;
    }

    /**
     * The phrase after the name that ends at {@code end}: one after a comma, bracket or dash that
     * opens as an apposition, or a registered employer after "of", "at" or "from"; null otherwise.
     */
    Phrase after(String text, int end, int sentenceEnd) {
        int i = skipSpace(text, end, sentenceEnd);
        int aside = pictureNote(text, i, sentenceEnd);
        if (aside > i) {
            i = skipSpace(text, aside, sentenceEnd); // "Liu Yuejin (pictured), vice commissioner of …"
        }
        if (i < sentenceEnd && i > end && EMPLOYER.matcher(text.substring(i, Math.min(sentenceEnd, i + 6))).lookingAt()) {
            return employer(text, i, sentenceEnd);
        }
        if (i >= sentenceEnd || ",(—–".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int from = ++i;
        int limit = Math.min(sentenceEnd, from + Apposition.MAX_CHARS);
        while (i < limit && AFTER_STOPS.indexOf(text.charAt(i)) < 0 && !sentenceStop(text, i, from)) {
            i++;
        }
        i = placeAfterComma(text, i, limit);
        Phrase p = new Phrase(text.substring(from, i), lexicon);
        return p.isEmpty() || !opensApposition(p) ? null : p;
    }

    /**
     * "a farmer from Johnstown, Ohio": when a comma at {@code i} is followed only by a registered
     * place (a state, a city, a country) before the next stop, the end of that place; else {@code i}.
     */
    private int placeAfterComma(String text, int i, int limit) {
        if (i >= limit || text.charAt(i) != ',') {
            return i;
        }
        int j = i + 1;
        while (j < limit && AFTER_STOPS.indexOf(text.charAt(j)) < 0 && !sentenceStop(text, j, i + 1)) {
            j++;
        }
        Phrase place = new Phrase(text.substring(i + 1, j), lexicon);
        boolean whole = !place.isEmpty() && place.hits.size() == 1 && place.hits.get(0).from() == 0
                && place.hits.get(0).to() == place.toks.size()
                && (place.hits.get(0).entry().kind() == Lexicon.Kind.CITY || place.hits.get(0).entry().kind() == Lexicon.Kind.COUNTRY);
        return whole ? j : i;
    }

    private static int skipSpace(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Most characters inside a bracket that holds a note on a picture ("(pictured)", "(left)", "(file photo)"). */
    private static final int MAX_NOTE_CHARS = 16;

    /**
     * The end of a bracket at {@code i} that holds only lower-case words, a note on a picture
     * ("(pictured)", "(left)", "(centre)") and no apposition; {@code i} when there is none.
     */
    private static int pictureNote(String text, int i, int limit) {
        if (i >= limit || text.charAt(i) != '(') {
            return i;
        }
        int close = text.indexOf(')', i);
        if (close < 0 || close >= limit || close - i - 1 > MAX_NOTE_CHARS || close == i + 1) {
            return i;
        }
        for (int k = i + 1; k < close; k++) {
            char c = text.charAt(k);
            if (!Character.isLowerCase(c) && c != ' ') {
                return i;
            }
        }
        return close + 1;
    }

    /**
     * "Senior Col. Li Ming of the People's Liberation Army Navy", "X at the Lowy Institute": a
     * registered organisation right after "of", "at" or "from" is the name's employer.
     */
    private Phrase employer(String text, int from, int sentenceEnd) {
        int i = from;
        int limit = Math.min(sentenceEnd, from + Apposition.MAX_CHARS);
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
                || !words.abbreviation(toks.get(toks.size() - 1));
    }

    /**
     * After a determiner, a title, role, commentator or organisation word within a few words, a
     * named institution anywhere, or a named office: the phrase describes a person or body.
     */
    private boolean describesSomeone(Phrase p) {
        if (!sides.namedOffices(p).isEmpty()) {
            return true; // "the Indo-Pacific coordinator": an office
        }
        Hit member = p.toks.size() > 1 ? p.hitAt(1) : null;
        if (member != null && member.from() == 1 && member.entry().kind() == Lexicon.Kind.NATIONALITY
                && (member.to() == p.toks.size() || Words.PREPOSITIONS.contains(p.toks.get(member.to()).fold())
                || "and".equals(p.toks.get(member.to()).fold()))) {
            return true; // "a Republican from Louisiana", "a Filipino": the word names the person itself
        }
        if (member != null && member.from() == 1 && member.entry().kind() == Lexicon.Kind.CITY
                && member.to() + 1 == p.toks.size() && p.toks.get(member.to()).capitalized()) {
            return true; // "a Texas Republican", "an Illinois Democrat": a place and one capitalised word naming the person
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
    static boolean whoDid(Phrase p) {
        return whoDidAt(p, 0);
    }

    /** Whether word k of the apposition opens a relative clause about what the person did (see {@link #whoDid}). */
    private static boolean whoDidAt(Phrase p, int k) {
        if (p.toks.size() < k + 2 || !"who".equals(p.toks.get(k).fold())) {
            return false;
        }
        String v = p.toks.get(k + 1).fold();
        boolean perfect = ("has".equals(v) || "had".equals(v)) && p.toks.size() > k + 2 && WHO_IS.contains(p.toks.get(k + 2).fold());
        return !WHO_IS.contains(v) && !perfect;
    }

    /**
     * Whether word {@code at} of the apposition stands in a relative clause about what the person
     * did ("an Iowa resident who has kept ties with Xi since his visit from China's Hebei"): the
     * country there is what the person dealt with, not whom they speak for.
     */
    static boolean inWhatTheyDid(Phrase p, int at) {
        for (int k = 1; k < at; k++) {
            if (whoDidAt(p, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run of capitalised words from word i ends in a title ("U.S. Transportation
     * Secretary"): a portfolio word before the office is part of the title.
     */
    private boolean titleEndsRun(Phrase p, int i) {
        int j = i;
        while (j + 1 < p.toks.size() && p.toks.get(j + 1).capitalized()) {
            j++;
        }
        return j > i && words.isTitleOrRole(p.toks.get(j).fold());
    }

    /** An apposition starts with "a", "the", "who", ... or is a run of titles and side words. */
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
            if (i > 0 && !t.capitalized() && Words.PREPOSITIONS.contains(t.fold()) && !Apposition.CONNECTORS.contains(t.fold())) {
                break; // "US Deputy Assistant Secretary of Defense | in an interview with Reuters": the title ends
            }
            if (i > 1 && !t.capitalized() && Apposition.CONNECTORS.contains(t.fold()) && !"the".equals(t.fold())
                    && p.hitAt(0) != null && words.isTitleOrRole(p.toks.get(i - 1).fold())) {
                break; // "US attorney | for the Southern District of California": the side and role name the office
            }
            if (t.capitalized() && p.hitAt(i) == null && !words.isTitleOrRole(t.fold()) && !titleEndsRun(p, i)) {
                return false;
            }
        }
        return p.toks.get(0).capitalized() || p.hitAt(0) != null;
    }
}
