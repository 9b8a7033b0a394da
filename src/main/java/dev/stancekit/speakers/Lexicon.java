package dev.stancekit.speakers;

import dev.stancekit.resources.Resources;
import dev.stancekit.speakers.Words.Tok;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases that tie words to a side: registered organisations (organizations.csv) and nationality,
 * country and city words (nationality-words.csv). Finds them in a phrase, longest first.
 * Immutable.
 */
final class Lexicon {

    static final String ORGANIZATIONS = "organizations.csv";
    static final String NATIONALITIES = "nationality-words.csv";

    enum Kind {
        ORGANIZATION, NATIONALITY, COUNTRY, CITY,
        /** A place or title holding a country word that names no side ("South China Sea"). */
        NEUTRAL,
        /** A region written after a dateline's place ("LITTLE ROCK, Ark. —"); read only there. */
        DATELINE_REGION;

        static Kind parse(String s, String file, String word) {
            try {
                return valueOf(s.strip().replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": '" + word + "' has kind '" + s
                        + "'; expected nationality, country, city, neutral or dateline-region", e);
            }
        }
    }

    /**
     * A phrase of the lexicon.
     *
     * @param folds     its folded words
     * @param acronym   for each word, whether it must match in capitals
     * @param capital   for each word, whether it must start with a capital ("Paper" of "The Paper")
     * @param canonical the organisation's canonical name, or the word itself
     * @param adjective how an anonymous speaker is named after it ("Chinese", "Pentagon")
     */
    record Entry(List<String> folds, List<Boolean> acronym, List<Boolean> capital, String canonical, String side,
                 String adjective, Kind kind) {
    }

    /** An entry found at words [from, to) of a phrase. */
    record Hit(Entry entry, int from, int to) {

        /** The words as written, with the period of a final abbreviation ("U.S."). */
        String text(String phrase, List<Tok> toks) {
            Tok last = toks.get(to - 1);
            int end = last.text().length() == 1 && last.end() < phrase.length() && phrase.charAt(last.end()) == '.'
                    ? last.end() + 1 : last.end();
            return phrase.substring(toks.get(from).start(), end);
        }
    }

    private final Map<String, List<Entry>> byFirst;
    /** Organisations by their name without the leading country word ("ministry of national defense"). */
    private final Map<String, List<Entry>> byBareName;
    /** The sides of the registered organisations whose name holds a word ("ministry": China, other). */
    private final Map<String, java.util.Set<String>> sidesByWord;

    /** The dateline regions by key ({@link Kind#DATELINE_REGION}). */
    private final Map<String, Entry> regions;

    /** The region of this name written after a dateline's place ("Ark."), or null. */
    Entry datelineRegion(String written) {
        return regions.get(Words.key(written));
    }

