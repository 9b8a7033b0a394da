package dev.stancekit.speakers;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The people of speakers.csv, looked up by any of their names (folded words). Immutable. */
final class PersonIndex {

    static final String FILE = "speakers.csv";

    /** A registered person; {@code names} are the folded words of the canonical name and aliases. */
    record Person(String canonical, String side, String role, String organization, String gender,
                  List<List<String>> names) {
    }

    private final Map<String, Person> byKey;
    private final Map<String, List<Person>> byWord;

    private PersonIndex(Map<String, Person> byKey, Map<String, List<Person>> byWord) {
        this.byKey = byKey;
        this.byWord = byWord;
    }

    static PersonIndex load(Resources res) {
        Map<String, Person> byKey = new HashMap<>();
        Map<String, List<Person>> byWord = new HashMap<>();
        for (Layered.Entry e : Layered.merge(res.readCsvLayers(FILE), FILE)) {
            Map<String, String> row = e.row();
            List<List<String>> names = new ArrayList<>();
            for (String n : e.names()) {
                names.add(List.copyOf(Words.folds(Words.tokenize(n))));
            }
            Person p = new Person(e.canonical(), Layered.side(row.get("side"), FILE, e.canonical()),
                    row.getOrDefault("role", ""), row.getOrDefault("organization", ""),
                    row.getOrDefault("gender", ""), List.copyOf(names));
            Set<String> words = new LinkedHashSet<>();
            for (List<String> n : names) {
                byKey.put(String.join(" ", n), p);
                words.addAll(n);
            }
            for (String w : words) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
            }
        }
        byWord.replaceAll((k, v) -> List.copyOf(v));
        return new PersonIndex(Map.copyOf(byKey), Map.copyOf(byWord));
    }

    int size() {
        return new HashSet<>(byKey.values()).size();
    }

    /** The person with exactly this name, or {@code null}. */
    Person exact(List<String> folds) {
        return folds.isEmpty() ? null : byKey.get(String.join(" ", folds));
    }

    /**
     * The person registered as the first and last word of a name with one or two middle names the
     * registry does not hold ("Mark Thomas Esper" for "Mark Esper"), or {@code null}.
     */
    Person withoutMiddle(List<String> folds) {
        return folds.size() < 3 || folds.size() > 4 ? null : exact(List.of(folds.get(0), folds.get(folds.size() - 1)));
    }

    /**
     * The one person in the whole registry whose canonical name holds all these words and whose
     * role holds every title of the mention ("President Biden", "Deputy Secretary Campbell" among
     * several Campbells); {@code null} when no one or several people qualify.
     */
    Person byTitle(List<String> folds, Set<String> titles) {
        if (folds.isEmpty() || titles.isEmpty()) {
            return null;
        }
        Set<Person> found = new HashSet<>();
        for (Person p : byWord.getOrDefault(folds.get(0), List.of())) {
            if (Words.folds(Words.tokenize(p.canonical())).containsAll(folds) && holds(p, titles)) {
                found.add(p);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Whether every title is a word of the person's role. */
    private static boolean holds(Person p, Set<String> titles) {
        Set<String> role = new HashSet<>();
        for (String w : Words.folds(Words.tokenize(p.role()))) {
            role.add(american(w));
        }
        return titles.stream().allMatch(t -> role.contains(american(t)));
    }

    /** "defence" -> "defense", "theatre" -> "theater": spellings compared as one. */
    static String american(String w) {
        return w.endsWith("ence") ? w.substring(0, w.length() - 4) + "ense"
                : w.endsWith("tre") ? w.substring(0, w.length() - 3) + "ter" : w;
    }

    /**
     * The one person whose name holds all these words ("Dong", "Austin") and who is named in full,
     * with those words, somewhere in the article; {@code null} when none or several are.
     */
    Person partial(List<String> folds, List<String> articleFolds) {
        if (folds.isEmpty()) {
            return null;
        }
        Set<Person> found = new HashSet<>();
        for (Person p : byWord.getOrDefault(folds.get(0), List.of())) {
            for (List<String> name : p.names()) {
                if (name.size() > folds.size() && name.containsAll(folds) && namedIn(articleFolds, name)) {
                    found.add(p);
                    break;
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * Whether the article writes the name out: as registered, or a first and last name with one or
     * two middle names between them ("Mark Thomas Esper" for "Mark Esper", see {@link #withoutMiddle}).
     */
    private static boolean namedIn(List<String> articleFolds, List<String> name) {
        if (Collections.indexOfSubList(articleFolds, name) >= 0) {
            return true;
        }
        if (name.size() != 2) {
            return false;
        }
        for (int i = 0; i + 2 < articleFolds.size(); i++) {
            if (articleFolds.get(i).equals(name.get(0)) && (articleFolds.get(i + 2).equals(name.get(1))
                    || i + 3 < articleFolds.size() && articleFolds.get(i + 3).equals(name.get(1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The side shared by every registered person one of whose names holds all these words ("Sullivan":
     * three registered Sullivans, all US); {@code null} when no one is registered so or their sides differ.
     */
    String sharedSide(List<String> folds) {
        if (folds.isEmpty()) {
            return null;
        }
        Set<String> sides = new HashSet<>();
        for (Person p : byWord.getOrDefault(folds.get(0), List.of())) {
            if (p.names().stream().anyMatch(n -> n.containsAll(folds))) {
                sides.add(p.side());
            }
        }
        return sides.size() == 1 ? sides.iterator().next() : null;
    }

    /**
     * The one registered person named in full in the article whose role holds all these titles
     * ("the secretary" after "Secretary of State X ..."); {@code null} when none or several are.
     */
    Person byRoleInArticle(Set<String> titles, List<String> articleFolds, Predicate<String> isTitle) {
        if (titles.isEmpty()) {
            return null;
        }
        Set<Person> found = new HashSet<>();
        for (String w : new HashSet<>(articleFolds)) {
            for (Person p : byWord.getOrDefault(w, List.of())) {
                if (found.contains(p)) {
                    continue;
                }
                List<String> role = new ArrayList<>();
                for (String r : Words.folds(Words.tokenize(p.role()))) {
                    role.add(american(r));
                }
                boolean named = p.names().stream().anyMatch(n -> n.size() > 1
                        && Collections.indexOfSubList(articleFolds, n) >= 0);
                if (named && titles.stream().allMatch(t -> heads(role, american(t), titles, isTitle))) {
                    found.add(p);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The title is in the role and not the tail of a longer title ("secretary" in "General Secretary"). */
    private static boolean heads(List<String> role, String title, Set<String> titles, Predicate<String> isTitle) {
        int i = role.indexOf(title);
        return i == 0 || i > 0 && (!isTitle.test(role.get(i - 1)) || titles.contains(role.get(i - 1)));
    }
}
