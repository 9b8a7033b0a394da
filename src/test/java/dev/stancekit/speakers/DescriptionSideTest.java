package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.StanceKit;
import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A role noun that points back to a description ("the spokesperson" after "according to a
 * spokesperson from the Ministry of Commerce") keeps the side of the ministry named earlier: the
 * description's sentence names the target of the words as often as their owner ("the U.S.").
 * Runs the whole per-article analysis on an invented article.
 */
class DescriptionSideTest {

    @Test
    void theSpokespersonKeepsTheSideOfTheMinistryNamedEarlier() {
        String text = "Beijing slams new chip rules\n\n"
                + "China's commerce ministry on Monday slammed the new U.S. chip rules, saying the two sides could have "
                + "solved the problems together.\n\n"
                + "The U.S. government published the rules on Friday, adding 12 firms to a list.\n\n"
                + "Through the joint efforts of China and the U.S., two firms were removed from the list, which shows "
                + "the two sides can find solutions, according to a spokesperson from the Ministry of Commerce.\n\n"
                + "China is firmly opposed to the new rules, the spokesperson said, calling them an act of bullying.\n\n"
                + "The spokesperson added that the U.S. move severely undermines market rules.";
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        Quote added = qs.stream().filter(q -> q.text().contains("market rules")).findFirst().orElseThrow();
        assertEquals("China", added.speaker().side(), added.speaker().toString());
        Quote opposed = qs.stream().filter(q -> q.text().contains("firmly opposed")).findFirst().orElseThrow();
        assertEquals("China", opposed.speaker().side(), opposed.speaker().toString());
    }
}
