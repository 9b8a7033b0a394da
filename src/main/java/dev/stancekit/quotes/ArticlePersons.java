package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people the NER tagged in one article, in text order, each with the title words before it
 * ("spokesperson Lin Jian"), and the two-word spellings that name one person ("Mr. Dong").
 * Built once per article; immutable afterwards.
 */
final class ArticlePersons {

    /** A person-tagged name: its text, its lower-case words, its start offset and the words just before it. */
    record Person(String name, Set<String> words, int begin, Set<String> titles) {

        /** Whether the person was introduced with this title and every one of these rank words. */
        boolean holds(String title, Set<String> ranks) {
            return titles.contains(title) && titles.containsAll(ranks);
        }
    }

    private final Doc d;
    private final Lexicon lex;
    private final List<Person> persons = new ArrayList<>();
    private final List<Person> view = Collections.unmodifiableList(persons);
    private final Map<String, String> aliases;

    ArticlePersons(Doc d, Lexicon lex) {
        this.d = d;
        this.lex = lex;
        int i = 0;
        while (i < d.tok.length) {
            if (d.tok[i].isPerson()) {
                int j = i;
                while (j + 1 < d.tok.length && d.tok[j + 1].isPerson() && d.sentOf[j + 1] == d.sentOf[i]
                        && !headlineVerb(j + 1)) {
                    j++;
                }
                if (!insideLongerName(j) && !abbreviation(i, j)) {
                    persons.add(person(i, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        aliases = SurnameAliases.of(persons, lex);
    }

    /**
     * Whether token k is a headline's verb of saying in title case that the tagger read as part of a
     * name ("Raimondo Says", "Glenn Beck Blasts Drudge"): it ends the name.
     */
    private boolean headlineVerb(int k) {
        return d.onFirstLine(d.tok[k].begin()) && lex.isThirdPersonCue(d.word(k));
    }

    /** Most letters of an all-capitals token the tagger took for a person's name ("St. Louis, MO,"). */
    private static final int MAX_ABBREVIATION = 3;

    /** "MO", "NY": one short token in capitals is a state's or body's abbreviation, not a person. */
    private boolean abbreviation(int i, int j) {
        String w = d.word(i);
        return i == j && w.length() <= MAX_ABBREVIATION && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** The persons in text order. */
    List<Person> list() {
        return view;
    }

    /** The first-introduced spelling of the person this two-word name also names, or null. */
    String alias(String name) {
        return aliases.get(name);
    }

    /**
     * "Second Thomas Shoal": a person-tagged run that ends in a place noun or is followed by
     * another capitalised name word names no person.
     */
    private boolean insideLongerName(int last) {
        if (lex.is(d.word(last), Lexicon.WordType.PLACE)) {
            return true;
        }
        int k = last + 1;
        if (k >= d.tok.length || d.sentOf[k] != d.sentOf[last]) {
            return false;
        }
        Token t = d.tok[k];
        return t.pos().startsWith("NNP") && "O".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0))
                && !lex.isSpeakerNoun(t.word()) && !lex.is(t.word(), Lexicon.WordType.TITLE);
    }

    /** Whether the person of this name was introduced with this title word ("spokesperson Lin Jian"). */
    boolean introducedAs(String name, String title) {
        for (Person p : persons) {
            if (p.name().equals(name) && p.titles().contains(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Most words before a name read as its titles: a long office such as "Deputy Assistant Secretary
     * of Defense for China" keeps its rank words (word type rank), which "the deputy assistant
     * secretary" must find again.
     */
    private static final int MAX_TITLE_BEFORE = 8;

    private Person person(int s, int e) {
        Set<String> titles = new HashSet<>();
        for (int k = s - 1; k >= 0 && k >= s - MAX_TITLE_BEFORE && d.sentOf[k] == d.sentOf[s]; k--) {
            Token t = d.tok[k];
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || "IN".equals(t.pos()))) {
                break;
            }
            String w = Lexicon.normal(t.word());
            titles.add(w);
            titles.add(lastPart(w)); // "Vice-Premier": also "premier"
            titles.add(firstPart(w)); // and "vice"
        }
        return new Person(d.span(s, e), words(d, lex, s, e), d.tok[s].begin(), titles);
    }

    /** Most words of an office in apposition after a name that count as the person's titles. */
    private static final int MAX_APPOSITION_TITLE = 4;

    /**
     * The normalised words of tokens [s, e] that start with a letter or digit, without
     * determiners (type {@code name_determiner}).
     */
    static Set<String> words(Doc d, Lexicon lex, int s, int e) {
        Set<String> w = new HashSet<>();
        for (int k = s; k <= e; k++) {
            String x = Lexicon.normal(d.word(k));
            if (Character.isLetterOrDigit(x.isEmpty() ? ' ' : x.charAt(0)) && !lex.isExactly(x, Lexicon.WordType.NAME_DETERMINER)) {
                w.add(x);
            }
        }
        return w;
    }

    /** The part of a hyphenated word before its first hyphen ("vice-premier" -> "vice"), or the word. */
    static String firstPart(String w) {
        int h = w.indexOf('-');
        return h > 0 ? w.substring(0, h) : w;
    }

    /** The part after the last hyphen ("vice-premier" -> "premier"). */
    static String lastPart(String w) {
        int h = w.lastIndexOf('-');
        return h >= 0 && h + 1 < w.length() ? w.substring(h + 1) : w;
    }

    /** Whether the word is part of a name the NER tagged as a person elsewhere in the article. */
    boolean knownPerson(String word) {
        String w = Lexicon.normal(word);
        for (Person p : persons) {
            if (p.words().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person whose name has all these words and more ("Dong Jun" for "Mr. Dong"): the latest
     * one before {@code start}, else the first one after it; null when none.
     */
    Person fullerName(Set<String> w, int start) {
        Person later = null;
        for (int k = persons.size() - 1; k >= 0; k--) {
            Person p = persons.get(k);
            if (p.words().size() > w.size() && p.words().containsAll(w)) {
                if (p.begin() < start) {
                    later = p;
                    break;
                }
                later = p;
            }
        }
        return later;
    }

    /**
     * The first person after {@code start}, and at most {@code maxChars} after it, introduced with
     * this title ("a military spokesman said … Senior Colonel Zhang Chunhui, command spokesman,
     * said"); null when none.
     */
    Person titledAfter(String title, int start, int maxChars) {
        for (Person p : persons) {
            if (p.begin() > start + maxChars) {
                return null;
            }
            if (p.begin() > start && officeNextTo(p, title)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the title stands right before the person's name or in an apposition right after it. */
    private boolean officeNextTo(Person p, String title) {
        int s = d.tokenFrom(p.begin());
        if (s > 0 && title.equals(Lexicon.normal(d.word(s - 1)))) {
            return true;
        }
        int e = s;
        while (e + 1 < d.tok.length && d.tok[e + 1].isPerson()) {
            e++;
        }
        for (int k = e + 2; k < d.tok.length && k <= e + 1 + MAX_APPOSITION_TITLE && ",".equals(d.word(e + 1)); k++) {
            if (k == e + 2 && "the".equalsIgnoreCase(d.word(k))) {
                continue; // "Mao Ning, the spokesperson, …"
            }
            if (!(d.tok[k].pos().startsWith("NN") || d.tok[k].pos().startsWith("JJ"))) {
                break;
            }
            if (title.equals(Lexicon.normal(d.word(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last person before {@code start} introduced with this title and with every one of these
     * rank words ("assistant secretary" is another office than "secretary"); of several in the
     * sentence just before, the first, the subject ("Secretary Rubio spoke with Secretary Manalo.
     * The Secretary …"); null when none.
     */
    Person titledBefore(String title, Set<String> ranks, int start) {
        for (int k = persons.size() - 1; k >= 0; k--) {
            Person p = persons.get(k);
            if (p.begin() < start && p.holds(title, ranks)) {
                int sentence = d.sentOf[d.tokenFrom(p.begin())];
                boolean justBefore = d.sentOf[d.tokenFrom(start)] - sentence <= 1;
                for (int j = 0; j < k && justBefore; j++) {
                    Person q = persons.get(j);
                    if (q.holds(title, ranks) && d.sentOf[d.tokenFrom(q.begin())] == sentence && !q.name().equals(p.name())) {
                        p = q;
                        break;
                    }
                }
                return p;
            }
        }
        return null;
    }
}
