package dev.stancekit.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two-word names sharing their first word, which the article also uses alone as a surname
 * ("Mr. Dong"), and sharing a title word ("minister") are spellings of one person ("Dong Jun",
 * "Dong Jing"). Stateless.
 */
final class SurnameAliases {

    private SurnameAliases() {
    }

    /** Each later two-word spelling of a person mapped to the first one introduced. */
    static Map<String, String> of(List<ArticlePersons.Person> persons, Lexicon lex) {
        Set<String> bare = new HashSet<>();
        Map<String, ArticlePersons.Person> first = new LinkedHashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        for (ArticlePersons.Person p : persons) {
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
                if (wx[0].equals(wy[0]) && sharesTitle(titles.get(names.get(x)), titles.get(names.get(y)), lex)) {
                    alias.put(names.get(y), names.get(x));
                }
            }
        }
        return alias;
    }

    /** Whether both sets hold one title word other than Mr, Ms and Mrs. */
    private static boolean sharesTitle(Set<String> a, Set<String> b, Lexicon lex) {
        for (String t : a) {
            if (b.contains(t) && lex.is(t, Lexicon.WordType.TITLE) && !"mr".equals(t) && !"ms".equals(t)
                    && !"mrs".equals(t)) {
                return true;
            }
        }
        return false;
    }
}
