package dev.stancekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceKitTest {

    @TempDir
    Path dir;

    @Test
    void builderWiresTheResourceAndRegistryFolders() {
        StanceKit plain = StanceKit.builder().build();
        assertNull(plain.resources().dir());
        assertSame(plain.resources(), plain.registry());

        Path res = dir.resolve("res");
        StanceKit withRes = StanceKit.builder().resources(res).build();
        assertEquals(res, withRes.resources().dir());
        // without its own folder, the registry is read where the resources are
        assertSame(withRes.resources(), withRes.registry());

        Path reg = dir.resolve("reg");
        StanceKit both = StanceKit.builder().resources(res).registry(reg).build();
        assertEquals(res, both.resources().dir());
        assertEquals(reg, both.registry().dir());
    }

    @Test
    void defaultsIsOneSharedInstance() {
        assertSame(StanceKit.defaults(), StanceKit.defaults());
        assertNull(StanceKit.defaults().resources().dir());
    }

    @Test
    void analyzesWithTheUsersRegistry() throws Exception {
        Path reg = dir.resolve("reg");
        Files.createDirectories(reg);
        Files.writeString(reg.resolve("speakers.csv"), "canonical,aliases,side,role,organization,gender\n"
                + "Oskar Lindqvist,Oskar B. Lindqvist,other,Trade Minister of Sweden,,m\n");
        StanceKit kit = StanceKit.builder().registry(reg).build();
        assertSame(kit.analyzer(), kit.analyzer());
        String text = "June 3, 2024\n\n"
                + "\"Free ports serve everyone, and we will defend them,\" Oskar B. Lindqvist said on Monday in "
                + "Stockholm.\n\n"
                + "\"Nobody wins a tariff war,\" he added.\n";
        List<Quote> quotes = kit.analyze(Article.of("ports.txt", text));
        assertTrue(quotes.size() >= 2, quotes.toString());
        for (int i = 0; i < quotes.size(); i++) {
            assertEquals("ports.txt#" + (i + 1), quotes.get(i).id());
            assertEquals(quotes.get(i).text(), text.substring(quotes.get(i).start(), quotes.get(i).end()));
        }
        Quote first = quotes.get(0);
        assertTrue(first.text().startsWith("Free ports serve everyone"), first.text());
        assertEquals("Oskar Lindqvist", first.speaker().canonical(),
                quotes.stream().map(q -> q.speaker().toString()).collect(Collectors.joining("\n")));
        assertEquals("other", first.side());
        assertTrue(first.speaker().inRegistry());
        // the same kit with only bundled files does not know him
        Quote plain = StanceKit.builder().build().analyze(Article.of("ports.txt", text)).get(0);
        assertTrue(!plain.speaker().inRegistry() || !plain.speaker().canonical().equals("Oskar Lindqvist"),
                plain.toString());
    }
}
