package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every quote form on invented sentences, through CoreNLP and the whole extractor. */
class RuleQuoteExtractorTest {

    private static void assertQuote(QuoteSpan q, QuoteKind kind, String text, String mention, String antecedent,
                                    MentionType type) {
        assertEquals(kind, q.kind(), () -> "kind of " + q);
        assertEquals(text, q.text());
        assertEquals(mention, q.mention(), () -> "mention of " + q);
        assertEquals(antecedent, q.antecedent(), () -> "antecedent of " + q);
        assertEquals(type, q.mentionType(), () -> "mention type of " + q);
    }

    @Test
    void curlyQuoteBeforeNamedSpeaker() {
        String t = "“We will keep the channel open,” Laura Benton said on Monday.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(1, qs.size(), dump(qs));
        QuoteSpan q = qs.get(0);
        assertQuote(q, QuoteKind.DIRECT, "We will keep the channel open,", "Laura Benton", "Laura Benton",
                MentionType.NAME);
        assertEquals(t.indexOf("We will"), q.start());
        assertEquals(java.util.OptionalInt.of(t.indexOf("Laura")), q.mentionAt());
        assertEquals("said", q.cue());
    }

    @Test
    void straightQuoteAfterColon() {
        String t = "Senator Karen Holt said: \"The hotline must work at all hours.\"";
        QuoteSpan q = quote(extract(t), "hotline");
        assertQuote(q, QuoteKind.DIRECT, "The hotline must work at all hours.", "Senator Karen Holt", "Karen Holt",
                MentionType.NAME);
    }

    @Test
    void backticksAsBothMarksWithOrganisation() {
        String t = "`Dialogue beats silence every time,` the ministry said.";
        QuoteSpan q = quote(extract(t), "Dialogue");
        assertQuote(q, QuoteKind.DIRECT, "Dialogue beats silence every time,", "the ministry", "the ministry",
                MentionType.ORGANIZATION);
    }

    @Test
    void latexMarksWithInversion() {
        String t = "``We are ready to listen,'' said Adm. Thomas Becker.";
        QuoteSpan q = quote(extract(t), "ready");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("We are ready to listen,", q.text());
        assertTrue(q.mention().endsWith("Thomas Becker"), q.mention());
    }

    @Test
    void curlySingleQuoteWithPronounSpeaker() {
        String t = "Ambassador Ruth Okafor said the talks had been useful.\n\n"
                + "‘Trade should never be a weapon,’ she said.";
        List<QuoteSpan> qs = extract(t);
        QuoteSpan q = quote(qs, "Trade should");
        assertQuote(q, QuoteKind.DIRECT, "Trade should never be a weapon,", "she", "Ruth Okafor", MentionType.PRONOUN);
        assertEquals(2, qs.size(), dump(qs));
    }

    @Test
    void straightSingleQuoteInsideReportedSpeech() {
        String t = "The minister said the proposal was 'a dead end' for both governments.";
        QuoteSpan q = quote(extract(t), "dead end");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("a dead end", q.text());
        assertEquals("The minister", q.mention());
    }

    @Test
    void apostrophesAreNotQuotes() {
        String t = "The ministers' aides didn't travel, and China's envoy stayed home.";
        assertTrue(extract(t).isEmpty());
    }

    @Test
    void guillemets() {
        String t = "«We remain open to dialogue,» the embassy said in a statement.";
        QuoteSpan q = quote(extract(t), "open to dialogue");
        assertQuote(q, QuoteKind.DIRECT, "We remain open to dialogue,", "the embassy", "the embassy",
                MentionType.ORGANIZATION);
    }

    @Test
    void partialQuoteAfterUrge() {
        String t = "Foreign Minister Zhang Wei urged Canberra to avoid “confusing messages” about the port deal.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(1, qs.size(), dump(qs));
        QuoteSpan q = qs.get(0);
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("confusing messages", q.text());
        assertEquals("Zhang Wei", q.antecedent());
        assertEquals("urged", q.cue());
    }