    private Lexicon(List<Entry> entries, Map<String, Entry> regions) {
        this.regions = regions;
        Map<String, List<Entry>> m = new HashMap<>();
        for (Entry e : entries) {
            m.computeIfAbsent(e.folds().get(0), k -> new ArrayList<>()).add(e);
        }
        m.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.folds().size())
                .thenComparing(e -> e.kind() != Kind.ORGANIZATION)));
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byFirst = Map.copyOf(m);
        Map<String, List<Entry>> bare = new HashMap<>();
        for (Entry e : entries) {
            int country = e.kind() == Kind.ORGANIZATION ? countryPrefix(e.folds()) : 0;
            if (country > 0 && country < e.folds().size() - 1) {
                String key = String.join(" ", e.folds().subList(country, e.folds().size()));
                List<Entry> l = bare.computeIfAbsent(key, k -> new ArrayList<>());
                if (l.stream().noneMatch(x -> x.canonical().equals(e.canonical()))) {
                    l.add(e);
                }
            }
        }
        bare.replaceAll((k, v) -> List.copyOf(v));
        this.byBareName = Map.copyOf(bare);
        Map<String, java.util.Set<String>> sides = new HashMap<>();
        Map<String, java.util.Set<String>> bodies = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.ORGANIZATION && !e.side().isBlank()) {
                for (String f : e.folds()) {
                    sides.computeIfAbsent(f, k -> new java.util.TreeSet<>()).add(e.side());
                    bodies.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(e.canonical());
                }
            }
        }
        sides.keySet().removeIf(f -> bodies.get(f).size() < MIN_BODIES);
        sides.replaceAll((k, v) -> java.util.Set.copyOf(v));
        this.sidesByWord = Map.copyOf(sides);
    }

    /**
     * Fewest registered bodies whose names hold a noun before the sides they belong to say which
     * sides have such bodies at all ("ministry": some fifty, Chinese and foreign, none American).
     */
    private static final int MIN_BODIES = 10;

    /**
     * The sides of the registered organisations whose name holds this folded word ("ministry":
     * China and other, never US, whose bodies are departments); empty when fewer than
     * {@link #MIN_BODIES} registered bodies carry it ("association": too few to tell).
     */
    java.util.Set<String> organizationSides(String fold) {
        return sidesByWord.getOrDefault(fold, java.util.Set.of());
    }

    /** How many leading words of an organisation's name are a country or nationality word ("Philippine", "South Korean"). */
    private int countryPrefix(List<String> folds) {
        for (int n = Math.min(2, folds.size() - 1); n >= 1; n--) {
            List<String> head = folds.subList(0, n);
            for (Entry w : byFirst.getOrDefault(head.get(0), List.of())) {
                if (w.kind() != Kind.ORGANIZATION && w.kind() != Kind.NEUTRAL && w.folds().equals(head)) {
                    return n;
                }
            }
        }
        return 0;
    }

    /**
     * The registered organisations named like this once a country word is put before it ("Ministry
     * of National Defense" gives the Chinese, Taiwanese and South Korean ministries); empty if none.
     */
    List<Entry> withCountry(List<String> folds) {
        return byBareName.getOrDefault(String.join(" ", folds), List.of());
    }

    static Lexicon load(Resources res) {
        List<Entry> entries = new ArrayList<>();
        for (Layered.Entry e : Layered.merge(res.readCsvLayers(ORGANIZATIONS), ORGANIZATIONS)) {
            String side = Layered.side(e.row().get("side"), ORGANIZATIONS, e.canonical());
            for (String name : e.names()) {
                entries.add(entry(name, e.canonical(), side, e.canonical(), Kind.ORGANIZATION));
            }
        }
        Map<String, Entry> words = new LinkedHashMap<>();
        for (Map<String, String> row : res.readCsvLayers(NATIONALITIES)) {
            String word = row.getOrDefault("word", "").strip();
            if (Words.key(word).isEmpty()) {
                throw new IllegalArgumentException(NATIONALITIES + ": a row has no word: " + row);
            }
            Kind kind = Kind.parse(row.getOrDefault("kind", "nationality"), NATIONALITIES, word);
            String side = kind == Kind.NEUTRAL ? "" : Layered.side(row.get("side"), NATIONALITIES, word);
            String adjective = row.getOrDefault("adjective", "").isBlank() ? word : row.get("adjective").strip();
            if (kind == Kind.ORGANIZATION) {
                throw new IllegalArgumentException(NATIONALITIES + ": '" + word
                        + "' is an organization; put it in " + ORGANIZATIONS);
            }
            String name = row.getOrDefault("name", "").strip(); // "U.S." alone names the United States
            words.put(Words.key(word), entry(word, name.isEmpty() ? word : name, side, adjective, kind));
        }
        Map<String, Entry> regions = new HashMap<>();
        for (Map.Entry<String, Entry> w : words.entrySet()) {
            if (w.getValue().kind() == Kind.DATELINE_REGION) {
                regions.put(w.getKey(), w.getValue()); // "Ark.": matched only after a dateline's place
            } else {
                entries.add(w.getValue());
            }
        }
        return new Lexicon(entries, Map.copyOf(regions));
    }

    private static Entry entry(String name, String canonical, String side, String adjective, Kind kind) {
        List<Tok> toks = Words.tokenize(name);
        List<Boolean> acronym = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        // "The Paper", "The Hill": a name written with "The" matches only with its capitals ("the paper" is any paper)
        boolean titled = toks.size() > 1 && "The".equals(toks.get(0).text());
        for (Tok t : toks) {
            acronym.add(t.acronym());
            capital.add(titled && t != toks.get(0) && t.capitalized());
        }
        return new Entry(Words.folds(toks), List.copyOf(acronym), List.copyOf(capital), canonical, side, adjective, kind);
    }

    /** The entries in a phrase, left to right, longest first, not overlapping. */
    List<Hit> hits(List<Tok> toks) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Entry e = longestAt(toks, i);
            if (e == null) {
                i++;
            } else {
                out.add(new Hit(e, i, i + e.folds().size()));
                i += e.folds().size();
            }
        }
        return out;
    }

    private Entry longestAt(List<Tok> toks, int i) {
        for (Entry e : byFirst.getOrDefault(toks.get(i).fold(), List.of())) {
            if (matchesAt(e, toks, i)) {
                return e;
            }
        }
        return null;
    }

    /** One word in either spelling ("Stimson Centre" for "Stimson Center", "Ministry of Defence"). */
    private static boolean sameWord(String text, String entry) {
        return text.equals(entry) || PersonIndex.american(text).equals(PersonIndex.american(entry));
    }

    private static boolean matchesAt(Entry e, List<Tok> toks, int i) {
        if (i + e.folds().size() > toks.size()) {
            return false;
        }
        for (int j = 0; j < e.folds().size(); j++) {
            Tok t = toks.get(i + j);
            if (!sameWord(t.fold(), e.folds().get(j))
                    || e.acronym().get(j) && t.text().chars().anyMatch(Character::isLowerCase)
                    || e.capital().get(j) && !t.capitalized()) {
                return false;
            }
        }
        return true;
    }
}
