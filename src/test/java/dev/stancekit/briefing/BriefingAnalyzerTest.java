package dev.stancekit.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.CoreNlpAnnotator;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.quotes.RuleQuoteExtractor;
import dev.stancekit.speakers.RegistrySpeakerResolver;
import dev.stancekit.themes.PhraseThemeTagger;
import dev.stancekit.tone.LexiconToneScorer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The briefing reader with the real stages and registry, on transcripts written for these tests. */
class BriefingAnalyzerTest {

    private static BriefingAnalyzer auto;
    private static BriefingAnalyzer always;

    @BeforeAll
    static void build() {
        Resources res = Resources.bundled();
        var extractor = RuleQuoteExtractor.create(res);
        var speakers = RegistrySpeakerResolver.create(res);
        var themes = PhraseThemeTagger.create(res);
        var tone = LexiconToneScorer.create(res);
        auto = BriefingAnalyzer.create(res, extractor, speakers, themes, tone, BriefingAnalyzer.Mode.AUTO);
        always = BriefingAnalyzer.create(res, extractor, speakers, themes, tone, BriefingAnalyzer.Mode.ALWAYS);
    }

    private static List<Quote> analyze(BriefingAnalyzer b, String id, String text) {
        Article a = Article.of(id, text);
        return b.analyze(a, CoreNlpAnnotator.shared().annotate(text));
    }

    private static final String QA = String.join("\n",
            "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference",
            "",
            "Q: Kyodo News. A US admiral said the navy would sail through the strait again. What is your comment?",
            "",
            "A: We firmly oppose such provocations in the Taiwan Strait. The US should stop sending warships.",
            "",
            "As President Xi Jinping said, the two countries should respect each other's core interests.",
            "",
            "Q: Will there be a call between the two defense chiefs?",
            "",
            "A: I have nothing to share at the moment.");

