package dev.stancekit.quotes;

import dev.stancekit.model.QuoteSpan.MentionType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a personal pronoun speaker (he, she, they, it; him, his, her, them, their) to the
 * latest compatible speaker, or for he and she to the subject of a later sentence naming people.
 * One per article, reading its {@link AntecedentTracker}'s speakers; not thread-safe.
 */
final class PronounAntecedents {

    private final Doc d;
    private final Lexicon lex;
    private final ArticlePersons people;
    /** The tracker's speakers so far, latest last; read only here. */
    private final List<AntecedentTracker.Resolved> speakers;
    /** Offsets of the tokens of owners of nouns of saying ("Lee's promise"), which no pronoun refers to. */
    private final Set<Integer> owners = new HashSet<>();

    PronounAntecedents(Doc d, Lexicon lex, ArticlePersons people, List<AntecedentTracker.Resolved> speakers) {
        this.d = d;
        this.lex = lex;
        this.people = people;
        this.speakers = speakers;
    }

    /** The pronoun {@code word} at offset {@code start}, resolved. */
    AntecedentTracker.Resolved resolve(String mention, int start, String word) {
        return pronoun(mention, start, subjectForm(word.toLowerCase(Locale.ROOT)));
    }

    /** Tokens [s, e] own a noun of saying ("his promise to …"): no person named in them is a sentence's subject. */
    void owner(int s, int e) {
        for (int k = s; k <= e; k++) {
            owners.add(d.tok[k].begin());
        }
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
     * he/she: the last person-like speaker, unless a later sentence (before the pronoun's own)
     * names people, then the first person of the latest such sentence, which is usually its
     * subject ("The ministry said Wei told Austin ... He also said" -> Wei). they: the last group
     * or organisation; it: the last organisation.
     */
    private AntecedentTracker.Resolved pronoun(String mention, int start, String p) {
        AntecedentTracker.Resolved speaker = null;
        for (int k = speakers.size() - 1; k >= 0 && speaker == null; k--) {
            AntecedentTracker.Resolved r = speakers.get(k);
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
            ArticlePersons.Person own = personBeforeRelative(start);
            if (own != null) {
                return new AntecedentTracker.Resolved(mention, start, own.name(), MentionType.PRONOUN, false, own.words());
            }
            ArticlePersons.Person subject = subjectOfLatestSentenceWithPeople(start);
            if (subject != null && (speaker == null || sentenceOf(subject.begin()) > sentenceOf(speaker.start()))) {
                return new AntecedentTracker.Resolved(mention, start, subject.name(), MentionType.PRONOUN, false,
                        subject.words());
            }
        }
        if (speaker != null) {
            return new AntecedentTracker.Resolved(mention, start, speaker.antecedent(), MentionType.PRONOUN,
                    speaker.plural(), speaker.words());
        }
        return new AntecedentTracker.Resolved(mention, start, mention, MentionType.PRONOUN, "they".equals(p),
                Set.of());
    }

    /** The sentence of the token at or after {@code offset} (past the text: the last sentence). */
    private int sentenceOf(int offset) {
        int t = Math.min(d.tokenFrom(offset), d.tok.length - 1);
        return t < 0 ? -1 : d.sentOf[t];
    }

    /**
     * "Lee issued a statement in which she said …", "Lee, when he was asked, said …": for a pronoun
     * right after a relative or question word, the one person named earlier in its own sentence,
     * when no preposition stands before that name and no he or she before the pronoun; else null.
     */
    private ArticlePersons.Person personBeforeRelative(int start) {
        int t = d.tokenFrom(start);
        if (t <= 0 || t >= d.tok.length || !d.tok[t - 1].pos().startsWith("W")) {
            return null;
        }
        int own = d.sentOf[t];
        for (int k = d.sentStart[own]; k < t - 1; k++) {
            String w = d.lower(k);
            if ("he".equals(w) || "she".equals(w)) {
                return null; // "He declared that Trump …, which he called …": the pronoun goes on
            }
        }
        ArticlePersons.Person found = null;
        for (ArticlePersons.Person person : people.list()) {
            if (person.begin() >= start) {
                break;
            }
            if (sentenceOf(person.begin()) != own || owners.contains(person.begin())) {
                continue;
            }
            int p = d.tokenFrom(person.begin());
            int before = p - 1;
            while (before > d.sentStart[own] && "NNP".equals(d.tok[before].pos()) && !d.tok[before].isPerson()) {
                before--; // over a title: "thanked Sen. Ann Lee"
            }
            boolean object = before >= d.sentStart[own] && d.tok[before].isVerb() && !"be".equals(d.tok[before].lemma());
            int end = p;
            while (end + 1 < t - 1 && d.tok[end + 1].begin() < person.begin() + person.name().length()) {
                end++;
            }
            if (found != null && end + 1 < t && "POS".equals(d.tok[end + 1].pos())) {
                continue; // "X poured cold water on Trump’s comments in a briefing in which he said": an owner, after the subject
            }
            if (found != null || p > d.sentStart[own] && "IN".equals(d.tok[p - 1].pos()) || object) {
                return null; // two people, one after a preposition ("with X") or an object ("thanked X for …, which he said")
            }
            int last = p;
            while (last + 1 < t - 1 && d.tok[last + 1].begin() < person.begin() + person.name().length()) {
                last++;
            }
            if (last + 1 == t - 1 || last + 2 == t - 1 && ",".equals(d.word(last + 1))) {
                return null; // "Janet Yellen, who he said …": the relative clause is about the person
            }
            found = person;
        }
        return found;
    }

    /** The first person named in the latest sentence before the one holding {@code start}. */
    private ArticlePersons.Person subjectOfLatestSentenceWithPeople(int start) {
        List<ArticlePersons.Person> persons = people.list();
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
        int k = latestBefore(persons, lo - 1, own);
        if (k < 0) {
            return null;
        }
        while (true) {
            int sent = sentenceOf(persons.get(k).begin());
            int first = -1;
            for (int j = k; j >= 0 && sentenceOf(persons.get(j).begin()) == sent; j--) {
                if (!owners.contains(persons.get(j).begin()) && !quoted(persons.get(j).begin())
                        && !inOpeningPhrase(persons.get(j).begin(), sent)) {
                    first = j;
                }
            }
            if (first < 0 || !pronounSubjectBefore(sent, persons.get(first).begin())) {
                return first < 0 ? null : persons.get(first);
            }
            // "He said he would raise it with Wang Yi", "Even before his speech, he hailed his meeting
            // with his counterpart, Wei": its subject is the one of an earlier sentence
            k = latestBefore(persons, k, sent);
            if (k < 0) {
                return null;
            }
        }
    }

    /**
     * Whether "he" or "she" outside quote marks stands as a subject (before a verb, a modal or an
     * adverb) in sentence {@code sent} before the person named at {@code offset}, and not inside a
     * clause that opens the sentence ("As she left, Tsai said": the pronoun points ahead).
     */
    private boolean pronounSubjectBefore(int sent, int offset) {
        int t = d.tokenFrom(offset);
        int s = d.sentStart[sent];
        boolean opening = "IN".equals(d.tok[s].pos()) || "WRB".equals(d.tok[s].pos());
        for (int k = s; k < t && k + 1 < d.tok.length; k++) {
            String w = d.lower(k);
            String next = d.tok[k + 1].pos();
            opening &= !",".equals(w);
            if (("he".equals(w) || "she".equals(w)) && d.quoteOf[k] < 0 && !opening
                    && (k == s || Tokens.finiteVerb(next) || "MD".equals(next) || next.startsWith("RB"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person at {@code offset} is named inside quote marks: someone the quoted speaker talks about. */
    private boolean quoted(int offset) {
        int t = d.tokenFrom(offset);
        return t < d.tok.length && d.quoteOf[t] >= 0;
    }

    /**
     * The index of the latest person at or before {@code k} named before sentence {@code sentence},
     * outside quote marks and owning no noun of saying, or -1.
     */
    private int latestBefore(List<ArticlePersons.Person> persons, int k, int sentence) {
        while (k >= 0 && (sentenceOf(persons.get(k).begin()) >= sentence || owners.contains(persons.get(k).begin())
                || quoted(persons.get(k).begin()))) {
            k--;
        }
        return k;
    }

    /**
     * Whether the person at {@code offset} is only an owner or the object of an inner preposition
     * in a prepositional phrase that opens its sentence, before its first comma ("On Mr Xi's meeting
     * with Mr Hart, he said"): not the subject. The opening preposition's own object ("As for Lee,
     * he said", "To Lee, …") may well be.
     */
    private boolean inOpeningPhrase(int offset, int sent) {
        int s = d.sentStart[sent];
        if (!"IN".equals(d.tok[s].pos()) || Insertions.subordinator(lex, d.word(s)) && !"as".equalsIgnoreCase(d.word(s))) {
            return false; // "If reducing gun violence is Murphy's life's work, his …": a clause, not a phrase
        }
        int t = d.tokenFrom(offset);
        for (int k = s; k < t; k++) {
            if (",".equals(d.word(k))) {
                return false;
            }
        }
        int e = t;
        while (e + 1 < d.tok.length && d.tok[e + 1].isPerson()) {
            e++;
        }
        boolean owner = e + 1 < d.tok.length && "POS".equals(d.tok[e + 1].pos());
        int before = t - 1;
        while (before > s && "NNP".equals(d.tok[before].pos()) && !d.tok[before].isPerson()) {
            before--; // over a title: "with Mr Hart"
        }
        boolean innerObject = before > s + 1 && "IN".equals(d.tok[before].pos());
        return owner || innerObject;
    }
}
