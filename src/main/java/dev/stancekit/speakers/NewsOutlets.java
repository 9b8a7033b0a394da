package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.speakers.WordKinds.Kind;
import java.util.HashMap;
import java.util.Map;

/**
 * News outlets ({@code news-outlets.csv}) that speak as themselves ("The Wall Street Journal
 * reported", "according to Bloomberg"), with the side of their home country from the row's
 * {@code side} (empty: {@code other}), as annotators of news give it. State media registered in
 * {@code organizations.csv} are found before this. Immutable.
 */
final class NewsOutlets {

    static final String FILE = "news-outlets.csv";
    /** The side of an outlet whose row gives none. */
    static final String SIDE = "other";

    /** Outlet by the key of its name or alias, without a leading "the". */
    private final Map<String, String> byKey;
    /** Side by outlet. */
    private final Map<String, String> sides;
    private final WordKinds words;

    private NewsOutlets(Map<String, String> byKey, Map<String, String> sides, WordKinds words) {
        this.byKey = byKey;
        this.sides = sides;
        this.words = words;
    }

    static NewsOutlets load(Resources res, WordKinds words) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> sides = new HashMap<>();
        if (res.exists(FILE)) {
            for (Map<String, String> row : res.readCsvLayers(FILE)) {
                String outlet = row.getOrDefault("outlet", "").strip();
                if (outlet.isEmpty()) {
                    continue; // the briefing stage reports the row
                }
                byKey.put(key(outlet), outlet);
                String side = row.getOrDefault("side", "").strip();
                sides.put(outlet, side.isEmpty() ? SIDE : side);
                for (String a : row.getOrDefault("aliases", "").split(";")) {
                    if (!a.isBlank()) {
                        byKey.put(key(a), outlet);
                    }
                }
            }
        }
        return new NewsOutlets(Map.copyOf(byKey), Map.copyOf(sides), words);
    }

    /**
     * The outlet a mention names whole, over its determiners, written with a capital ("the Wall
     * Street Journal", not "the paper"); null when the mention is anything more, or is one word
     * that NER tags as a person.
     */
    Speaker whole(Phrase p, java.util.function.IntFunction<String> ner) {
        int i = 0;
        while (i < p.toks.size() && words.is(p.toks.get(i).fold(), Kind.DETERMINER)) {
            i++;
        }
        if (i >= p.toks.size() || !p.toks.get(i).capitalized()) {
            return null;
        }
        String outlet = byKey.get(String.join(" ", Words.folds(p.toks.subList(i, p.toks.size()))));
        if (outlet == null || i == p.toks.size() - 1 && "PERSON".equals(ner.apply(i))) {
            return null; // "Bloomberg said" of Michael Bloomberg: NER reads a person
        }
        return Speaker.builder().canonical(outlet).type(SpeakerType.ORGANIZATION).side(sides.getOrDefault(outlet, SIDE))
                .evidence("news outlet (" + FILE + ")").build();
    }

    private static String key(String name) {
        return String.join(" ", Words.withoutThe(Words.folds(Words.tokenize(name))));
    }
}
