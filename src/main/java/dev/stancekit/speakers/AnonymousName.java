package dev.stancekit.speakers;

import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.WordKinds.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Short names for speakers without a personal name, keeping side and role: "A US spokesperson" ->
 * "US spokesperson", "a spokesman for the Chinese side" -> "Chinese spokesman", "the person" ->
 * "unnamed source".
 */
final class AnonymousName {

    static final String UNNAMED_SOURCE = "unnamed source";
    private static final Set<String> OF = Set.of("for", "of", "from", "at", "with", "in");

    private AnonymousName() {
    }

    static String of(Phrase p, WordKinds words) {
        int n = p.toks.size();
        int i = skipDeterminers(p, 0, words);
        if (i >= n || i == n - 1 && words.is(p.toks.get(i).fold(), Kind.PRONOUN)) {
            return UNNAMED_SOURCE; // "one of them"
        }
        for (int k = i + 1; k < n; k++) {
            if (p.hitAt(k - 1) != null) {
                break;
            }
            if (OF.contains(p.toks.get(k).fold())) {
                String moved = sideFirst(p, i, k, words);
                if (moved != null) {
                    return moved;
                }
                break;
            }
        }
        if (words.is(p.toks.get(i).fold(), Kind.SOURCE) && singular(p.toks.get(i).fold())
                || words.is(p.toks.get(i).fold(), Kind.SOURCE) && i + 1 == n) {
            return UNNAMED_SOURCE;
        }
        String name = p.text(i, n);
        Hit country = p.hitAt(i);
        if (country != null && country.from() == i && country.to() < n && p.possessiveAt(country.to() - 1)
                && (country.entry().kind() == Lexicon.Kind.COUNTRY)) {
            name = country.entry().adjective() + " " + p.text(country.to(), n); // "Japan's embassy" -> "Japanese embassy"
        }
        // "Senior official" -> "senior official", but "Foreign Ministry spokesperson" and "Ministry of
        // National Defense" name a body in capitals (the next word, or the one after of/for)
        boolean capitalsGoOn = i + 1 < n && Character.isUpperCase(p.toks.get(i + 1).text().charAt(0))
                || i + 2 < n && ("of".equals(p.toks.get(i + 1).fold()) || "for".equals(p.toks.get(i + 1).fold()))
                && Character.isUpperCase(p.toks.get(i + 2).text().charAt(0));
        boolean party = words.is(p.toks.get(i).fold(), Kind.PARTY); // "Democrat familiar with the talks"
        if (p.hitAt(i) == null && words.isTitleOrRole(p.toks.get(i).fold()) && !capitalsGoOn && !party) {
            name = lowerFirst(name);
        }
        return name;
    }

    /** "spokesman for the Chinese side" -> "Chinese spokesman", when only generic words follow. */
    private static String sideFirst(Phrase p, int head, int prep, WordKinds words) {
        int j = skipDeterminers(p, prep + 1, words);
        Hit h = j < p.toks.size() ? p.hitAt(j) : null;
        if (h == null || h.from() != j || h.entry().kind() == Lexicon.Kind.CITY
                || h.entry().kind() == Lexicon.Kind.NEUTRAL) {
            return null;
        }
        for (int k = h.to(); k < p.toks.size(); k++) {
            if (!words.is(p.toks.get(k).fold(), Kind.TAIL)) {
                return null;
            }
        }
        String role = p.text(head, prep);
        if (words.isTitleOrRole(p.toks.get(head).fold())) {
            role = lowerFirst(role);
        }
        return h.entry().adjective() + " " + role;
    }

    /** "Senior official" -> "senior official"; an acronym keeps its capitals ("FM spokesperson", not "fM"). */
    static String lowerFirst(String name) {
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return acronym ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** "person", "source": one anonymous source, whatever it is familiar with. */
    private static boolean singular(String fold) {
        return !fold.endsWith("s") && !"people".equals(fold);
    }

    private static int skipDeterminers(Phrase p, int i, WordKinds words) {
        int from = i;
        while (i < p.toks.size() && (words.is(p.toks.get(i).fold(), Kind.DETERMINER) || words.is(p.toks.get(i).fold(), Kind.ORDINAL))
                && p.hitAt(i) == null) {
            i++; // "a second source", "another official"
        }
        if (i > from && i + 1 < p.toks.size() && "of".equals(p.toks.get(i).fold())) {
            return skipDeterminers(p, i + 1, words); // "one of the people", "some of his aides": the group named
        }
        return i;
    }
}
