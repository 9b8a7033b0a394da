package dev.stancekit.speakers;

import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/**
 * The words before a name that say who the person is: titles and side words right before it
 * ("Chinese Lt. Gen. X"), and a description ending in a title or role noun that the name stands
 * in apposition to ("a Pentagon spokeswoman, Jane Roe, said"). Used by {@link Apposition}.
 */
final class TitlesBefore {

    private static final int MAX_BEFORE_WORDS = 10;
    private static final String BEFORE_STOPS = ",;:\"“”()[]{}\n!?";

    private final Lexicon lexicon;
    private final WordKinds words;

    TitlesBefore(Lexicon lexicon, WordKinds words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /**
     * The capitalised words, titles, side words and connectors right before the name at {@code
     * start} ("U.S. Navy Capt."), at most {@link #MAX_BEFORE_WORDS} and not across a stop mark, or
     * null; after a preposition they count only when they hold a title or role ("In Washington X
     * said" gives none).
     */
    Phrase before(String text, int start, int sentenceBegin) {
        String window = text.substring(Math.max(sentenceBegin, start - Apposition.MAX_CHARS), start);
        List<Tok> toks = Words.tokenize(window);
        Phrase all = new Phrase(window, lexicon);
        int first = toks.size();
        boolean placeOnly = false;
        for (int i = toks.size() - 1; i >= 0 && toks.size() - i <= MAX_BEFORE_WORDS; i--) {
            Tok t = toks.get(i);
            String gap = window.substring(t.end(), i + 1 < toks.size() ? toks.get(i + 1).start() : window.length());
            if (Words.PREPOSITIONS.contains(t.fold()) && !Apposition.CONNECTORS.contains(t.fold())) {
                placeOnly = true; // "In Washington X said": a place, unless titles follow
                break;
            }
            if (i > 0 && "-".equals(window.substring(toks.get(i - 1).end(), t.start()))
                    && words.is(toks.get(i - 1).fold(), WordKinds.Kind.ATTITUDE)) {
                break; // "the anti-China Dalai (Lama) clique": an attitude to the country, not an employer
            }
            if (stops(gap, t) || !(t.capitalized() || words.isTitleOrRole(t.fold())
                    || Apposition.CONNECTORS.contains(t.fold()) || all.hitAt(i) != null)) {
                break;
            }
            first = i;
        }
        while (first < toks.size() && Apposition.CONNECTORS.contains(toks.get(first).fold())) {
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
    Phrase described(String text, int start, int sentenceBegin) {
        int comma = start - 1;
        while (comma >= sentenceBegin && text.charAt(comma) == ' ') {
            comma--;
        }
        if (comma <= sentenceBegin || text.charAt(comma) != ',') {
            return null;
        }
        int from = comma - 1;
        while (from >= sentenceBegin && from > comma - Apposition.MAX_CHARS && ",;:\"“”()\n".indexOf(text.charAt(from)) < 0) {
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
                    || p.hitAt(i) != null || words.isTitleOrRole(t.fold()) || Apposition.CONNECTORS.contains(t.fold())
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
            if (BEFORE_STOPS.indexOf(c) >= 0 || c == '.' && !words.abbreviation(t)) {
                return true;
            }
            // "the U.S. State Department — Xi stressed": a spaced dash closes an insertion; not "U.S.–China Business Council"
            if ((c == '—' || c == '–') && !gap.isBlank() && !gap.strip().equals(gap)) {
                return true;
            }
        }
        return false;
    }
}