    @Test
    void multiParagraphQuoteKeepsSpeaker() {
        String t = "“The first point is simple,” Senator Amy Walsh said. “We need a hotline that works.\n\n"
                + "“The second point is trust. Without it nothing moves.”\n\n"
                + "The hearing ended at noon.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(3, qs.size(), dump(qs));
        for (QuoteSpan q : qs) {
            assertEquals("Amy Walsh", q.antecedent(), dump(qs));
            assertEquals(QuoteKind.DIRECT, q.kind());
        }
        assertEquals("We need a hotline that works.", qs.get(1).text());
        assertEquals("The second point is trust. Without it nothing moves.", qs.get(2).text());
    }

    @Test
    void unclosedMarkStaysInItsParagraph() {
        String t = "The envoy said the phrase “red line was overused in the talks.\n\n"
                + "Officials met again on Friday. The weather was mild.";
        int firstParagraphEnd = t.indexOf('\n');
        for (QuoteSpan q : extract(t)) {
            assertTrue(q.end() <= firstParagraphEnd, q::toString);
        }
    }

    @Test
    void reportedSpeechPatterns() {
        String t = "The spokesman said that the drills were routine.\n\n"
                + "General Omar Reyes urged Beijing to reopen the military hotline.\n\n"
                + "The ambassador called on both navies to avoid unsafe encounters.\n\n"
                + "Secretary Dana Price stressed the need for regular contact between commanders.\n\n"
                + "She warned that a miscalculation could spiral into conflict.\n\n"
                + "The minister noted the progress made on drug enforcement cooperation.\n\n"
                + "Beijing reiterated its opposition to arms sales to the island.\n\n"
                + "The Pentagon expressed concern about the unsafe intercept.\n\n"
                + "Analyst Mei Lin pointed out that both economies depend on each other.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(9, qs.size(), dump(qs));
        qs.forEach(q -> assertEquals(QuoteKind.INDIRECT, q.kind(), dump(qs)));
        assertEquals("the drills were routine", quote(qs, "drills").text());
        assertEquals("Beijing to reopen the military hotline", quote(qs, "hotline").text());
        assertEquals("both navies to avoid unsafe encounters", quote(qs, "navies").text());
        assertEquals("called on", quote(qs, "navies").cue());
        assertEquals("the need for regular contact between commanders", quote(qs, "regular contact").text());
        QuoteSpan warned = quote(qs, "miscalculation");
        assertEquals("a miscalculation could spiral into conflict", warned.text());
        assertEquals("Dana Price", warned.antecedent());
        assertEquals(MentionType.PRONOUN, warned.mentionType());
        assertEquals("the progress made on drug enforcement cooperation", quote(qs, "progress").text());
        QuoteSpan beijing = quote(qs, "opposition");
        assertEquals("Beijing", beijing.mention());
        assertEquals(MentionType.ORGANIZATION, beijing.mentionType());
        assertEquals(MentionType.ORGANIZATION, quote(qs, "intercept").mentionType());
        assertEquals("pointed out", quote(qs, "economies").cue());
    }

    @Test
    void accordingToAndToldReporters() {
        String t = "According to Chinese officials, the meeting lasted more than two hours.\n\n"
                + "Defense Secretary Paul Morrow told reporters that the visit was productive.\n\n"
                + "The visit lasted two days, according to a statement from the ministry.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(3, qs.size(), dump(qs));
        assertTrue(quote(qs, "two days").mention().contains("statement from the ministry"), dump(qs));
        QuoteSpan acc = quote(qs, "two hours");
        assertEquals("the meeting lasted more than two hours", acc.text());
        assertEquals("Chinese officials", acc.mention());
        assertEquals(MentionType.ANONYMOUS, acc.mentionType());
        assertEquals("the visit was productive", quote(qs, "productive").text());
        assertEquals("Paul Morrow", quote(qs, "productive").antecedent());
    }

    @Test
    void anonymousSpeakersAndTrailingAttribution() {
        String t = "A senior US defense official, speaking on condition of anonymity, said the call was constructive.\n\n"
                + "The two sides will hold more talks next year, the official said.\n\n"
                + "A person familiar with the talks said the agenda was narrow.\n\n"
                + "The visit could slip to the spring, the person said.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(4, qs.size(), dump(qs));
        assertEquals("A senior US defense official", quote(qs, "constructive").mention());
        QuoteSpan trailing = quote(qs, "more talks");
        assertEquals("The two sides will hold more talks next year", trailing.text());
        assertEquals("the official", trailing.mention());
        assertEquals("A senior US defense official", trailing.antecedent());
        assertEquals(MentionType.ANONYMOUS, trailing.mentionType());
        assertEquals("A person familiar with the talks", quote(qs, "agenda").mention());
        assertEquals("A person familiar with the talks", quote(qs, "spring").antecedent());
    }

