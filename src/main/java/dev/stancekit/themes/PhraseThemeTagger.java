package dev.stancekit.themes;

import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a text with the themes of {@code themes.csv} whose phrases it contains. Phrases match on
 * word stems, so inflections and plurals match too, with the wildcards of {@link PhraseMatcher}.
 * A phrase written {@code !phrase} is an exclusion: the theme's phrases found inside an occurrence
 * of it do not count ("dialogue" tags a theme, but not inside "economic dialogue"). Immutable and
 * thread-safe. A phrase written {@code ~phrase} is weak: generic words ("dialogue", "talks",
 * "channel") that tag their theme only when no other phrase of any theme is found, so that "the
 * tariff truce shows dialogue is the way" is about trade, not military relations.
 */
public final class PhraseThemeTagger implements ThemeTagger {

    static final String FILE = "themes.csv";
    /** Fewest phrase occurrences for a main theme of a document. */
    static final int MAIN_MIN_HITS = 2;
    /** Share of the most frequent theme's occurrences a main theme needs. */
    static final double MAIN_SHARE = 1.0;

    private record Hit(int theme, boolean exclusion, boolean weak) {
    }

    private final List<String> ids;
    private final PhraseMatcher<Hit> matcher;

    private PhraseThemeTagger(List<String> ids, PhraseMatcher<Hit> matcher) {
        this.ids = List.copyOf(ids);
        this.matcher = matcher;
    }

    /**
     * Reads {@code themes.csv} (columns {@code id, label, phrases}, phrases separated by
     * {@code ;}); a row with an id seen before adds phrases to that theme. Throws
     * {@link IllegalArgumentException} naming the row on a missing id, no phrase or a bad phrase.
     */
    public static PhraseThemeTagger create(Resources res) {
        return fromRows(res.readCsv(FILE));
    }

    static PhraseThemeTagger fromRows(List<Map<String, String>> rows) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Map.Entry<String, Hit>> phrases = new ArrayList<>();
        int line = 0;
        for (Map<String, String> row : rows) {
            line++;
            String id = row.getOrDefault("id", "").strip();
            String cell = row.getOrDefault("phrases", "");
            if (id.isEmpty() || cell.isBlank()) {
                throw new IllegalArgumentException(FILE + " data row " + line + ": needs an id and phrases, got "
                        + row);
            }
            int theme = index.computeIfAbsent(id, k -> index.size());
            for (String phrase : cell.split(";")) {
                String p = phrase.strip();
                if (p.isEmpty()) {
                    continue;
                }
                boolean exclusion = p.startsWith("!");
                boolean weak = p.startsWith("~");
                String text = exclusion || weak ? p.substring(1).strip() : p;
                try {
                    PhraseMatcher.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(FILE + " data row " + line + " (" + id + "): "
                            + e.getMessage(), e);
                }
                phrases.add(Map.entry(text, new Hit(theme, exclusion, weak)));
            }
        }
        return new PhraseThemeTagger(new ArrayList<>(index.keySet()), PhraseMatcher.compile(phrases));
    }

    /** The theme ids in the order of the table. */
    public List<String> themeIds() {
        return ids;
    }

    /**
     * The themes whose phrases occur in the text; the themes of weak phrases ({@code ~dialogue})
     * only when no theme has a phrase that is not weak.
     */
    @Override
    public List<String> tag(String text) {
        return tag(find(text));
    }

    private List<String> tag(List<Match<Hit>> matches) {
        int[] strong = hits(matches, false);
        boolean any = false;
        for (int h : strong) {
            any |= h > 0;
        }
        int[] hits = any ? strong : hits(matches, true);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > 0) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /**
     * As {@link ThemeTagger#tagQuote}, but a quote whose own words have only weak phrases ("we
     * will keep talking") takes the themes its sentence names with phrases that are not weak
     * before its own weak ones; then its sentence's weak ones; then the main themes of its article.
     */
    @Override
    public List<String> tagQuote(String quote, String sentence, List<String> articleThemes) {
        List<Match<Hit>> inQuote = find(quote); // each text is searched once
        List<String> own = themes(hits(inQuote, false));
        if (!own.isEmpty()) {
            return own;
        }
        List<Match<Hit>> inSentence = null;
        if (sentence != null && !sentence.equals(quote)) {
            inSentence = find(sentence);
            List<String> around = themes(hits(inSentence, false));
            if (!around.isEmpty()) {
                return around;
            }
        }
        List<String> weak = tag(inQuote);
        if (weak.isEmpty() && inSentence != null) {
            weak = tag(inSentence);
        }
        return weak.isEmpty() && articleThemes != null ? List.copyOf(articleThemes) : weak;
    }

    /** The themes of all phrases found, weak ones included. */
    List<String> tagAll(String text) {
        return themes(hits(text, true));
    }

    private List<String> themes(int[] hits) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > 0) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /**
     * The themes a whole document is mainly about: each theme whose phrases occur at least
     * {@link #MAIN_MIN_HITS} times and at least {@link #MAIN_SHARE} as often as those of the most
     * frequent theme, in the order of the table; empty when no theme is frequent enough. Weak
     * phrases count here: an article full of talks is about them, whatever else it names.
     */
    @Override
    public List<String> mainThemes(String document) {
        int[] hits = hits(document, true);
        int max = 0;
        for (int h : hits) {
            max = Math.max(max, h);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] >= MAIN_MIN_HITS && hits[i] >= MAIN_SHARE * max) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /**
     * How many times each theme's phrases occur (outside its exclusions), by theme index; weak
     * phrases count only when {@code withWeak}.
     */
    private int[] hits(String text, boolean withWeak) {
        return hits(find(text), withWeak);
    }

    /** Every occurrence of every phrase in the text; none in a blank text. */
    private List<Match<Hit>> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return matcher.findAll(Words.tokenize(text));
    }

    private int[] hits(List<Match<Hit>> matches, boolean withWeak) {
        int[] hits = new int[ids.size()];
        List<Match<Hit>> exclusions = new ArrayList<>();
        for (Match<Hit> m : matches) {
            if (m.value().exclusion()) {
                exclusions.add(m);
            }
        }
        for (Match<Hit> m : matches) {
            if (!m.value().exclusion() && (withWeak || !m.value().weak()) && !excluded(m, exclusions)) {
                hits[m.value().theme()]++;
            }
        }
        return hits;
    }

    private static boolean excluded(Match<Hit> m, List<Match<Hit>> exclusions) {
        for (Match<Hit> x : exclusions) {
            if (x.value().theme() == m.value().theme() && x.start() <= m.start() && m.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }
}
