package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;
import java.util.Set;

/**
 * The words of a mention that name the speaker, before any lookup: a trailing time phrase and an
 * apposition are cut off ("The Foreign Ministry on Sunday", "the Global Times, a party tabloid"),
 * and a mention that only ends the description of an anonymous speaker is widened to the whole
 * description ("An expert with the Academy of ..."). Stateless.
 */
final class MentionText {

    private static final Set<String> NAME_LINKS = Set.of("of", "and", "the", "for", "on");
    private static final Set<String> EMPLOYER = Set.of("with", "at", "from");

    private MentionText() {
    }

    /**
     * "An expert with the Academy of Trade and Economic Cooperation ... told": a mention that is
     * only the end of the organisation an anonymous speaker works for is that speaker, described
     * whole ("An expert with the Academy of ... Cooperation"); {@code null} when it is not.
     */
    static String describedBy(QuoteSpan q, String text, WordKinds words) {
        int at = q.mentionAt().orElse(0);
        String m = q.mention().strip();
        if (at <= 0 || m.isEmpty() || q.mentionType() == QuoteSpan.MentionType.PRONOUN
                || !text.startsWith(m, at) || !Character.isUpperCase(m.charAt(0))) {
            return null;
        }
        int from = Math.max(0, at - 160);
        List<Tok> t = Words.tokenize(text.substring(from, at));
        int k = t.size() - 1;
        while (k >= 0 && (t.get(k).capitalized() || NAME_LINKS.contains(t.get(k).fold()))
                && text.substring(from + t.get(k).end(), k + 1 < t.size() ? from + t.get(k + 1).start() : at).isBlank()) {
            k--;
        }
        if (k < 2 || k == t.size() - 1 || !EMPLOYER.contains(t.get(k).fold())
                || !(words.is(t.get(k - 1).fold(), Kind.ROLE) || words.is(t.get(k - 1).fold(), Kind.COMMENTATOR))) {
            return null;
        }
        int d = k - 2;
        while (d >= 0 && k - d <= 5 && !("a".equals(t.get(d).fold()) || "an".equals(t.get(d).fold()))) {
            d--;
        }
        return d < 0 || k - d > 5 ? null : text.substring(from + t.get(d).start(), at + m.length());
    }

    /**
     * "The Foreign Ministry on Sunday" -> "The Foreign Ministry": a trailing time phrase names no one,
     * nor the occasion of the words ("… spokesperson in an interview").
     */
    static String withoutTime(String key, WordKinds words) {
        key = withoutNickname(key);
        List<Tok> t = Words.tokenize(key);
        for (int k = 1; k < t.size(); k++) {
            boolean time = false, only = true;
            for (Tok w : t.subList(k, t.size())) {
                time |= words.is(w.fold(), Kind.TIME);
                only &= words.is(w.fold(), Kind.TIME) || Words.PREPOSITIONS.contains(w.fold())
                        || words.is(w.fold(), Kind.DETERMINER) || "last".equals(w.fold()) || "this".equals(w.fold());
            }
            if (time && only || occasionAfter(t, k, words)) {
                return key.substring(0, t.get(k).start()).strip();
            }
        }
        return key;
    }

    /**
     * Whether a preposition at k opens the occasion of the words ("The ministry spokesperson in an
     * interview"): after determiners and pronouns, a word of kind occasion. A document ("The CAC in
     * a statement") is left to the document rules, which find its issuer.
     */
    private static boolean occasionAfter(List<Tok> t, int k, WordKinds words) {
        if (!Words.PREPOSITIONS.contains(t.get(k).fold()) || words.is(t.get(k).fold(), Kind.AFFILIATION)) {
            return false;
        }
        for (int j = k + 1; j < t.size(); j++) {
            String w = t.get(j).fold();
            if (words.is(w, Kind.OCCASION)) {
                return true;
            }
            if (!words.is(w, Kind.DETERMINER) && !words.is(w, Kind.PRONOUN)) {
                return false;
            }
        }
        return false;
    }

    /** A nickname in marks between a given name and a surname ("C.L. “Butch” Otter"). */
    private static final java.util.regex.Pattern NICKNAME =
            java.util.regex.Pattern.compile("(?<=[A-Za-z.]) [\"“][A-Z][A-Za-z'-]*[\"”](?= [A-Z])|^[A-Z][A-Za-z'-]*[\"”] (?=[A-Z])");

    /** "Yifan “David” Li" -> "Yifan Li": the nickname in marks is no part of the name to look up. */
    static String withoutNickname(String key) {
        return key.indexOf('"') < 0 && key.indexOf('”') < 0 ? key : NICKNAME.matcher(key).replaceAll("");
    }

    /** The text with each nickname in marks blanked out, offsets kept ("Yifan “David” Li" -> "Yifan          Li"). */
    static String blankNicknames(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('”') < 0) {
            return text;
        }
        return NICKNAME.matcher(text).replaceAll(m -> " ".repeat(m.end() - m.start()));
    }

    /** The words before an apposition in the antecedent ("the Global Times, a party tabloid"). */
    static String head(String key) {
        key = withoutNickname(key);
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            boolean opens = ch == ',' || ch == '(' || ch == '—' || ch == '–';
            if (opens && key.substring(0, i).chars().anyMatch(Character::isLetter)) {
                return key.substring(0, i).strip();
            }
        }
        return key;
    }
}