    @Test
    void titleResolvesToNamedPerson() {
        String t = "US Secretary of State Anna Cole arrived in Beijing on Sunday.\n\n"
                + "The Secretary said the visit was long overdue.";
        QuoteSpan q = quote(extract(t), "overdue");
        assertEquals("The Secretary", q.mention());
        assertEquals("Anna Cole", q.antecedent());
        assertEquals(MentionType.TITLE, q.mentionType());
    }

    @Test
    void titleAndSurnameResolveToFullName() {
        String t = "Defense Minister Chen Hao met his counterpart in Jakarta.\n\n"
                + "“Calm seas serve everyone,” Mr. Chen said after the meeting.";
        QuoteSpan q = quote(extract(t), "Calm seas");
        assertEquals("Mr. Chen", q.mention());
        assertEquals("Chen Hao", q.antecedent());
        assertEquals(MentionType.NAME, q.mentionType());
    }

    @Test
    void organisationWithPossessive() {
        String t = "China's Foreign Ministry said the sanctions were illegal and would backfire.";
        QuoteSpan q = quote(extract(t), "sanctions");
        assertEquals("China's Foreign Ministry", q.mention());
        assertEquals(MentionType.ORGANIZATION, q.mentionType());
    }

    @Test
    void quoteOnlyParagraphContinuesPreviousSpeaker() {
        String t = "A US spokesperson said the talks were candid and long.\n\n"
                + "“Both sides heard each other out on every issue.”";
        List<QuoteSpan> qs = extract(t);
        assertEquals(2, qs.size(), dump(qs));
        assertEquals("A US spokesperson", quote(qs, "heard each other").antecedent());
    }

    @Test
    void nonQuotesAreRejected() {
        String t = "The coast guard used so-called “gray zone” tactics near the shoal.\n\n"
                + "The “gray zone” tactics worried fishermen across the area.\n\n"
                + "Her memoir “The Long Thaw” was published by a university press in May.\n\n"
                + "The embassy did not respond to a request for comment.\n\n"
                + "The two ministers agreed to meet again and discussed maritime safety.\n\n"
                + "Related: “We Will Not Blink,” Says Navy Chief In Pacific Standoff\n\n"
                + "Read Next: ‘A Costly Mistake’ Says Trade Expert: ‘Tariffs Hurt Both Sides’\n\n"
                + "What the envoy said matters less than what the navy does at sea.\n\n"
                + "The minister said the visit went well. “Wolf Warrior” broke box office records that year.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(1, qs.size(), dump(qs));
        assertEquals("the visit went well", qs.get(0).text());
    }

    @Test
    void participleSharesTheSpeaker() {
        String t = "“The door is open,” Ms. Irene Walsh said, adding that any visit needed careful planning.";
        List<QuoteSpan> qs = extract(t);
        assertEquals("Irene Walsh", quote(qs, "door is open").antecedent(), dump(qs));
        assertEquals("Irene Walsh", quote(qs, "careful planning").antecedent(), dump(qs));
    }

    @Test
    void quoteDescribingAnotherSpeakerBelongsToTheAttribution() {
        String t = "“Secretary Lane stressed the value of port visits,” the department said.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(1, qs.size(), dump(qs));
        assertEquals("the department", qs.get(0).mention());
    }

    @Test
    void spansMatchTheArticleText() {
        String t = "Officials said the summit would go ahead.\n\n“It is on,” an aide said. ‘Yes,’ he said.";
        for (QuoteSpan q : extract(t)) {
            assertEquals(t.substring(q.start(), q.end()), q.text());
            q.mentionAt().ifPresent(at -> assertTrue(t.startsWith(q.mention(), at), q::toString));
            assertTrue(q.context().contains(q.text()), q::toString);
        }
    }

    @Test
    void splitQuoteAroundTheAttribution() {
        List<QuoteSpan> qs = extract("Ambassador Noor Haddad spoke last.\n\n“The door,” she said, “remains open to all.”");
        assertEquals("Noor Haddad", quote(qs, "The door").antecedent(), dump(qs));
        assertEquals("Noor Haddad", quote(qs, "remains open").antecedent(), dump(qs));
    }

