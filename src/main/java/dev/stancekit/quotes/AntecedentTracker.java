package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import dev.stancekit.model.QuoteSpan.MentionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies speaker mentions and resolves them to the fullest earlier name in the article:
 * pronouns to the last compatible speaker, "Mr. Dong" to "Dong Jun", "the Secretary" to the
 * last person introduced with that title, "the spokesman" to "A National Security Council
 * spokesman". Names come from {@link ArticlePersons} and {@link PhraseNames}, pronouns go to
 * {@link PronounAntecedents}. One tracker per article and call; not thread-safe, never shared.
 */
final class AntecedentTracker {

    /** A resolved mention. */
    record Resolved(String mention, int start, String antecedent, MentionType type, boolean plural,
                    Set<String> words) {
    }

    private final Doc d;
    private final Lexicon lex;
    private final ArticlePersons people;
    /** Speakers resolved so far, latest last. */
    private final List<Resolved> speakers = new ArrayList<>();
    private final PronounAntecedents pronouns;
    private final PhraseNames names;

    AntecedentTracker(Doc d, Lexicon lex) {
        this.d = d;
        this.lex = lex;
        this.people = new ArticlePersons(d, lex);
        this.pronouns = new PronounAntecedents(d, lex, people, speakers);
        this.names = new PhraseNames(d, lex, people);
    }

