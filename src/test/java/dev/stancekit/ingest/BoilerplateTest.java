package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.IngestResult;
import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateTest {

    private static final Boilerplate BP = Boilerplate.load(Resources.bundled());

    private static final String P1 = "Officials from both river ports met on Tuesday and agreed to restore the weekly "
            + "shipping hotline that had been idle since the spring, according to people present.";
    private static final String P2 = "\"We expect calmer waters from now on,\" a port spokeswoman told reporters after "
            + "the three-hour session in the coastal city.";
    private static final String P3 = "The next round is planned for the autumn, with both delegations promising to "
            + "publish a joint summary afterwards for local businesses and fishing crews.";

    @Test
    void removesChromeAndKeepsParagraphs() {
        String text = String.join("\n",
                "Harbor Talks Resume After Long Pause", "", P1, "",
                "Harbor Talks Resume After Long Pause 2", "Harbor Talks Resume After Long Pause 2", "",
                P2, "",
                "Read Next: \u2018Fishing Fleet Faces New Limits\u2019 As Season Opens, Says Trader: \u2018Tough Year\u2019", "",
                "Photo via Example Stock Agency", "",
                "Share this:", "Facebook", "",
                P3, "",
                "Related Stories", "Coastal Trade Slows As Storm Season Nears", "",
                "New Ferry Route Draws Praise From Residents", "",
                "Leave a Reply", "",
                "Your email address will not be published. Required fields are marked *", "",
                "Great article, I learned a lot about the port. \"Keep it up,\" said nobody.");
        String out = BP.strip(text, "Harbor Talks Resume After Long Pause");
        assertEquals(String.join("\n\n", "Harbor Talks Resume After Long Pause", P1, P2, P3), out);
    }

    @Test
    void titleWithSiteSuffixAndRepeatedHeadlineWithoutIt() {
        String text = "Grain Deal Extended For Winter \u2013 Valley Gazette\nNews World\n\nGrain Deal Extended For Winter\n\n" + P1;
        String out = BP.strip(text, "Grain Deal Extended For Winter \u2013 Valley Gazette");
        assertEquals("Grain Deal Extended For Winter \u2013 Valley Gazette\nNews World\n\n" + P1, out);
    }

    @Test
    void blockEndsAtBodyTextAndWordsMustMatchWhole() {
        String text = String.join("\n", P1, "", "Related Articles", "Two Mayors Sign Water Pact",
                "The minister said on Monday that the water talks would continue next week.", "",
                "Related officials said the pact would be reviewed.", "",
                "Subscribers to the ferry pass will pay less from June.", "",
                "Sharecroppers in the delta welcomed the plan.");
        String out = BP.strip(text, "");
        assertFalse(out.contains("Related Articles"));
        assertFalse(out.contains("Two Mayors Sign Water Pact"));
        assertTrue(out.contains("The minister said on Monday"));
        assertTrue(out.contains("Related officials said"));
        assertTrue(out.contains("Subscribers to the ferry pass"));
        assertTrue(out.contains("Sharecroppers in the delta"));
    }

    @Test
    void bodyLinesThatMentionCreditsOrAdsStay() {
        String text = String.join("\n\n", P1, "Advertisement campaigns by the port will start next week.",
                "Reuters reported the deal first, citing two officials.", "Photographs by residents showed long queues at the gate.");
        assertEquals(text, BP.strip(text, ""));
    }

    @Test
    void aLongParagraphScrapedTwiceIsKeptOnce() {
        String text = String.join("\n\n", P1, P2, P1.toUpperCase(Locale.ROOT), "Short line.", "Short line.");
        assertEquals(String.join("\n\n", P1, P2, "Short line.", "Short line."), BP.strip(text, ""));
    }

    @Test
    void tailRuleNeedsBodyBeforeIt() {
        String early = String.join("\n", "Comments", "", P1, "", P2);
        assertEquals(P1 + "\n\n" + P2, BP.strip(early, ""));
        String late = String.join("\n", P1, "", P2, "", "About the Author", "", "Jane Writer covers ports.", "", P3);
        assertEquals(P1 + "\n\n" + P2, BP.strip(late, ""));
    }

    @Test
    void photoCreditsAndCaptionsGo() {
        String text = String.join("\n\n", P1,
                "The two delegations shake hands before the talks in the port city. Photo Kim Lee",
                "Image: Example Wire", "(Photo credit: Harbour Authority)",
                "Delegates arrive at the port office, June 3, 2024. REUTERS/Sam Doe",
                "Image source, Example Images", "Image caption, The old quay before the works began",
                "Kim Lee/AFP via Getty Images", "Advertisement - scroll to continue",
                "Pictures show the two men shaking hands after the long meeting ended.",
                P2);
        String out = BP.strip(text, "");
        assertEquals(String.join("\n\n", P1, "Pictures show the two men shaking hands after the long meeting ended.", P2), out);
    }

    @Test
    void userRulesAddAndTurnOff(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("boilerplate.csv"), "pattern,match,note\n"
                + "Harbour Weekly Newsletter,line_starts,site promo\nFacebook,off,keep this word\n");
        Boilerplate user = Boilerplate.load(Resources.overlay(dir));
        assertEquals(BP.size(), user.size());
        String out = user.strip(String.join("\n\n", P1, "Harbour Weekly Newsletter: get it free", "Facebook"), "");
        assertEquals(P1 + "\n\nFacebook", out);
        Files.writeString(dir.resolve("boilerplate.csv"), "pattern,match\nSomething,line_sometimes\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Boilerplate.load(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains("line_sometimes"));
    }

    @Test
    void randomTextNeverThrowsAndNeverLeavesDoubleBlanks() {
        Random rnd = new Random(3);
        String[] pieces = {"\n", "\n\n", "\r\n", "Related", "Read Next:", "Comments", "Photo via ", "Leave a Reply",
            " ", "\u2018", "\"", "Title", " 3", "\t", "é", "\u00A0", "-", "#", ":"};
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(60); k > 0; k--) {
                sb.append(rnd.nextBoolean() ? pieces[rnd.nextInt(pieces.length)] : Character.toString(rnd.nextInt(0x2FFF)));
            }
            String out = BP.strip(sb.toString(), rnd.nextBoolean() ? "Title" : "");
            assertFalse(out.contains("\n\n\n"));
            assertEquals(out.strip(), out.replaceAll("^\\s*\n|\n\\s*$", "").strip());
            assertTrue(out.length() <= sb.length() + 2);
        }
    }

    /** On the real seed articles: no chrome line is left, and no body paragraph before the chrome is lost. */
    @Test
    void seedArticlesLoseTheirChromeButNotTheirBody() throws IOException {
        Path seeds = Path.of("..", "shared", "corpus", "seeds");
        if (!Files.isDirectory(seeds)) {
            seeds = Path.of("..", "..", "shared", "corpus", "seeds"); // from a worktree under /work/wt
        }
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no ../shared/corpus/seeds");
        Pattern chrome = Pattern.compile("^(related|read next|see also|posted in|leave a reply|photo via|"
                + "add comment|about the author|click here to post)\\b.*", Pattern.CASE_INSENSITIVE);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        Assumptions.assumeFalse(files.isEmpty());
        for (Path f : files) {
            String raw = Files.readString(f);
            String out;
            try (Stream<IngestResult> rs = CorpusReader.builder().boilerplate(BP).build().read(List.of(f))) {
                IngestResult r = rs.findFirst().orElseThrow();
                assertTrue(r.isOk(), f + ": " + r.message());
                out = r.article().text();
                assertFalse(DateFinder.isDateLine(r.article().title()), r.article().title());
                assertFalse(r.article().title().isBlank());
            }
            for (String line : out.split("\n")) {
                assertFalse(chrome.matcher(line.strip()).matches(), f.getFileName() + " keeps: " + line);
            }
            assertFalse(out.contains("\n\n\n"));
            List<String> body = new ArrayList<>();
            for (String line : raw.replace('\u00A0', ' ').split("\r?\n")) {
                if (chrome.matcher(line.strip()).matches()) {
                    break;
                }
                boolean credited = line.matches("(?i).*\\bphotos?\\b.{0,40}$"); // captions ending in a credit go
                if (line.strip().split("\\s+").length >= 20 && !credited) {
                    body.add(line.strip());
                }
            }
            for (String b : body) {
                assertTrue(out.contains(b), f.getFileName() + " lost: " + b.substring(0, 40).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Regression: a link block's opening word in quote marks ("\"Related:\"") was kept and read as a quote. */
    @Test
    void aBlockStartInQuoteMarksIsStillABlockStart() {
        String text = String.join("\n", P1, "", "\"Related:\"", "", "Two Mayors Sign Water Pact", "", P2);
        String out = BP.strip(text, null);
        assertFalse(out.contains("Related"), out);
        assertTrue(out.contains(P2), out);
        String quoted = String.join("\n", P1, "", "\"Related officials said the pact would hold,\" the mayor said.");
        assertTrue(BP.strip(quoted, null).contains("Related officials"), "a quoted sentence is no link block");
    }
}
