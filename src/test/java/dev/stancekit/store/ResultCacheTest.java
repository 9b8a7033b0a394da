package dev.stancekit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    @TempDir
    Path out;

    private static final Article ARTICLE = Article.builder().id("harbor.txt").date(LocalDate.of(2024, 5, 2))
            .text("\"We want calm waters, not a contest,\" the admiral said on Tuesday.").build();

    private static List<Quote> quotes() {
        Speaker s = Speaker.builder().canonical("Mara Quist").type(SpeakerType.PERSON).side("US").inRegistry(true)
                .evidence("registry").build();
        Tone t = new Tone(0.25, ToneLabel.CONCILIATORY, List.of("calm"));
        return List.of(
                Quote.builder().id("harbor.txt#1").article("harbor.txt").date(LocalDate.of(2024, 5, 2))
                        .kind(QuoteKind.DIRECT).text("We want calm waters, not a contest").cue("said")
                        .speakerMention("the admiral").speaker(s).themes(List.of("security", "maritime")).tone(t)
                        .span(1, 35).build(),
                Quote.builder().id("harbor.txt#2").article("harbor.txt").kind(QuoteKind.INDIRECT).text("talks go on")
                        .cue("").speakerMention("").speaker(Speaker.NONE).themes(List.of()).tone(Tone.NEUTRAL)
                        .span(40, 51).build());
    }

    @Test
    void putThenGetGivesTheQuotesBack() {
        ResultCache cache = new ResultCache(out, "v1");
        assertEquals(Optional.empty(), cache.get(ARTICLE));
        cache.put(ARTICLE, quotes());
        List<Quote> back = cache.get(ARTICLE).orElseThrow();
        assertEquals(2, back.size());
        for (int i = 0; i < back.size(); i++) {
            Quote a = quotes().get(i);
            Quote b = back.get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.text(), b.text());
            assertEquals(a.date(), b.date());
            assertEquals(a.kind(), b.kind());
            assertEquals(a.themes(), b.themes());
            assertEquals(a.side(), b.side());
            assertEquals(a.speaker().canonical(), b.speaker().canonical());
            assertEquals(a.tone().label(), b.tone().label());
            assertEquals(a.tone().score(), b.tone().score(), 1e-9);
            assertEquals(a.start(), b.start());
            assertEquals(a.end(), b.end());
        }
        // a second cache over the same folder and fingerprint sees it (a later run)
        assertTrue(new ResultCache(out, "v1").get(ARTICLE).isPresent());
    }

    @Test
    void anEmptyResultIsCachedToo() {
        ResultCache cache = new ResultCache(out, "v1");
        cache.put(ARTICLE, List.of());
        assertEquals(Optional.of(List.of()), cache.get(ARTICLE));
    }

    @Test
    void theKeyChangesWithHashFingerprintAndId() {
        ResultCache cache = new ResultCache(out, "v1");
        cache.put(ARTICLE, quotes());
        Article edited = ARTICLE.toBuilder().text(ARTICLE.text() + " More later.").hash(null).build();
        assertNotEquals(ARTICLE.hash(), edited.hash());
        assertEquals(Optional.empty(), cache.get(edited));
        assertEquals(Optional.empty(), cache.get(ARTICLE.toBuilder().hash("0123abcd").build()));
        assertEquals(Optional.empty(), cache.get(ARTICLE.toBuilder().id("harbor-copy.txt").build()));
        assertEquals(Optional.empty(), new ResultCache(out, "v2").get(ARTICLE));
        assertNotEquals(cache.file(ARTICLE), new ResultCache(out, "v2").file(ARTICLE));
        assertNotEquals(cache.file(ARTICLE), cache.file(edited));
        // the other fields do not matter
        assertTrue(cache.get(ARTICLE.toBuilder().title("Other headline").build()).isPresent());
    }

    @Test
    void aDamagedEntryIsRecomputed() throws IOException {
        ResultCache cache = new ResultCache(out, "v1");
        cache.put(ARTICLE, quotes());
        Path f = cache.file(ARTICLE);
        assertTrue(Files.isRegularFile(f));
        assertTrue(f.startsWith(out.resolve(".stancekit").resolve("cache")));
        String whole = Files.readString(f);
        Files.writeString(f, whole.substring(0, whole.indexOf('\n') + 1) + "harbor.txt#1,harbor.txt,not-a-date\n");
        assertEquals(Optional.empty(), cache.get(ARTICLE));
        Files.writeString(f, "garbage without the columns\n");
        assertEquals(Optional.empty(), cache.get(ARTICLE));
        cache.put(ARTICLE, quotes());
        assertEquals(2, cache.get(ARTICLE).orElseThrow().size());
    }

    @Test
    void clearDeletesEveryEntry() throws IOException {
        ResultCache cache = new ResultCache(out, "v1");
        cache.clear(); // nothing there yet: no error
        Article other = Article.of("other.txt", "\"Fine,\" she said.");
        cache.put(ARTICLE, quotes());
        cache.put(other, List.of());
        cache.clear();
        assertEquals(Optional.empty(), cache.get(ARTICLE));
        assertEquals(Optional.empty(), cache.get(other));
        try (var s = Files.list(out.resolve(".stancekit").resolve("cache"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void hammerRandomQuoteTextsRoundTrip() {
        java.util.Random rnd = new java.util.Random(11);
        String alphabet = "ab \"',;\n\r\t=+-@#\u201c\u201d\u00e9\u4e2d\u00a0x1.";
        ResultCache cache = new ResultCache(out, "hammer");
        for (int i = 0; i < 300; i++) {
            String text = random(rnd, alphabet, 1 + rnd.nextInt(40));
            String cue = random(rnd, alphabet, rnd.nextInt(6));
            String mention = random(rnd, alphabet, rnd.nextInt(10));
            Article a = Article.of("r" + i + ".txt", text);
            Quote q = Quote.builder().id(a.id() + "#1").article(a.id()).kind(QuoteKind.DIRECT).text(text).cue(cue)
                    .speakerMention(mention).themes(List.of("trade")).span(0, text.length()).build();
            cache.put(a, List.of(q));
            List<Quote> got = cache.get(a).orElseThrow(() -> new AssertionError("entry unreadable for " + text));
            assertEquals(1, got.size());
            Quote back = got.get(0);
            assertEquals(text, back.text(), "text");
            assertEquals(cue, back.cue(), "cue");
            assertEquals(mention, back.speakerMention(), "mention");
        }
    }

    private static String random(java.util.Random rnd, String alphabet, int len) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < len; j++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
