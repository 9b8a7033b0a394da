package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.Spans;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the registry and the evidence rules on the real seed articles: the gold speaker names,
 * used as antecedents, must get the gold side, and every way the articles write a gold person's
 * name must resolve to one canonical name. Skipped when ../shared is not there.
 */
class RegistrySpeakerResolverSeedsTest {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");

    static Path corpus;
    static RegistrySpeakerResolver resolver;
    static List<CSVRecord> gold;

    @BeforeAll
    static void load() throws IOException {
        for (String c : List.of("../shared/corpus", "../../shared/corpus")) {
            if (Files.isRegularFile(Path.of(c, "seeds-gold.csv"))) {
                corpus = Path.of(c);
            }
        }
        Assumptions.assumeTrue(corpus != null, "no ../shared/corpus: seed checks skipped");
        resolver = RegistrySpeakerResolver.create(Resources.bundled());
        try (Reader r = Files.newBufferedReader(corpus.resolve("seeds-gold.csv"), StandardCharsets.UTF_8)) {
            gold = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static String text(String article) throws IOException {
        return Files.readString(corpus.resolve("seeds").resolve(article), StandardCharsets.UTF_8);
    }

    static Speaker resolve(String text, String mention) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(mention.toLowerCase(Locale.ROOT));
        QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(0, 1).cue("said"), mention, at)
                .antecedent(mention).mentionType(MentionType.NAME).build();
        return resolver.resolve(q, Article.of("seed", text), null);
    }

    @Test
    void goldSpeakersGetTheGoldSide() throws IOException {
        int scored = 0, right = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> canonicalsOfGold = new TreeMap<>();
        Map<String, Set<String>> goldOfCanonical = new TreeMap<>();
        for (CSVRecord g : gold) {
            String name = g.get("speaker").strip();
            String side = g.get("side").strip();
            if (name.isEmpty() || side.isEmpty()) {
                continue;
            }
            Speaker s = resolve(text(g.get("article")), name);
            scored++;
            if (side.equals("*") || side.equalsIgnoreCase(s.side())) {
                right++;
            } else {
                wrong.add(name + " -> " + s);
            }
            canonicalsOfGold.computeIfAbsent(name, k -> new TreeSet<>()).add(s.canonical());
            goldOfCanonical.computeIfAbsent(s.canonical(), k -> new TreeSet<>()).add(name);
        }
        double acc = scored == 0 ? 0 : (double) right / scored;
        System.out.printf(Locale.ROOT, "seed gold speakers: side accuracy %.3f (%d/%d)%n", acc, right, scored);
        assertTrue(scored > 0);
        assertTrue(acc >= 0.95, "side accuracy " + acc + "; wrong: " + wrong);
        canonicalsOfGold.forEach((n, c) -> assertEquals(1, c.size(), n + " got several canonicals " + c));
        goldOfCanonical.forEach((c, n) -> assertEquals(1, n.size(), "'" + c + "' merges " + n));
    }

    @Test
    void everyWritingOfAGoldPersonGetsOneCanonical() throws IOException {
        Map<String, Set<String>> canonicals = new TreeMap<>();
        Map<String, String> sides = new HashMap<>();
        int variants = 0;
        for (CSVRecord g : gold) {
            String name = g.get("speaker").strip();
            String text = text(g.get("article"));
            Speaker whole = resolve(text, name);
            if (whole.type() != SpeakerType.PERSON || !whole.inRegistry()) {
                continue;
            }
            sides.put(whole.canonical(), whole.side());
            for (String word : name.split("\\s+")) {
                if (PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // the word with up to three capitalised words (titles, given names) before it and one after
                Matcher m = Pattern.compile("(?:(?:[A-Z]\\p{Ll}*\\.?|[A-Z]{2,4})\\h+){0,3}(?<!\\p{L})" + Pattern.quote(word)
                        + "(?!\\p{L})(?:\\h+[A-Z]\\p{Ll}*)?").matcher(text);
                while (m.find()) {
                    Speaker s = resolve(text, m.group());
                    variants++;
                    canonicals.computeIfAbsent(whole.canonical(), k -> new TreeSet<>())
                            .add(s.canonical() + " <- " + m.group());
                    assertEquals(whole.canonical(), s.canonical(), "'" + m.group() + "' in " + g.get("article"));
                    assertEquals(whole.side(), s.side(), m.group());
                }
            }
        }
        System.out.println("seed name variants resolved: " + variants + " " + canonicals);
        assertTrue(variants > 0);
    }
}
