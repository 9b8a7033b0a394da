package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import dev.stancekit.model.QuoteSpan.MentionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies speaker mentions and resolves them to the fullest earlier name in the article:
 * pronouns to the last compatible speaker, "Mr. Dong" to "Dong Jun", "the Secretary" to the
 * last person introduced with that title, "the spokesman" to "A National Security Council
 * spokesman". One tracker per article and call; not thread-safe, never shared.
 */
final class AntecedentTracker {

    /** A resolved mention. */
    record Resolved(String mention, int start, String antecedent, MentionType type, boolean plural,
                    Set<String> words) {
    }

    private record Person(String name, Set<String> words, int begin, Set<String> titles) {
    }

    /** Most words of the title in an apposition after a name that looks like a pronoun ("the vice-premier"). */
    private static final int MAX_APPOSITIVE_TITLE = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their");

    private final Doc d;
    private final Lexicon lex;
    private final List<Person> persons = new ArrayList<>();
    /** Offsets of the tokens of owners of nouns of saying ("Lee's promise"), which no pronoun refers to. */
    private final Set<Integer> owners = new HashSet<>();
    private final List<Resolved> speakers = new ArrayList<>();
    private final Map<String, String> aliases;

    AntecedentTracker(Doc d, Lexicon lex) {
        this.d = d;
        this.lex = lex;
        int i = 0;
        while (i < d.tok.length) {
            if (d.tok[i].isPerson()) {
                int j = i;
                while (j + 1 < d.tok.length && d.tok[j + 1].isPerson() && d.sentOf[j + 1] == d.sentOf[i]) {
                    j++;
                }
                if (!insideLongerName(j)) {
                    persons.add(person(i, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        aliases = surnameAliases();
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

    /**
     * Two-word names sharing their first word, which the article also uses alone as a surname
     * ("Mr. Dong"), and sharing a title word ("minister") are spellings of one person; each maps
     * to the first one introduced.
     */
    private Map<String, String> surnameAliases() {
        Set<String> bare = new HashSet<>();
        Map<String, Person> first = new LinkedHashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        for (Person p : persons) {
            String[] w = p.name().split("\\s+");
            if (w.length == 1) {
                bare.add(w[0]);
            } else if (w.length == 2) {
                first.putIfAbsent(p.name(), p);
                titles.computeIfAbsent(p.name(), k -> new HashSet<>()).addAll(p.titles());
            }
        }
        Map<String, String> alias = new HashMap<>();
        List<String> names = new ArrayList<>(first.keySet());
        for (int x = 0; x < names.size(); x++) {
            String[] wx = names.get(x).split("\\s+");
            if (!bare.contains(wx[0]) || alias.containsKey(names.get(x))) {
                continue;
            }
            for (int y = x + 1; y < names.size(); y++) {
                String[] wy = names.get(y).split("\\s+");
                if (wx[0].equals(wy[0]) && sharesTitle(titles.get(names.get(x)), titles.get(names.get(y)))) {
                    alias.put(names.get(y), names.get(x));
                }
            }
        }
        return alias;
    }

    private boolean sharesTitle(Set<String> a, Set<String> b) {
        for (String t : a) {
            if (b.contains(t) && lex.is(t, Lexicon.WordType.TITLE) && !"mr".equals(t) && !"ms".equals(t)
                    && !"mrs".equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person of this name was introduced with this title word ("spokesperson Lin Jian"). */
    private boolean introducedAs(String name, String title) {
        for (Person p : persons) {
            if (p.name().equals(name) && p.titles().contains(title)) {
                return true;
            }
        }
        return false;
    }

    private Person person(int s, int e) {
        Set<String> titles = new HashSet<>();
        for (int k = s - 1; k >= 0 && k >= s - 5 && d.sentOf[k] == d.sentOf[s]; k--) {
            Token t = d.tok[k];
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || "IN".equals(t.pos()))) {
                break;
            }
            String w = Lexicon.normal(t.word());
            titles.add(w);
            titles.add(lastPart(w)); // "Vice-Premier": also "premier"
        }
        return new Person(d.span(s, e), words(s, e), d.tok[s].begin(), titles);
    }

    private Set<String> words(int s, int e) {
        Set<String> w = new HashSet<>();
        for (int k = s; k <= e; k++) {
            String x = Lexicon.normal(d.word(k));
            if (Character.isLetterOrDigit(x.isEmpty() ? ' ' : x.charAt(0)) && !DETERMINERS.contains(x)) {
                w.add(x);
            }
        }
        return w;
    }

    /** The mention of the noun phrase [s, e], resolved and remembered as the latest speaker. */
    Resolved resolve(int s, int e) {
        String mention = d.span(s, e);
        int start = d.tok[s].begin();
        int head = MentionFinder.headOf(d, new int[] {s, e});
        Token h = d.tok[head];
        boolean plural = "NNS".equals(h.pos()) || "NNPS".equals(h.pos());
        Resolved r;
        int title = s == e && "PRP".equals(h.pos()) ? appositiveTitle(e) : -1;
        if (title >= 0) {
            // "He, the vice-premier, told": the surname He with its office, not the pronoun
            r = titled(mention, start, lastPart(Lexicon.normal(d.word(title))), s, e);
        } else if (s == e && ("PRP".equals(h.pos()) || "PRP$".equals(h.pos()))) {
            r = pronoun(mention, start, subjectForm(h.word().toLowerCase(Locale.ROOT)));
        } else {
            int[] name = nameIn(s, e, head);
            // "the Quang Ngai provincial border guard": a lower-case body after the name names the body
            boolean body = name != null && name[1] < head && Character.isLowerCase(h.word().charAt(0))
                    && lex.is(h.word(), Lexicon.WordType.ORGANIZATION);
            if (name != null && !body) {
                r = named(mention, start, name);
            } else if (lex.is(h.word(), Lexicon.WordType.TITLE) && !lex.is(h.word(), Lexicon.WordType.ANONYMOUS)) {
                r = titled(mention, start, Lexicon.normal(h.word()), s, e);
            } else {
                MentionType type = lex.is(h.word(), Lexicon.WordType.ANONYMOUS)
                        ? MentionType.ANONYMOUS : MentionType.ORGANIZATION;
                r = described(mention, start, type, plural, s, e);
            }
        }
        speakers.add(r);
        return r;
    }

    /**
     * The title of a short apposition right after a capitalised pronoun-like word ("He, the
     * vice-premier,"), or -1: a pronoun takes no apposition, so the word is a name.
     */
    private int appositiveTitle(int e) {
        if (!Character.isUpperCase(d.word(e).charAt(0)) || e + 3 >= d.tok.length || !",".equals(d.word(e + 1))
                || !"the".equalsIgnoreCase(d.word(e + 2))) {
            return -1;
        }
        for (int k = e + 3; k < d.tok.length && k <= e + 2 + MAX_APPOSITIVE_TITLE; k++) {
            if (",".equals(d.word(k))) {
                int last = k - 1;
                return lex.is(lastPart(Lexicon.normal(d.word(last))), Lexicon.WordType.TITLE) ? last : -1;
            }
        }
        return -1;
    }

    /** The part after the last hyphen ("vice-premier" -> "premier"). */
    private static String lastPart(String w) {
        int h = w.lastIndexOf('-');
        return h >= 0 && h + 1 < w.length() ? w.substring(h + 1) : w;
    }

    /** "him" speaks like "he" ("the agency quoted him as saying"). */
    private static String subjectForm(String p) {
        return switch (p) {
            case "him", "his" -> "he";
            case "her" -> "she";
            case "them", "their" -> "they";
            default -> p;
        };
    }

    /**
     * The mention of the noun phrase [s, e], resolved but not remembered: the owner of a noun of
     * saying ("his promise to …") is not the speaker the next pronoun refers to.
     */
    Resolved resolveOnly(int s, int e) {
        Resolved r = resolve(s, e);
        speakers.remove(speakers.size() - 1);
        for (int k = s; k <= e; k++) {
            owners.add(d.tok[k].begin()); // nor is a person named in it the subject of its sentence
        }
        return r;
    }

    /** Remembers an already resolved speaker again (a quote continuing the previous one). */
    void repeat(Resolved r) {
        speakers.add(r);
    }

    /**
     * he/she: the last person-like speaker, unless a later sentence (before the pronoun's own)
     * names people, then the first person of the latest such sentence, which is usually its
     * subject ("The ministry said Wei told Austin ... He also said" -> Wei). they: the last group
     * or organisation; it: the last organisation.
     */
    private Resolved pronoun(String mention, int start, String p) {
        Resolved speaker = null;
        for (int k = speakers.size() - 1; k >= 0 && speaker == null; k--) {
            Resolved r = speakers.get(k);
            boolean ok = switch (p) {
                case "he", "she" -> r.type() == MentionType.NAME || r.type() == MentionType.TITLE
                        || r.type() == MentionType.ANONYMOUS && !r.plural();
                case "they" -> r.type() == MentionType.ORGANIZATION || r.plural();
                case "it" -> r.type() == MentionType.ORGANIZATION && !r.plural();
                default -> false;
            };
            speaker = ok ? r : null;
        }
        if ("he".equals(p) || "she".equals(p)) {
            Person subject = subjectOfLatestSentenceWithPeople(start);
            if (subject != null && (speaker == null || sentenceOf(subject.begin()) > sentenceOf(speaker.start()))) {
                return new Resolved(mention, start, subject.name(), MentionType.PRONOUN, false, subject.words());
            }
        }
        if (speaker != null) {
            return new Resolved(mention, start, speaker.antecedent(), MentionType.PRONOUN, speaker.plural(),
                    speaker.words());
        }
        return new Resolved(mention, start, mention, MentionType.PRONOUN, "they".equals(p), Set.of());
    }

    private int sentenceOf(int offset) {
        int t = Math.min(d.tokenFrom(offset), d.tok.length - 1);
        return t < 0 ? -1 : d.sentOf[t];
    }

    /** The first person named in the latest sentence before the one holding {@code start}. */
    private Person subjectOfLatestSentenceWithPeople(int start) {
        int own = sentenceOf(start);
        int lo = 0, hi = persons.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (persons.get(mid).begin() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo - 1;
        while (k >= 0 && (sentenceOf(persons.get(k).begin()) == own || owners.contains(persons.get(k).begin()))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        int sent = sentenceOf(persons.get(k).begin());
        int first = k;
        for (int j = k - 1; j >= 0 && sentenceOf(persons.get(j).begin()) == sent; j--) {
            first = owners.contains(persons.get(j).begin()) ? first : j;
        }
        return persons.get(first);
    }

    /** Token range of the personal name inside the phrase, or null. */
    private int[] nameIn(int s, int e, int head) {
        int last = -1;
        for (int k = e; k >= s; k--) {
            if (d.tok[k].isPerson()) {
                last = k;
                break;
            }
        }
        if (last < 0 && d.tok[head].pos().startsWith("NNP") && head == e && knownPerson(d.word(head))) {
            last = head;
        }
        if (last < 0) {
            Token h = d.tok[head];
            boolean bareName = h.pos().startsWith("NNP") && "O".equals(h.ner()) && head == e
                    && !lex.isSpeakerNoun(h.word()) && !lex.is(h.word(), Lexicon.WordType.TITLE);
            if (!bareName) {
                return null;
            }
            last = head;
        }
        int first = last;
        while (first - 1 >= s && (d.tok[first - 1].isPerson() || nameLike(d.tok[first - 1]))) {
            first--;
        }
        return new int[] {first, last};
    }

    /** Whether the word is part of a name the NER tagged as a person elsewhere in the article. */
    private boolean knownPerson(String word) {
        String w = Lexicon.normal(word);
        for (Person p : persons) {
            if (p.words().contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean nameLike(Token t) {
        String w = t.word();
        return (t.pos().startsWith("NNP") || "PRP".equals(t.pos())) && "O".equals(t.ner())
                && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".") && !lex.isSpeakerNoun(w)
                && !lex.is(w, Lexicon.WordType.TITLE);
    }

    private Resolved named(String mention, int start, int[] name) {
        Set<String> w = words(name[0], name[1]);
        String best = d.span(name[0], name[1]);
        Set<String> bestWords = w;
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
        if (later != null) {
            best = later.name();
            bestWords = later.words();
        }
        String alias = aliases.get(best);
        if (alias != null) {
            best = alias;
            bestWords = new HashSet<>(Arrays.asList(alias.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return new Resolved(mention, start, best, MentionType.NAME, false, bestWords);
    }

    /**
     * "The Secretary": the last person introduced with that title; of several in the sentence just
     * before, the first, the subject ("Secretary Rubio spoke with Secretary Manalo. The Secretary …").
     */
    private Resolved titled(String mention, int start, String title, int s, int e) {
        for (int k = persons.size() - 1; k >= 0; k--) {
            Person p = persons.get(k);
            if (p.begin() < start && p.titles().contains(title)) {
                int sentence = d.sentOf[d.tokenFrom(p.begin())];
                boolean justBefore = d.sentOf[d.tokenFrom(start)] - sentence <= 1;
                for (int j = 0; j < k && justBefore; j++) {
                    Person q = persons.get(j);
                    if (q.titles().contains(title) && d.sentOf[d.tokenFrom(q.begin())] == sentence && !q.name().equals(p.name())) {
                        p = q;
                        break;
                    }
                }
                return new Resolved(mention, start, p.name(), MentionType.TITLE, false, p.words());
            }
        }
        return new Resolved(mention, start, mention, MentionType.TITLE, false, words(s, e));
    }

    private Resolved described(String mention, int start, MentionType type, boolean plural, int s, int e) {
        Set<String> w = words(s, e);
        String first = d.word(s).toLowerCase(Locale.ROOT);
        boolean definite = "the".equals(first) || "this".equals(first) || "that".equals(first);
        if (definite) {
            int last = e;
            for (int k = s + 1; k < e; k++) {
                if ("of".equalsIgnoreCase(d.word(k))) {
                    last = k - 1; // "the Department of National Defense": the department, not "Defense"
                    break;
                }
            }
            String head = Lexicon.normal(d.word(last));
            for (int k = speakers.size() - 1; k >= 0; k--) {
                Resolved r = speakers.get(k);
                if (r.type() != MentionType.PRONOUN && r.words().size() > w.size() && covers(r.words(), w)) {
                    return new Resolved(mention, start, r.antecedent(), type, plural, r.words());
                }
                if (r.type() == MentionType.NAME && introducedAs(r.antecedent(), head)) {
                    // "the spokesperson" after quotes of "Lin", introduced as "spokesperson Lin Jian"
                    return new Resolved(mention, start, r.antecedent(), type, plural, r.words());
                }
            }
        }
        return new Resolved(mention, start, mention, type, plural, w);
    }

    /** Whether every word of {@code part} has a word in {@code whole} of the same stem. */
    private static boolean covers(Set<String> whole, Set<String> part) {
        for (String p : part) {
            boolean found = false;
            for (String x : whole) {
                if (x.equals(p) || x.length() >= 5 && p.length() >= 5 && x.regionMatches(0, p, 0, 5)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
