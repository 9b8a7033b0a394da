package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.Words.Tok;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an article says of one speaker: its name, role, mention and antecedent, and the words of
 * the sentence around its first full mention (up to a verb of saying). Read by the article-level
 * speaker passes to compare speakers and to find a side. Immutable.
 */
final class Descriptions {

    /** Characters looked at around a speaker's first full mention. */
    private static final int WINDOW = 120;

    private final String text;
    private final Lexicon lexicon;
    private final WordKinds kinds;
    private final PersonIndex people;

    Descriptions(String text, Lexicon lexicon, WordKinds kinds, PersonIndex people) {
        this.text = text;
        this.lexicon = lexicon;
        this.kinds = kinds;
        this.people = people;
    }

    /** Folded words describing the speaker (see {@link #of}). */
    Set<String> words(Speaker e, QuoteSpan q) {
        Set<String> out = new HashSet<>();
        for (Tok t : of(e, q).toks) {
            out.add(PersonIndex.american(kinds.sameAs(t.fold())));
        }
        return out;
    }

    /** Whether the speaker is described with this registered organisation (or works for it). */
    boolean describedWith(Speaker e, QuoteSpan q, String orgCanonical) {
        Person reg = people.exact(Words.folds(Words.tokenize(e.canonical())));
        if (reg != null && Words.key(reg.organization()).equals(Words.key(orgCanonical))) {
            return true;
        }
        return of(e, q).hits.stream().anyMatch(h -> h.entry().canonical().equals(orgCanonical));
    }

    /** Speaker e's name, role, mention, antecedent and the words around its first full mention, as one phrase. */
    Phrase of(Speaker e, QuoteSpan q) {
        StringBuilder b = new StringBuilder(e.canonical()).append(" ; ").append(e.role()).append(" ; ")
                .append(q.mention()).append(" ; ").append(q.antecedent());
        int at = firstMention(e.canonical());
        if (at >= 0) {
            b.append(" ; ").append(around(at, at + e.canonical().length()));
        }
        return new Phrase(b.toString(), lexicon);
    }

    /** The words of the same sentence just before and after [at, end), up to a verb of saying. */
    private String around(int at, int end) {
        int from = Math.max(0, at - WINDOW / 2);
        for (int k = at - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '.' && k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1))
                    && k + 2 < text.length() && Character.isUpperCase(text.charAt(k + 2))) {
                from = k + 1;
                break;
            }
        }
        int to = Math.min(text.length(), end + WINDOW);
        String tail = text.substring(end, to);
        for (String stop : new String[] {". ", "\n", " said", " told", " says", "\""}) {
            int k = tail.indexOf(stop);
            while (k > 0 && ". ".equals(stop) && (k < 2 || !Character.isLetter(tail.charAt(k - 2)))
                    && Character.isUpperCase(tail.charAt(k - 1))) {
                k = tail.indexOf(stop, k + 1); // "U.S. Pacific Fleet": the period of an initial
            }
            if (k >= 0) {
                tail = tail.substring(0, k);
            }
        }
        return text.substring(from, end) + tail;
    }

    private int firstMention(String canonical) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(canonical.toLowerCase(Locale.ROOT));
        if (at < 0) {
            List<Tok> t = Words.tokenize(canonical);
            if (t.size() > 1) {
                at = lower.indexOf(t.get(t.size() - 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return at;
    }
}
