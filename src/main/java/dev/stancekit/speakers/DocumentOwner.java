package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/**
 * A document that names its owner in the same words ("the Pentagon's readout", "a White House
 * statement", "Xi Jinping's letter", "the Chinese readout"): the owner speaks, with the owner's
 * side. Immutable.
 */
final class DocumentOwner {

    private final WordKinds words;
    private final PersonIndex people;
    private final Lexicon lexicon;

    DocumentOwner(WordKinds words, PersonIndex people, Lexicon lexicon) {
        this.words = words;
        this.people = people;
        this.lexicon = lexicon;
    }

    /** A document mention that names its owner or side itself ("the Pentagon's readout", "the Chinese readout"). */
    boolean namesItsOwner(QuoteSpan q) {
        if (q.mentionType() == QuoteSpan.MentionType.PRONOUN || q.mention().isBlank()) {
            return false;
        }
        Phrase m = new Phrase(MentionText.head(MentionText.withoutTime(q.mention().strip(), words)),
                lexicon);
        return isDocument(m) && (owner(m) != null || m.sideHit(words) != null);
    }

    /**
     * Whether the phrase ends in a document noun ("the readout", "a Pentagon statement"), written
     * in lower case unless it is the only word: a capitalised one ends a name ("The Washington Post").
     */
    boolean isDocument(Phrase p) {
        int last = p.toks.size() - 1;
        return last >= 0 && words.is(p.toks.get(last).fold(), Kind.DOCUMENT)
                && (last == 0 || !p.toks.get(last).capitalized());
    }

    /**
     * The registered organisation or person a document mention names before its document noun,
     * the last one when there are several ("the Chinese Foreign Ministry's statement"), or
     * {@code null}: no document, or no registered owner in the words (a side word alone, "the
     * Chinese readout", is left to {@link #sided}).
     */
    Speaker owner(Phrase p) {
        if (!isDocument(p)) {
            return null;
        }
        int head = p.toks.size() - 1;
        Hit org = null;
        for (Hit h : p.hits) {
            if (h.to() <= head && h.entry().kind() == Lexicon.Kind.ORGANIZATION && !afterTarget(p, h.from())) {
                org = h;
            }
        }
        int[] ends = new int[1];
        Person person = possessor(p, head, ends);
        if (person != null && (org == null || ends[0] > org.to())) {
            return Speaker.builder().canonical(person.canonical()).type(SpeakerType.PERSON).side(person.side())
                    .role(person.role()).inRegistry(true).evidence("registry; \"" + p.text.strip() + "\" of "
                            + person.canonical()).build();
        }
        if (org == null) {
            return null;
        }
        return Speaker.builder().canonical(org.entry().canonical()).type(SpeakerType.ORGANIZATION)
                .side(org.entry().side()).inRegistry(true)
                .evidence("registry; \"" + p.text.strip() + "\" issued by " + org.entry().canonical()).build();
    }

    /**
     * "the Chinese readout", "a Japanese defence ministry statement": a document with a side word
     * and no registered owner speaks for that side; {@code null} when the phrase is no such document.
     */
    Speaker sided(Phrase p, Speaker found) {
        if (!isDocument(p) || found.side().equals(Speaker.UNKNOWN_SIDE)) {
            return null;
        }
        Hit side = p.sideHit(words);
        if (side == null || side.to() > p.toks.size() - 1 || side.entry().kind() == Lexicon.Kind.ORGANIZATION) {
            return null;
        }
        return found.toBuilder().type(SpeakerType.ORGANIZATION)
                .evidence(p.describe(side) + " in the document \"" + p.text.strip() + "\"").build();
    }

