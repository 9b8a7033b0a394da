package dev.stancekit.speakers;

import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Finds the personal name in a mention ("Defense Department spokesman John Kirby" -> "John
 * Kirby"): a run of capitalised words that are not titles, roles or side words, not right after a
 * preposition ("envoy for Eurasian Affairs" names no one).
 */
final class NameFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "the", "for");
    private static final String BREAKS = ",;:()[]\"“”|/";
    /** Most lower-case words between a name and the title of the person named after it ("campaign communications director"). */
    private static final int MAX_QUALIFIER_WORDS = 4;

    private final WordKinds words;

    NameFinder(WordKinds words) {
        this.words = words;
    }

    /**
     * Words [from, to) of the name in the phrase, or {@code null} when it names no person: the
     * first run of name words that does not modify a following title ("Hong Kong leader John Lee").
     */
    int[] name(Phrase p) {
        return name(p, i -> null);
    }

    /**
     * As {@link #name(Phrase)}, with the NER tag of each word when known ({@code null} when not):
     * a run tagged PERSON wins, a run tagged only ORGANIZATION or LOCATION names no person.
     */
    int[] name(Phrase p, IntFunction<String> ner) {
        List<Tok> t = p.toks;
        int[] modifier = null;
        int i = 0;
        while (i < t.size()) {
            if (!nameWord(p, i)) {
                i++;
                continue;
            }
            int start = i, end = i + 1;
            while (end < t.size() && !breaksAt(p, end)) {
                if (nameWord(p, end)) {
                    end++;
                } else if (connectorAt(p, end)) {
                    end += 2;
                } else {
                    break;
                }
            }
            boolean afterPreposition = start > 0 && Words.PREPOSITIONS.contains(t.get(start - 1).text());
            String tag = tag(ner, start, end);
            int[] name = afterPreposition || p.possessiveAt(end - 1) || organization(p, start, end)
                    || "ORGANIZATION".equals(tag)
                    ? null : lastPlainRun(p, start, end);
            if (name != null && !"PERSON".equals(tag) && describesNoun(p, end)) {
                name = null; // "Arms control experts": a capitalised first word of a lower-case description
            }
            if (name != null && "PERSON".equals(tag) && !(modifier == null && qualifiesLaterName(p, end))) {
                return name;
            } else if (name != null && "PERSON".equals(tag)) {
                modifier = name; // "Clinton campaign communications director Ann Roe": the name after the title is the person
            } else if (name != null && modifier == null && (modifies(p, end) || qualifiesLaterName(p, end))) {
                modifier = name;
            } else if (name != null) {
                return name;
            }
            i = end;
        }
        return modifier;
    }

    /** PERSON if a word of the run is tagged PERSON, ORGANIZATION if all tagged words are organisations or places. */
    private static String tag(IntFunction<String> ner, int start, int end) {
        boolean tagged = false, other = false;
        for (int i = start; i < end; i++) {
            String t = ner.apply(i);
            if ("PERSON".equals(t)) {
                return "PERSON";
            }
            tagged |= "ORGANIZATION".equals(t) || "LOCATION".equals(t);
            other |= t == null || !("ORGANIZATION".equals(t) || "LOCATION".equals(t));
        }
        return tagged && !other ? "ORGANIZATION" : null;
    }

    /** Lower-case words, not only titles, from {@code end} to the end, the last a role or title ("control experts"). */
    boolean describesNoun(Phrase p, int end) {
        List<Tok> t = p.toks;
        if (end >= t.size() || breaksAt(p, end) || words.isTitleOrRole(t.get(end).fold())) {
            return false;
        }
        for (int i = end; i < t.size(); i++) {
            if (t.get(i).capitalized() || i > end && breaksAt(p, i)) {
                return false;
            }
        }
        String last = t.get(t.size() - 1).fold();
        return words.isTitleOrRole(last) || words.is(last, Kind.COMMENTATOR);
    }

    /** "Hong Kong leader X": a run right before a title or role modifies the name that follows. */
    private boolean modifies(Phrase p, int end) {
        return end < p.toks.size() && !breaksAt(p, end) && !p.toks.get(end).capitalized()
                && words.isTitleOrRole(p.toks.get(end).fold());
    }

    /**
     * A name followed by a few lower-case words holding a title or role and then another
     * capitalised word: "Clinton campaign spokesman Ann Roe", "Obama administration official Tom Reed".
     */
    boolean qualifiesLaterName(Phrase p, int end) {
        boolean role = false;
        for (int k = end; k < p.toks.size() && k - end <= MAX_QUALIFIER_WORDS; k++) {
            Tok t = p.toks.get(k);
            if (t.capitalized()) {
                return role;
            }
            if (breaksAt(p, k)) {
                return false;
            }
            role |= words.isTitleOrRole(t.fold());
        }
        return false;
    }

    /** "Lowy Institute", "Fudan University": a run holding an organisation noun names no person. */
    private boolean organization(Phrase p, int start, int end) {
        for (int i = start; i < end; i++) {
            if (words.is(p.toks.get(i).fold(), Kind.ORG_HEAD)) {
                return true;
            }
        }
        return false;
    }

    private boolean nameWord(Phrase p, int i) {
        Tok t = p.toks.get(i);
        return (t.capitalized() || hyphenated(p, i)) && (p.hitAt(i) == null || surname(p, i))
                && !words.is(t.fold(), Kind.DETERMINER)
                && !words.is(t.fold(), Kind.OPENER) && !(words.is(t.fold(), Kind.PRONOUN) && (p.toks.size() == 1
                        || t.text().length() > 1 && i + 1 < p.toks.size()
                        && Character.isLowerCase(p.toks.get(i + 1).text().charAt(0))));
                // "His campaign"; "He Lei" is a name
    }

    /**
     * "Steve Israel", "Mark Cuban": a country or nationality word right after a first name that is
     * no title, role or side word, at the end of the mention or before a comma, is a surname (a
     * run the tagger reads as a place, "Mainland China", still names no person: see {@link #name}).
     */
    private boolean surname(Phrase p, int i) {
        Lexicon.Hit h = p.hitAt(i);
        if (i == 0 || i + 1 < p.toks.size() && !breaksAt(p, i + 1) || h == null
                || h.entry().kind() != Lexicon.Kind.COUNTRY && h.entry().kind() != Lexicon.Kind.NATIONALITY) {
            return false;
        }
        Tok first = p.toks.get(i - 1);
        return first.capitalized() && p.hitAt(i - 1) == null && !words.is(first.fold(), Kind.DETERMINER)
                && !words.isTitleOrRole(first.fold()) && !words.is(first.fold(), Kind.ORG_HEAD)
                && !words.is(first.fold(), Kind.ORG_NOUN) && !words.is(first.fold(), Kind.OPENER);
    }

    private boolean connectorAt(Phrase p, int i) {
        return CONNECTORS.contains(p.toks.get(i).text()) && i + 1 < p.toks.size()
                && !breaksAt(p, i + 1) && nameWord(p, i + 1);
    }

    private static boolean breaksAt(Phrase p, int i) {
        String gap = p.text.substring(p.toks.get(i - 1).end(), p.toks.get(i).start());
        for (int k = 0; k < gap.length(); k++) {
            if (BREAKS.indexOf(gap.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The last run of words in [start, end) that are neither titles nor connectors. */
    private int[] lastPlainRun(Phrase p, int start, int end) {
        int b = end;
        while (b > start && !plain(p, b - 1)) {
            b--;
        }
        if (b == start) {
            return null;
        }
        int a = b - 1;
        while (a > start && plain(p, a - 1)) {
            a--;
        }
        return new int[] {a, b};
    }

    private boolean plain(Phrase p, int i) {
        Tok t = p.toks.get(i);
        return (t.capitalized() || hyphenated(p, i)) && !words.isTitleOrRole(t.fold())
                && !words.is(t.fold(), Kind.DETERMINER) && !words.is(t.fold(), Kind.OPENER);
    }

    /** The lower-case end of a hyphenated name ("Ching-te"). */
    private static boolean hyphenated(Phrase p, int i) {
        return i > 0 && p.toks.get(i - 1).capitalized() && p.hitAt(i - 1) == null // not "Texas-based"
                && p.text.substring(p.toks.get(i - 1).end(), p.toks.get(i).start()).equals("-");
    }

    /**
     * The one fuller name that contains {@code name} in the article below its headline ("Zhang" ->
     * "Zhang Wei"), as written there, or {@code null} when there is none or several.
     */
    String fuller(List<String> name, Phrase article) {
        // the headline's capitalised words are title case, not a name ("Ben Carson Defends Himself …")
        int headlineEnd = Words.headlineEnd(article.text);
        List<Tok> t = article.toks;
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i + name.size() <= t.size(); i++) {
            if (!foldsAt(t, i, name)) {
                continue;
            }
            int a = i, b = i + name.size();
            while (a > 0 && plain(article, a - 1) && article.hitAt(a - 1) == null && !breaksOrStops(article, a)) {
                a--;
            }
            while (b < t.size() && plain(article, b) && article.hitAt(b) == null && !breaksOrStops(article, b)) {
                b++;
            }
            if (b - a > name.size() && t.get(a).start() > headlineEnd && !organization(article, a, b) // not "Drone Industry Association" for "Industry"
                    && !inMarks(article.text, t.get(a).start(), t.get(b - 1).end())) { // not a slogan: a shirt that read "Fascist Gao"
                found.putIfAbsent(String.join(" ", Words.folds(t.subList(a, b))), article.text(a, b).replaceAll("\\s+", " "));
            }
        }
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    /** Whether quote marks enclose the text from {@code start} to {@code end} (over spaces and a comma or full stop). */
    private static boolean inMarks(String text, int start, int end) {
        int a = start - 1;
        while (a >= 0 && text.charAt(a) == ' ') {
            a--;
        }
        int b = end;
        while (b < text.length() && (text.charAt(b) == ' ' || text.charAt(b) == ',' || text.charAt(b) == '.')) {
            b++;
        }
        return a >= 0 && b < text.length() && mark(text, a) && mark(text, b);
    }

    /** A double quote mark, a guillemet or two apostrophes ('') at offset i; not an apostrophe ("Li Qiang’s"). */
    private static boolean mark(String text, int i) {
        char c = text.charAt(i);
        return "\"“”«»".indexOf(c) >= 0 || c == '\'' && (i > 0 && text.charAt(i - 1) == '\''
                || i + 1 < text.length() && text.charAt(i + 1) == '\'');
    }

    /** Whether the words from {@code i} fold to {@code name}. */
    private static boolean foldsAt(List<Tok> t, int i, List<String> name) {
        for (int j = 0; j < name.size(); j++) {
            if (!t.get(i + j).fold().equals(name.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean breaksOrStops(Phrase p, int i) {
        String gap = p.text.substring(p.toks.get(i - 1).end(), p.toks.get(i).start());
        return !gap.isBlank() && !gap.equals("-") || gap.indexOf('\n') >= 0;
    }
}
