package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.stancekit.StanceKit;
import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions from real US–China news (2026-12-05, evening), in invented words: a headline that
 * names its speaker by a role alone ("Chinese expert says …") quotes the first person of that side
 * the body names; a mention that ends with the occasion of the words ("the spokesperson in an
 * interview") is no part of the speaker's name; "head of" a body of one side gives that side.
 */
class HeadlineRoleIsTheBodysNamedSpeakerTest {

    private static Quote quote(List<Quote> qs, String fragment) {
        return qs.stream().filter(q -> q.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError(fragment + " not in " + qs));
    }

    @Test
    void aHeadlinesRoleIsTheFirstPersonOfItsSideTheBodyQuotes() {
        String text = "Chinese expert says harbour fees are 'unfair'\n\n"
                + "The new harbour fees are unfair and will hurt trade, the deputy director of the Institute of Port "
                + "Studies in Beijing, Qiao Lanfeng, has said.\n\n\"We will respond,\" Qiao told reporters.\n";
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        assertEquals("Qiao Lanfeng", quote(qs, "unfair").speaker().canonical(), qs.toString());
    }

    @Test
    void theHeadlinesNamedRoleDoesNotHideTheNameFromTheLeadsRole() {
        // the lead's "Chinese Foreign Ministry spokesperson said" is still the person the body names later
        String text = "Students stopped at the border: Chinese FM\n\n"
                + "A day after a warning, a Chinese Foreign Ministry spokesperson said on Wednesday that there have been "
                + "frequent such incidents over the past months.\n\n"
                + "In most cases, the students were asked about their parents, Lu Haiqing, spokesperson of the Chinese "
                + "Foreign Ministry, said at the briefing.\n";
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        assertEquals("Lu Haiqing", quote(qs, "frequent such incidents").speaker().canonical(), qs.toString());
    }

    @Test
    void theOccasionOfTheWordsIsNoPartOfTheSpeakersName() {
        String text = "Fees\n\nHarbour fees will fall, the transport ministry said.\n\n"
                + "The ministry spokesperson in an interview said: \"The fees are legal and fair.\"\n";
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        String name = quote(qs, "legal and fair").speaker().canonical();
        assertFalse(name.contains("interview"), name);
    }

    @Test
    void theHeadOfABodyOfOneSideHasThatSide() {
        String text = "Ports\n\nThe rival is expanding its ability to build ports in the region, General Lara Richmond, "
                + "head of the US Southern Command, said.\n";
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        assertEquals("US", quote(qs, "build ports").speaker().side(), qs.toString());
    }
}
