package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.PersonIndex.Person;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A surname taken for a registered person named in full in the article ("MR. WANG:" in a briefing
 * that mentions Foreign Minister Wang Yi) is another person when a transcript turn the surname
 * labels names that person in full after an office ("MR. WANG: ... The Secretary spoke with
 * Foreign Minister Wang Yi today"). Nobody speaks of himself that way. Such a speaker keeps the surname, with no side from the registry. Immutable.
 */
final class SelfNamed {

    /** A transcript line opening with a speaker label: "MR. WANG:", "QUESTION:", "Q:", "Lin Jian:". */
    private static final Pattern LABEL = Pattern.compile("^\\s*\\p{Lu}[\\p{L}.'’ ]{0,40}:\\s");

    /** Label lines that make a transcript. */
    private static final int MIN_TURNS = 3;

    private final WordKinds words;
    private final PersonIndex people;
    private final NameFinder names;
    private final Lexicon lexicon;

    SelfNamed(WordKinds words, PersonIndex people, Lexicon lexicon) {
        this.words = words;
        this.people = people;
        this.names = new NameFinder(words);
        this.lexicon = lexicon;
    }

    /** The speaker found, or the surname alone when the registered person it was taken for is named in its own words. */
    Speaker check(Speaker s, QuoteSpan q, String text) {
        if (!s.inRegistry() || s.type() != SpeakerType.PERSON || q.mentionType() == QuoteSpan.MentionType.PRONOUN
                || q.mention().isBlank()) {
            return s;
        }
        Person p = people.exact(Words.folds(Words.tokenize(s.canonical())));
        Phrase mention = new Phrase(q.mention().strip(), lexicon);
        int[] name = names.name(mention);
        if (p == null || name == null || name[1] - name[0] != 1 || fullName(p, mention.toks) >= 0) {
            return s;
        }
        if (!inOwnTurns(p, mention.text, text)) {
            return s;
        }
        return Speaker.builder().canonical(plain(mention.text(name[0], name[1]))).type(SpeakerType.PERSON)
                .evidence("\"" + mention.text + "\" speaks of " + p.canonical() + " in the third person: another person")
                .build();
    }

    /** Whether a transcript turn labelled with this mention names the person in full. */
    private boolean inOwnTurns(Person p, String label, String text) {
        boolean own = false;
        String[] lines = text.split("\n");
        if (java.util.Arrays.stream(lines).filter(l -> LABEL.matcher(l).find()).count() < MIN_TURNS) {
            return false; // "Graham: Trump's rhetoric ..." is a headline, not a transcript
        }
        for (String line : lines) {
            String l = line.strip();
            if (LABEL.matcher(line).find()) {
                own = l.startsWith(label) && l.substring(label.length()).strip().startsWith(":");
            }
            List<Words.Tok> toks = Words.tokenize(l);
            int at = own ? fullName(p, toks) : -1;
            if (at > 0 && words.is(toks.get(at - 1).fold(), WordKinds.Kind.TITLE)
                    && !words.is(toks.get(at - 1).fold(), WordKinds.Kind.HONORIFIC)) {
                return true; // "Foreign Minister Wang Yi": an office, said of another
            }
        }
        return false;
    }

    /** "WANG" as a transcript writes it -> "Wang". */
    private static String plain(String name) {
        if (name.length() < 2 || !name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Where a name of more than one word of the person starts in these words, or -1. */
    private static int fullName(Person p, List<Words.Tok> toks) {
        List<String> folds = Words.folds(toks);
        for (List<String> n : p.names()) {
            int at = n.size() > 1 ? Collections.indexOfSubList(folds, n) : -1;
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }
}