    @Test
    void answerLabelsInheritThePodiumSpeakerNamedInTheHeader() {
        List<Quote> q = analyze(auto, "qa.txt", QA);
        List<Quote> statements = q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT).toList();
        assertEquals(3, statements.size(), q.toString());
        for (Quote s : statements) {
            assertEquals("Mao Ning", s.speaker().canonical());
            assertEquals("China", s.side());
        }
    }

    @Test
    void questionsAreKeptWithTheirOutletAndLinkedToTheirAnswer() {
        List<Quote> q = analyze(auto, "qa.txt", QA);
        List<Quote> questions = q.stream().filter(x -> x.kind() == QuoteKind.QUESTION).toList();
        assertEquals(2, questions.size());
        assertEquals("Kyodo News", questions.get(0).speaker().canonical());
        assertEquals("reporter", questions.get(1).speaker().canonical());
        assertFalse(questions.get(0).countsForTone());
        String firstId = questions.get(0).id();
        long replies = q.stream().filter(x -> x.inReplyTo().equals(firstId)).count();
        assertTrue(replies >= 2, "both paragraphs of the first answer reply to the first question: " + q);
        Quote last = q.get(q.size() - 1);
        assertEquals(QuoteKind.STATEMENT, last.kind());
        assertEquals(questions.get(1).id(), last.inReplyTo());
        assertTrue(questions.get(0).inReplyTo().isEmpty());
    }

    @Test
    void embeddedQuotesKeepTheirOwnSpeaker() {
        List<Quote> q = analyze(auto, "qa.txt", QA);
        Quote xi = q.stream().filter(x -> x.text().startsWith("the two countries should respect")).findFirst().orElseThrow();
        assertEquals("Xi Jinping", xi.speaker().canonical());
        assertEquals(QuoteKind.INDIRECT, xi.kind());
        assertTrue(q.stream().noneMatch(x -> x.kind() != QuoteKind.STATEMENT && x.kind() != QuoteKind.QUESTION
                && x.speaker().canonical().equals("Mao Ning")), "first-person 'We oppose' stays in the statement");
        assertTrue(q.stream().noneMatch(x -> x.text().contains("A US admiral") && x.kind() == QuoteKind.INDIRECT),
                "reported speech inside a question stays in the question");
    }

    @Test
    void idsFollowTextOrder() {
        List<Quote> q = analyze(auto, "qa.txt", QA);
        for (int i = 0; i < q.size(); i++) {
            assertEquals("qa.txt#" + (i + 1), q.get(i).id());
            assertTrue(i == 0 || q.get(i - 1).start() <= q.get(i).start());
        }
    }

    private static final String STATE = String.join("\n",
            "Department Press Briefing",
            "Matthew Miller, Spokesperson",
            "",
            "MR MILLER: Good afternoon. I have nothing at the top.",
            "",
            "QUESTION: Lee Kim, Reuters. Is the Secretary going to Beijing?",
            "",
            "MR MILLER: I don't have any travel to announce. (Laughter.) We want open lines with the PRC.",
            "",
            "MODERATOR: Last one.",
            "",
            "QUESTION: On chips?",
            "",
            "MR MILLER: Export controls protect our national security.");

    @Test
    void aSurnameLabelIsTheHeaderPersonNotAnotherRegisteredMiller() {
        List<Quote> q = analyze(auto, "state.txt", STATE);
        List<Quote> statements = q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT).toList();
        assertEquals(3, statements.size());
        statements.forEach(s -> assertEquals("Matthew Miller", s.speaker().canonical()));
        statements.forEach(s -> assertEquals("US", s.side()));
        assertEquals("I don't have any travel to announce. We want open lines with the PRC.", statements.get(1).text(),
                "stage directions are left out");
        assertEquals("Reuters", q.stream().filter(x -> x.kind() == QuoteKind.QUESTION).findFirst().orElseThrow()
                .speaker().canonical());
        assertTrue(q.stream().noneMatch(x -> x.text().contains("Last one")), "moderator lines are not quotes");
    }

    @Test
    void theModeratorLineDoesNotBreakTheQuestionAnswerLink() {
        List<Quote> q = analyze(auto, "state.txt", STATE);
        Quote chips = q.stream().filter(x -> x.text().equals("On chips?")).findFirst().orElseThrow();
        assertEquals(chips.id(), q.get(q.size() - 1).inReplyTo());
        assertEquals("", q.get(0).inReplyTo(), "the opening statement replies to nothing");
    }

    @Test
    void layoutDecidesByDefault() {
        assertTrue(auto.accepts(Article.of("qa.txt", QA)));
        assertTrue(auto.accepts(Article.of("state.txt", STATE)));
        String prose = "WASHINGTON - The State Department said on Monday that talks would resume.\n\n"
                + "\"We want open lines,\" spokesman Matthew Miller said.\n\nNote: the talks were delayed.";
        assertFalse(auto.accepts(Article.of("prose.txt", prose)));
        String oneLabel = "Lin Jian: We oppose the sale.\n\nThe ministry said more later.";
        assertFalse(auto.accepts(Article.of("one.txt", oneLabel)), "one answer and no question is not a transcript");
        assertTrue(always.accepts(Article.of("one.txt", oneLabel)), "--input-format transcript reads it as one");
        assertFalse(always.accepts(Article.of("prose.txt", "Nothing here is labelled.")));
        String interview = "Talking trade with a retired diplomat\n\nShe spoke to us at her home.\n\n"
                + "Q: Will the tariffs last?\n\nA: I think so.\n\nQ: Why?\n\nA: Both sides want leverage.";
        assertFalse(auto.accepts(Article.of("interview.txt", interview)), "a news interview in Q:/A: form stays prose");
        assertTrue(always.accepts(Article.of("interview.txt", interview)));
        assertTrue(auto.accepts(Article.of("interview.txt", interview.replace("Talking trade with",
                "Press briefing by"))), "unless its header names a briefing");
    }

    @Test
    void aDefenceMinistryColonelIsResolvedThroughTheRegistry() {
        String text = String.join("\n", "Regular Press Conference of the Ministry of National Defense", "",
                "Senior Colonel Zhang Xiaogang: Good afternoon.", "",
                "Reporter: Xinhua. How were the maritime talks?", "",
                "Senior Colonel Zhang Xiaogang: The talks were candid and constructive.");
        List<Quote> q = analyze(auto, "mnd.txt", text);
        List<Quote> statements = q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT).toList();
        assertEquals(2, statements.size());
        statements.forEach(s -> assertEquals("Zhang Xiaogang", s.speaker().canonical()));
        statements.forEach(s -> assertEquals("China", s.side()));
        Quote question = q.stream().filter(x -> x.kind() == QuoteKind.QUESTION).findFirst().orElseThrow();
        assertEquals("Xinhua", question.speaker().canonical());
        assertEquals("China", question.side(), "state media take their side from organizations.csv");
    }

    @Test
    void aJointPressConferenceWithTitledLabelsAndAnInaudibleQuestion() {
        String text = String.join("\n", "Press Conference with Secretary of Defense Lloyd J. Austin III", "",
                "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Good morning. We will keep working with our allies.", "",
                "Q: Thank you, Mr. Secretary. Sam Ortiz, NPR. Will you call your Chinese counterpart?", "",
                "SEC. AUSTIN: I would welcome a call at any time.", "",
                "Q: (Off mic.)", "",
                "SEC. AUSTIN: Thanks, everybody.");
        List<Quote> q = analyze(auto, "joint.txt", text);
        assertEquals(List.of(QuoteKind.STATEMENT, QuoteKind.QUESTION, QuoteKind.STATEMENT, QuoteKind.STATEMENT),
                q.stream().map(Quote::kind).toList(), "an inaudible question is no quote: " + q);
        q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT)
                .forEach(s -> assertEquals("Lloyd Austin", s.speaker().canonical()));
        assertEquals("NPR", q.get(1).speaker().canonical(), "the outlet after 'Mr. Secretary.'");
        assertEquals(q.get(1).id(), q.get(2).inReplyTo());
        assertEquals("", q.get(3).inReplyTo(), "nothing heard, nothing answered");
    }

    @Test
    void answerLabelsGoToTheFirstNamedLabelWhenTheHeaderNamesOnlyALanguage() {
        String text = String.join("\n",
                "(The following English text is for reference. Where the two differ, the Chinese text prevails.)", "",
                "Senior Colonel Tan Wei: Good afternoon, friends from the media.", "",
                "Question: A US destroyer sailed near the islands last week. Could you comment?", "",
                "Answer: The Chinese military firmly opposes such provocations.");
        List<Quote> q = analyze(auto, "mnd.txt", text);
        List<Quote> statements = q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT).toList();
        assertEquals(2, statements.size(), q.toString());
        statements.forEach(s -> assertEquals("Tan Wei", s.speaker().canonical(), q.toString()));
    }

    @Test
    void anExcerptOfOneQuestionAndItsAnswerIsATranscriptWhenItsHeaderNamesABriefing() {
        String answer = "MR HALVORSEN: We have raised this with Beijing at every level and will keep doing so.";
        String question = "QUESTION: Has the Secretary raised the detentions with his counterpart?";
        String briefing = String.join("\n", "Department Press Briefing, March 4, 2025", "", question, "", answer);
        assertTrue(auto.accepts(Article.of("excerpt.txt", briefing)));
        List<Quote> q = analyze(auto, "excerpt.txt", briefing);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT), q.stream().map(Quote::kind).toList(), q.toString());
        assertEquals("Halvorsen", q.get(1).speaker().canonical());
        String interview = String.join("\n", "Ten minutes with a harbour pilot", "",
                "Q: Has the port been busier this year?", "", "A: Much busier, and the ships are bigger.");
        assertFalse(auto.accepts(Article.of("interview.txt", interview)), "two unnamed turns and no briefing header stay prose");
    }

    @Test
    void anExcerptWithATitledPodiumLabelNeedsNoHeader() {
        String excerpt = String.join("\n",
                "QUESTION: Will the United States keep sending ships through the strait?", "",
                "MR HALVORSEN: We will keep sailing wherever international law allows.");
        List<Quote> q = analyze(auto, "price.txt", excerpt);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT), q.stream().map(Quote::kind).toList(), q.toString());
        assertEquals("Halvorsen", q.get(1).speaker().canonical());
    }

    @Test
    void aNameAloneOnItsLineLabelsTheParagraphsAfterIt() {
        String text = String.join("\n",
                "Bloomberg News:", "",
                "What are the aims of the new export controls?", "",
                "Tao Lin:", "",
                "The controls are prudent and measured.", "",
                "They target no country in particular.");
        List<Quote> q = analyze(auto, "mofcom.txt", text);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT, QuoteKind.STATEMENT),
                q.stream().map(Quote::kind).toList(), q.toString());
        assertEquals("Tao Lin", q.get(1).speaker().canonical());
        assertEquals("The controls are prudent and measured.", q.get(1).text());
    }

    @Test
    void theOpeningOfABriefingBeforeAnyQuestionIsATranscriptAndItsHostGivesTheSide() {
        String text = String.join("\n",
                "STAFF: Good afternoon, and thanks for joining this background call on the drone incident.", "",
                "As you know, Secretary of Defense Austin released a statement earlier today. Over to you, sir.", "",
                "SENIOR DEFENSE OFFICIAL: Thank you, (inaudible).", "",
                "The drone was tracked for several hours before it left the area.");
        Article a = Article.of("background.txt", text);
        assertTrue(auto.accepts(a), "a label opens the text and a titled podium label follows the host");
        List<Quote> statements = analyze(auto, "background.txt", text).stream()
                .filter(x -> x.kind() == QuoteKind.STATEMENT).toList();
        assertEquals(List.of("Thank you.", "The drone was tracked for several hours before it left the area."),
                statements.stream().map(Quote::text).toList(), "the host is not quoted; a stage direction leaves its comma");
        statements.forEach(s -> assertEquals("US", s.side(), "the host names the Secretary of Defense: " + s));
    }

    @Test
    void aNewsStoryWithADatelineOrAHeadlineWithAColonIsNoBriefingOpening() {
        String text = String.join("\n",
                "MANILA: The coast guard said on Monday that two vessels had left the shoal.", "",
                "Officials: the ships were tracked all night.");
        assertFalse(auto.accepts(Article.of("dateline.txt", text)));
        String headline = String.join("\n",
                "Senator Reyes Insists: 'A Fair Wage Is No Radical Idea'", "",
                "The senator defended the plan at the debate on Saturday.", "",
                "Name: Dana Cole Age: 31 Job: Cook", "", "Name: Ali Noor Age: 44 Job: Driver");
        assertFalse(auto.accepts(Article.of("headline.txt", headline)), "a headline with a colon opens no briefing");
    }

    @Test
    void aBriefingTitleThenATitledLabelClosedByAFullStopIsATranscript() {
        String text = String.join("\n",
                "Press Briefing by Press Secretary Dana Holt and Coordinator Sam Hale", "",
                "AUGUST 4, 2022 PRESS BRIEFINGS", "",
                "Go ahead, Sam.", "",
                "MR. HALE.  Thank you, Dana. Good afternoon.", "",
                "We will not seek a crisis, and we will not be deterred from sailing in the strait.");
        Article a = Article.of("holt.txt", text);
        assertTrue(auto.accepts(a));
        List<Quote> statements = analyze(auto, "holt.txt", text).stream().filter(x -> x.kind() == QuoteKind.STATEMENT).toList();
        assertEquals(2, statements.size(), statements.toString());
        assertEquals("Thank you, Dana. Good afternoon.", statements.get(0).text());
    }

    @Test
    void aBackgroundCallOpenedByItsModeratorIsATranscript() {
        String text = String.join("\n",
                "Background Press Call on the Working Group Trip", "", "8:05 A.M. EST", "",
                "MODERATOR:  Good morning, everybody. The call is on background.", "",
                "SENIOR ADMINISTRATION OFFICIAL:  Thanks, everybody. The working group meets next week.");
        assertTrue(auto.accepts(Article.of("call.txt", text)));
    }

    @Test
    void aNewsStoryThatMentionsABriefingLaterAndEndsWithALabelStaysProse() {
        String text = String.join("\n",
                "Visa checks missed her posts", "",
                "Officials said the checks were too narrow, according to a briefing for lawmakers.", "",
                "CORRECTION APPENDED:", "",
                "An earlier version of this article misstated the date of the hearing.");
        assertFalse(auto.accepts(Article.of("news.txt", text)));
    }

    @Test
    void aHeadlineWithAColonIsTheTitleAndTheHeaderVouchesForThePersonItNames() {
        String text = String.join("\n",
                "Defense Ministry: Foreign Missiles Should Leave the Region at Once", "",
                "Updated: 11:35, July 13", "",
                "Senior Colonel Hu Ren, spokesperson for the ministry, made the remarks at a regular news conference on Friday.", "",
                "Question: What is your comment on the missile deployment?", "",
                "Hu Ren: The deployment threatens regional security and must end.");
        Article a = Article.of("mnd.txt", text);
        assertTrue(auto.accepts(a));
        List<Quote> q = analyze(auto, "mnd.txt", text);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT), q.stream().map(Quote::kind).toList(), q.toString());
        assertEquals("Hu Ren", q.get(1).speaker().canonical());
    }

    @Test
    void aQuestionLabelSetApartBySpacesOpensATurn() {
        String text = String.join("\n",
                "Spokeswoman voices concern over flights", "",
                "Q    More warplanes flew near the island today. What is your reading?", "",
                "MS. HOLT:  We remain concerned by the flights, which risk miscalculation.");
        Article a = Article.of("gaggle.txt", text);
        assertTrue(auto.accepts(a));
        List<Quote> q = analyze(auto, "gaggle.txt", text);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT), q.stream().map(Quote::kind).toList(), q.toString());
    }

    @Test
    void aRegisteredPodiumSpeakersNameLabelNeedsNoHeader() {
        String text = String.join("\n",
                "Reuters: The ministry announced new countermeasures today. Do you have more to add?", "",
                "Mao Ning: The countermeasures are a legitimate response to the arms sales.");
        assertTrue(auto.accepts(Article.of("mfa.txt", text)));
    }

    @Test
    void aRepostThatRunsEachQuestionAndItsAnswerIntoOneParagraphIsStillATranscript() {
        String text = String.join("\n", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 3, 2021", "",
                "Phoenix TV: Reports say a US destroyer sailed through the strait. What is China's response? Wang Wenbin: "
                        + "China firmly opposes such provocations. The US should stop stirring up trouble.", "",
                "Reuters: The US envoy says new tariffs are coming. Will China retaliate? Wang Wenbin: A trade war has no winners.");
        List<Quote> q = analyze(auto, "inline.txt", text);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT, QuoteKind.QUESTION, QuoteKind.STATEMENT),
                q.stream().map(Quote::kind).toList(), q.toString());
        assertEquals("China firmly opposes such provocations. The US should stop stirring up trouble.", q.get(1).text());
        assertEquals("Wang Wenbin", q.get(3).speaker().canonical());
        assertEquals(q.get(2).id(), q.get(3).inReplyTo());
    }

    @Test
    void questionAndAnswerLabelsWithNoSpaceAfterTheColonAreLabels() {
        String text = String.join("\n", "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 9, 2019", "",
                "Q:The US side says the trade talks resume this week. Can you confirm it?", "",
                "A: I have nothing new to release at the moment.", "",
                "Q:Some analysts say China is slowing the talks. What is your comment?", "",
                "A:That claim is groundless.");
        List<Quote> q = analyze(auto, "tight.txt", text);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT, QuoteKind.QUESTION, QuoteKind.STATEMENT),
                q.stream().map(Quote::kind).toList(), q.toString());
        assertEquals("That claim is groundless.", q.get(3).text());
        assertEquals("Geng Shuang", q.get(3).speaker().canonical());
    }

    @Test
    void anInterviewWithAnOutletInBracketsAndAnUnknownReporterWhoAsksIsATranscript() {
        String text = String.join("\n", "Transcript of Ambassador Qin Gang's interview with American journalists", "",
                "Harlow (Reuters): Ambassador, thank you. How do you see military ties this year?", "",
                "Ambassador Qin: Communication between our militaries matters a great deal.", "",
                "Mei Tan: Let me follow up on that.", "",
                "Will the defense talks resume before the summer?", "",
                "Ambassador Qin: We are open to talks.");
        List<Quote> q = analyze(auto, "interview.txt", text);
        assertEquals(List.of(QuoteKind.QUESTION, QuoteKind.STATEMENT, QuoteKind.QUESTION, QuoteKind.STATEMENT),
                q.stream().map(Quote::kind).toList(), q.toString());
        assertEquals("Reuters", q.get(0).speaker().canonical(), "the outlet in brackets asks");
        q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT)
                .forEach(x -> assertEquals("Qin Gang", x.speaker().canonical(), q.toString()));
    }

    @Test
    void aNameHeadingOverASectionThatAsksNothingIsNoReporter() {
        String text = String.join("\n", "What the losing candidates proposed", "",
                "Ann Lee: Housing. Ms. Lee wanted a tax credit for renters. Would it work? Economists doubt it, and the plan died.", "",
                "Lloyd Austin: Alliances. Mr. Austin called for more joint drills with allies.");
        assertFalse(auto.accepts(Article.of("headings.txt", text)),
                "name headings over sections are prose");
    }

    @Test
    void anAnswerLabelGoesToTheOfficeTheHeaderNamesWhenItNamesNoPerson() {
        String text = String.join("\n",
                "Remarks by Spokesperson of the Chinese Embassy in the US on the detention of a student", "",
                "Question: A student was held at the airport for two days. What is your response?", "",
                "Answer: The US side should stop harassing Chinese students at once.");
        List<Quote> q = analyze(auto, "embassy.txt", text);
        Quote answer = q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT).findFirst().orElseThrow();
        assertTrue(answer.speaker().canonical().toLowerCase(java.util.Locale.ROOT).contains("spokesperson"), q.toString());
        assertEquals("China", answer.speaker().side());
    }

    /** Regression: a question labelled by an outlet news-outlets.csv lacks, and an editor's note closing the page. */
    @Test
    void aQuestionLabelledByAnUnlistedOutletAndAnEditorsNote() {
        String text = String.join("\n",
                "Harbour Office responds to the new shipping rules",
                "Source: example.org",
                "The Harbour Affairs Office held a regular press conference this morning. Tam Orrin, spokesman of the office, presided.",
                "Riverside Evening News Agency: It is reported that the neighbouring port has raised its fees. What is your comment?",
                "Tam Orrin: The fee issue is purely a matter for the two ports. We express our firm opposition to the new rules.",
                "[Editor in charge: Lo Wen]");
        assertTrue(auto.accepts(Article.of("tao.txt", text)), "a briefing header, a question and the named spokesman's answer");
        List<Quote> q = analyze(auto, "tao.txt", text);
        assertEquals(1, q.stream().filter(x -> x.kind() == QuoteKind.QUESTION).count(), q.toString());
        List<Quote> answers = q.stream().filter(x -> x.kind() == QuoteKind.STATEMENT).toList();
        assertEquals(1, answers.size(), "the editor's note is no statement: " + q);
        assertTrue(answers.get(0).text().startsWith("The fee issue is purely a matter"), q.toString());
    }
}