    /**
     * The registered person whose name ends in a possessive before the document noun ("Xi's
     * letter"); {@code ends[0]} is set to the word after the name.
     */
    private Person possessor(Phrase p, int head, int[] ends) {
        List<String> folds = Words.folds(p.toks);
        for (int end = head - 1; end >= 0; end--) {
            if (!p.possessiveAt(end)) {
                continue;
            }
            for (int start = 0; start <= end; start++) {
                Person found = people.exact(folds.subList(start, end + 1));
                if (found != null) {
                    ends[0] = end + 1;
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether the text holds a document noun ("... said in a statement"). */
    boolean mentionsDocument(String context) {
        for (Tok t : Words.tokenize(context == null ? "" : context)) {
            if (words.is(t.fold(), Kind.DOCUMENT)) {
                return true;
            }
        }
        return false;
    }

    /** "a readout published by X" / "a statement from X" in the article before the offset: X. */
    Hit issuedBy(Phrase a, int before) {
        Hit best = null;
        for (int k = 0; k < a.toks.size() && a.toks.get(k).start() < before; k++) {
            if (!words.is(a.toks.get(k).fold(), Kind.DOCUMENT)) {
                continue;
            }
            if (k > 0 && words.is(a.toks.get(k - 1).fold(), Kind.PRONOUN)) {
                // "In its statement, the U.S. 7th Fleet identified …": the organisation the possessive stands for
                Hit h = firstOrganizationFrom(a, k + 1, 2);
                if (h != null && a.toks.get(h.from()).start() < before) {
                    best = h;
                    continue;
                }
            }
            Hit issuer = issuerBefore(a, k);
            if (issuer != null) {
                best = issuer; // "The State Department issued an advisory on Friday."
                continue;
            }
            for (int m = k + 1; m < Math.min(a.toks.size(), k + 4); m++) {
                String f = a.toks.get(m).fold();
                if ("by".equals(f) || "from".equals(f)) {
                    Hit h = firstOrganizationFrom(a, m + 1, 6);
                    if (h != null && a.toks.get(h.from()).start() < before) {
                        best = h;
                    }
                    break;
                }
            }
        }
        return best;
    }

    /**
     * "a Chinese Ministry of Foreign Affairs readout", "the Pentagon's statement": the registered
     * organisation named right before the last lower-case document noun in the article before the
     * offset, or null (also when that last document names no organisation, "the Chinese readout").
     */
    Hit namedBefore(Phrase a, int before) {
        Hit best = null;
        for (int k = 0; k < a.toks.size() && a.toks.get(k).start() < before; k++) {
            if (!words.is(a.toks.get(k).fold(), Kind.DOCUMENT) || a.toks.get(k).capitalized()) {
                continue; // not "The Washington Post"
            }
            best = null;
            for (Hit h : a.hits) {
                if (h.to() == k && h.entry().kind() == Lexicon.Kind.ORGANIZATION && !afterTarget(a, h.from())) {
                    best = h;
                }
            }
        }
        return best;
    }

    /** Most words between a verb of issuing and its document ("issued a brief written statement"). */
    private static final int MAX_ISSUED_WORDS = 3;

    /**
     * "The State Department issued an advisory": the registered organisation that ends right
     * before a verb of issuing (kind issue-verb) a few words before the document noun at k; null
     * when none.
     */
    private Hit issuerBefore(Phrase a, int k) {
        for (int v = k - 1; v >= 0 && v >= k - 1 - MAX_ISSUED_WORDS; v--) {
            if (words.is(a.toks.get(v).fold(), Kind.ISSUE_VERB)) {
                // "The House Select Committee on the Chinese Communist Party (CCP) published": the
                // name before its acronym in brackets, not the acronym's own entry
                int end = acronymInBrackets(a, v - 1) ? v - 1 : v;
                for (Hit h : a.hits) {
                    boolean object = h.from() > 0 && Words.PREPOSITIONS.contains(a.toks.get(h.from() - 1).fold());
                    if (h.to() == end && h.entry().kind() == Lexicon.Kind.ORGANIZATION && !object) {
                        return h; // not "The Holocaust Museum in Washington issued": the museum did
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Whether word k is an acronym in brackets right after a name ("… Party (CCP)"). */
    private static boolean acronymInBrackets(Phrase a, int k) {
        if (k < 1) {
            return false;
        }
        Tok t = a.toks.get(k);
        return t.start() > 0 && a.text.charAt(t.start() - 1) == '(' && t.end() < a.text.length()
                && a.text.charAt(t.end()) == ')' && t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase);
    }

    private static Hit firstOrganizationFrom(Phrase a, int from, int span) {
        for (Hit h : a.hits) {
            if (h.from() >= from && h.from() < from + span && h.entry().kind() == Lexicon.Kind.ORGANIZATION) {
                return h;
            }
        }
        return null;
    }

    /** "a statement on China": an organisation after a target word is what the document is about. */
    private boolean afterTarget(Phrase p, int from) {
        int before = from - 1;
        while (before >= 0 && words.is(p.toks.get(before).fold(), Kind.DETERMINER)) {
            before--;
        }
        return before >= 0 && words.is(p.toks.get(before).fold(), Kind.TARGET);
    }
}
