package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pipeline on the five invented US–China development sets of resources/gold/quotes-dev
 * (written and annotated apart from the rules; see resources/gold/README.md), scored like
 * {@code stancekit evaluate}. The bounds sit a little below what the rules reach, so a regression
 * in extraction, speakers or sides fails.
 */
class QuotesDevSetTest {

    @ParameterizedTest(name = "set {0}")
    @CsvSource({"A, 0.95, 0.94, 0.92", "B, 0.95, 0.92, 0.93", "C, 0.93, 0.87, 0.78", "D, 0.92, 0.82, 0.87", "E, 0.96, 0.95, 0.78"})
    void devSetBounds(String set, double f1, double speaker, double side) throws IOException {
        Path dir = Path.of("resources", "gold", "quotes-dev", set);
        Score s = CorpusScore.of(dir, ".txt", dir.resolve("gold.csv"));
        System.out.println("== quotes-dev " + set + "\n" + s.render());
        assertTrue(s.f1() >= f1, "f1 " + s.f1());
        assertTrue(s.speakerAcc() >= speaker, "speaker accuracy " + s.speakerAcc());
        assertTrue(s.sideAcc() >= side, "side accuracy " + s.sideAcc());
    }
}