    /** The mention of the noun phrase [s, e], resolved and remembered as the latest speaker. */
    Resolved resolve(int s, int e) {
        e = withoutTime(s, e);
        String mention = d.span(s, e);
        int start = d.tok[s].begin();
        int head = MentionFinder.headOf(d, new int[] {s, e});
        Token h = d.tok[head];
        boolean plural = "NNS".equals(h.pos()) || "NNPS".equals(h.pos());
        Resolved r;
        int title = s == e && "PRP".equals(h.pos()) ? names.appositiveTitle(e) : -1;
        if (title >= 0) {
            // "He, the vice-premier, told": the surname He with its office, not the pronoun
            r = titled(mention, start, ArticlePersons.lastPart(Lexicon.normal(d.word(title))), s, e);
        } else if (s == e && "PRP".equals(h.pos()) && names.capitalisedMidSentence(e)
                && people.fullerName(Set.of(Lexicon.normal(h.word())), start) != null) {
            r = named(mention, start, new int[] {s, e}); // "…, He said": the surname of He Yadong
        } else if (s == e && ("PRP".equals(h.pos()) || "PRP$".equals(h.pos()))) {
            r = pronouns.resolve(mention, start, h.word());
        } else {
            int[] name = names.nameIn(s, e, head);
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
     * The last token of [s, e] without a time after the noun phrase ("a ministry spokesperson on
     * Thursday", "a statement Sunday"): the day is when the words were said, not who said them.
     */
    private int withoutTime(int s, int e) {
        if (e - 1 <= s || !lex.isLowered(d.word(e), Lexicon.WordType.TIME)) {
            return e;
        }
        String before = d.tok[e - 1].pos();
        if (lex.isLowered(d.word(e - 1), Lexicon.WordType.TIME_PREPOSITION) && e - 2 >= s) {
            return e - 2; // "the ministry on Thursday"
        }
        // "a statement Sunday", "a poll released Thursday"; not "Kristen Day", "Super Tuesday", "last week"
        return "NN".equals(before) || "NNS".equals(before) || "VBN".equals(before) ? e - 1 : e;
    }

    /**
     * The mention of the noun phrase [s, e], resolved but not remembered: the owner of a noun of
     * saying ("his promise to …") is not the speaker the next pronoun refers to.
     */
    Resolved resolveOnly(int s, int e) {
        Resolved r = resolve(s, e);
        speakers.remove(speakers.size() - 1);
        pronouns.owner(s, e); // nor is a person named in it the subject of its sentence
        return r;
    }

    /** Remembers an already resolved speaker again (a quote continuing the previous one). */
    void repeat(Resolved r) {
        speakers.add(r);
    }

    /** A name, resolved to the fullest spelling of its person in the article ("Mr. Dong" -> "Dong Jun"). */
    private Resolved named(String mention, int start, int[] name) {
        Set<String> w = ArticlePersons.words(d, lex, name[0], name[1]);
        String best = d.span(name[0], name[1]);
        Set<String> bestWords = w;
        ArticlePersons.Person later = people.fullerName(w, start);
        if (later != null) {
            best = later.name();
            bestWords = later.words();
        }
        String alias = people.alias(best);
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
        // "The assistant secretary": a rank word before the title must be among the person's titles too
        Set<String> ranks = new HashSet<>();
        Set<String> proper = new HashSet<>();
        for (int k = s; k < e && !title.equals(Lexicon.normal(d.word(k))); k++) {
            if (lex.is(d.word(k), Lexicon.WordType.RANK)) {
                ranks.add(Lexicon.normal(d.word(k)));
            } else if (k > s && ("NNP".equals(d.tok[k].pos()) || "JJ".equals(d.tok[k].pos()) && Character.isUpperCase(d.word(k).charAt(0)))) {
                proper.add(Lexicon.normal(d.word(k)));
            }
        }
        // "the U.S. president": first the person introduced with that country word too, not "Chinese President Xi"
        Set<String> both = new HashSet<>(ranks);
        both.addAll(proper);
        ArticlePersons.Person p = proper.isEmpty() ? null : people.titledBefore(title, both, start);
        if (p == null) {
            p = people.titledBefore(title, ranks, start); // not "Defense Secretary X" for "the assistant secretary"
        }
        if (p == null && e > s + 2 && "LOCATION".equals(d.tok[s].ner()) && "POS".equals(d.tok[s + 1].pos())) {
            // "China's foreign minister urged … Foreign Minister Wang Yi welcomed …": named next
            p = people.titledAfter(title, sentenceEnd(s), MAX_CATAPHORA);
        }
        if (p != null) {
            return new Resolved(mention, start, p.name(), MentionType.TITLE, false, p.words());
        }
        return new Resolved(mention, start, mention, MentionType.TITLE, false, ArticlePersons.words(d, lex, s, e));
    }

    /**
     * An organisation or anonymous source; a definite one ("the ministry", "the spokesperson")
     * resolves to the latest speaker whose words cover it, or named speaker introduced with its head word.
     */
    private Resolved described(String mention, int start, MentionType type, boolean plural, int s, int e) {
        Set<String> w = ArticlePersons.words(d, lex, s, e);
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
                if (r.type() == MentionType.NAME && people.introducedAs(r.antecedent(), head)) {
                    // "the spokesperson" after quotes of "Lin", introduced as "spokesperson Lin Jian"
                    return new Resolved(mention, start, r.antecedent(), type, plural, r.words());
                }
            }
        }
        boolean indefinite = "a".equals(first) || "an".equals(first);
        int head = e;
        for (int k = s + 1; k < e; k++) {
            if ("IN".equals(d.tok[k].pos()) && d.tok[k - 1].pos().startsWith("NN")) {
                head = k - 1; // "a spokesperson from China's Foreign Ministry": the spokesperson
                break;
            }
        }
        if (indefinite && type == MentionType.ANONYMOUS && !properModifier(s, head)) {
            // "A ministry spokesperson said …" in the lead, "Spokesperson Mao Ning made the remarks …"
            // after it: the description names the person the article names next with its office
            ArticlePersons.Person p = people.titledAfter(Lexicon.normal(d.word(head)), sentenceEnd(s), MAX_CATAPHORA);
            if (p != null) {
                return new Resolved(mention, start, p.name(), type, plural, p.words());
            }
        }
        return new Resolved(mention, start, mention, type, plural, w);
    }

    /**
     * Whether a word before the head is a proper noun other than a place or nationality ("a U.S.
     * District Court judge"): such a description names one office, which a later person may not hold.
     */
    private boolean properModifier(int s, int e) {
        for (int k = s + 1; k < e; k++) {
            String ner = d.tok[k].ner();
            if (d.tok[k].pos().startsWith("NNP") && !"LOCATION".equals(ner) && !"MISC".equals(ner)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the sentence of token {@code k} ends: a person named later in it ("A reporter pointed out
     * that Terris, the Post reporter, saw …") is part of what was said, not the one who said it.
     */
    private int sentenceEnd(int k) {
        return d.tok[d.sentEnd[d.sentOf[k]] - 1].end();
    }

    /** Most characters between an indefinite description and the person it names later. */
    static final int MAX_CATAPHORA = 600;

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