    @Test
    void wireStoryPatterns() {
        String t = "Beijing hits back over new export curbs\n\n"
                + "BEIJING — China on Tuesday accused the US of “economic coercion” after the curbs were announced.\n\n"
                + "“This is a reckless step,” Rep. Dale Ortiz, chairman of the House select panel on trade, said in a statement.\n\n"
                + "The two presidents spoke for an hour, the White House said.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(3, qs.size(), dump(qs));
        assertEquals("China", quote(qs, "coercion").mention());
        assertEquals("Dale Ortiz", quote(qs, "reckless").antecedent());
        assertEquals("The two presidents spoke for an hour", quote(qs, "presidents").text());
    }

    @Test
    void rankAbbreviationDoesNotCutTheSpeaker() {
        String t = "Indian Lt. Gen. Ravi Rao noted the return of joint drills as a good sign.";
        QuoteSpan q = quote(extract(t), "joint drills");
        assertTrue(q.mention().endsWith("Ravi Rao"), q::toString);
        assertEquals("the return of joint drills as a good sign", q.text());
    }

    @Test
    void moreWireStoryPatterns() {
        String t = "Critics say the line rings unanswered in a crisis.\n\n"
                + "\"They simply hung up,\" recalled a former US diplomat who was involved.\n\n"
                + "The ministry has rejected that account, calling it “a smear.”\n\n"
                + "The talks lasted an hour, according to the agency's annual report.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(4, qs.size(), dump(qs));
        assertTrue(quote(qs, "an hour").mention().contains("annual report"), dump(qs));
        assertEquals("Critics", quote(qs, "unanswered").mention());
        assertEquals("a former US diplomat", quote(qs, "hung up").mention());
        assertEquals("The ministry", quote(qs, "smear").mention());
    }

    @Test
    void partialQuoteBeforeTrailingAttribution() {
        List<QuoteSpan> qs = extract("China is ready to “work hand in hand” with the US on trade, Minister Qin Bo said.");
        assertEquals(1, qs.size(), dump(qs));
        assertEquals(QuoteKind.PARTIAL, qs.get(0).kind());
        assertEquals("work hand in hand", qs.get(0).text());
        assertEquals("Qin Bo", qs.get(0).antecedent());
    }

    @Test
    void concurrentCallsGiveTheSameResults() throws Exception {
        String t = "“We will keep the channel open,” Laura Benton said on Monday.\n\n"
                + "She warned that a miscalculation could spiral into conflict.\n\n"
                + "The two sides will hold more talks next year, a senior official said.";
        dev.stancekit.nlp.AnnotatedText doc = Fixture.annotate(t);
        Article a = Article.of("c", t);
        List<QuoteSpan> expected = Fixture.extractor().extract(a, doc);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<QuoteSpan>>> fs = new java.util.ArrayList<>();
            for (int k = 0; k < 200; k++) {
                fs.add(pool.submit(() -> Fixture.extractor().extract(a, doc)));
            }
            for (java.util.concurrent.Future<List<QuoteSpan>> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, expected.size(), dump(expected));
    }

    @Test
    void multiParagraphQuoteAttributedAtItsEnd() {
        String t = "Officials met on Friday.\n\n“The first thing is trust.\n\n“The second is patience,” Minister Ada Stone said.";
        List<QuoteSpan> qs = extract(t);
        assertEquals(2, qs.size(), dump(qs));
        assertEquals("Ada Stone", quote(qs, "first thing").antecedent());
        assertEquals("Ada Stone", quote(qs, "second is").antecedent());
    }

    @Test
    void fullTitleAtSentenceEndDoesNotJoinSentences() {
        String t = "Officials met the president. The talks would go on, he said.";
        List<QuoteSpan> qs = extract(t);
        assertEquals("The talks would go on", quote(qs, "talks").text(), dump(qs));
    }

    @Test
    void rejectsTextFromAnotherString() {
        RuleQuoteExtractor ex = Fixture.extractor();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ex.extract(Article.of("x", "One text."), Fixture.annotate("Another text.")));
        assertTrue(e.getMessage().contains("x"));
    }
}
