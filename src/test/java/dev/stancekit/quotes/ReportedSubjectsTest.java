package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subjects of reported speech that real news uses and the finder missed (error analysis on
 * PolNeAR train); one test per pattern, every sentence invented.
 */
class ReportedSubjectsTest {

    @Test
    void aHyphenatedModifierStaysInTheSubject() {
        assertEquals("The self-described hawk",
                reported("The self-described hawk said he would win the county.", "win the county").mention());
    }

    @Test
    void aQuantifierOfANounIsTheSubject() {
        assertEquals("Many of her supporters",
                reported("Many of her supporters say they understand her position.", "understand her").mention());
        assertEquals("Some", reported("Some say they hear echoes of the past in the speech.", "hear echoes").mention());
    }

    @Test
    void aNounBeforeAPrepositionalPhraseHeadsTheSubject() {
        assertEquals("Six newspapers in the state",
                reported("Six newspapers in the state said he is not fit to be mayor.", "not fit").mention());
    }

    @Test
    void aBracketedPartyTagBeforeTheVerbIsSkipped() {
        QuoteSpan q = reported("Sen. Rob Walker (R-Ohio) said he had not thought about asking for help.", "not thought");
        assertTrue(q.mention().contains("Rob Walker"), q.mention());
        QuoteSpan q2 = reported("Sen. Rob Walker (R-Ohio), a first-term senator, said he had not thought about it.",
                "not thought");
        assertTrue(q2.mention().contains("Rob Walker"), q2.mention());
    }

    @Test
    void aRelativeClauseBetweenCommasStaysInTheContent() {
        QuoteSpan q = reported("Dock opponents said the decision, which struck down limits, shows the importance "
                + "of electing a mayor.", "shows the importance");
        assertTrue(q.text().startsWith("the decision, which struck"), q.text());
    }

    @Test
    void adverbialsBeforeThatDoNotHideTheClause() {
        assertEquals("Other council leaders",
                reported("Other council leaders said on Thursday that it’s up to Reed to close the gap.", "up to Reed")
                        .mention());
    }

    @Test
    void aRestrictiveRelativeClauseInTheSubjectIsSkipped() {
        QuoteSpan q = reported("Hawkins and others who want to ban the tax said the decision will make the choice "
                + "more stark.", "choice more stark");
        assertTrue(q.mention().contains("others"), q.mention());
    }

    @Test
    void aCoordinatedAppositionAfterAnInvertedSpeakerStillTrails() {
        QuoteSpan q = reported("The harbor committee has collected roughly $56.5 million, said David Gilbert, its "
                + "president and CEO.", "collected roughly");
        assertEquals("David Gilbert", q.mention());
    }

    @Test
    void aVerbOfSayingDeepInsideAccordingToContentIsReported() {
        QuoteSpan q = reported("According to the Post, campaign officials looked into what would happen if their "
                + "candidate announced he would not back Reed.", "looked into");
        assertEquals("the Post", q.mention());
    }

    @Test
    void aNameTaggedAsAdjectiveIsStillASpeaker() {
        List<QuoteSpan> qs = extract("Yet in the classroom and abroad, Nega argued that the change was a mirage.");
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("mirage") && q.mention().contains("Nega")), dump(qs));
    }

    @Test
    void twoInsertionsBetweenTheNameAndTheVerbAreSkipped() {
        QuoteSpan q = reported("Ms. Arnold, who helped found EDGE, an environmental group based in Philadelphia, said she "
                + "did not condone violence.", "condone violence");
        assertTrue(q.mention().contains("Arnold"), q.mention());
    }

    @Test
    void anyNounPhraseAfterACommaSpeaksForATrailingVerb() {
        assertEquals("the group", reported("Almost 650 golf courses have closed since 2006, the group says.",
                "golf courses").mention());
    }

    @Test
    void thatAfterTheVerbOpensTheContentWhateverFollows() {
        assertEquals("Companies", reported("Companies say that weakening the encryption would make users more "
                + "vulnerable.", "weakening the encryption").mention());
    }

    @Test
    void aShareIsASubject() {
        assertEquals("One in five", reported("One in five say that won't be true.", "be true").mention());
        assertEquals("About three in 10", reported("About three in 10 said they prefer a younger mayor.",
                "prefer a younger").mention());
        assertEquals("eight in 10 harbor workers", reported("Nearly eight in 10 harbor workers said they have made up "
                + "their minds.", "made up").mention());
    }

    @Test
    void aParticipleOfSayingAfterWithHasItsOwnSubject() {
        assertEquals("47 percent of voters", reported("The mayor leads with 47 percent of voters saying they "
                + "will support her in May.", "support her").mention());
        assertEquals("62 percent of voters", reported("The shootings have left 62 percent of voters saying "
                + "safety is getting worse.", "getting worse").mention());
    }

    @Test
    void aCommonNounCoordinatedWithANameSharesItsVerb() {
        QuoteSpan q = reported("Mr. Xi and other leaders have said cutting that output must be a key part of their plan.",
                "key part");
        assertEquals("Mr. Xi and other leaders", q.mention());
    }

    @Test
    void anIntroductoryPhraseBeforeAMidSentenceVerbIsNotTheContent() {
        List<QuoteSpan> qs = extract("In the early 1990s, Ms. Ripley said, a boss invited her to lunch to discuss a promotion.");
        assertTrue(qs.stream().noneMatch(q -> q.text().equals("In the early 1990s")), dump(qs));
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("a boss invited her")), dump(qs));
    }

    @Test
    void aSubjectWithARelativeClauseBeforeADegreeAdjective() {
        assertEquals("Supporters", reported("Supporters who have heard from the campaign say their most urgent "
                + "task is to finish ahead of the mayor.", "urgent task").mention());
    }

    @Test
    void theNounPhraseAfterTheVerbIsTheSubjectOfTheContentNotTheSpeaker() {
        QuoteSpan q = reported("Another pollster, Dora Wood of Harbor University, said her survey of voters "
                + "showed support holding steady.", "holding steady");
        assertTrue(q.text().startsWith("her survey"), q.text());
    }

    @Test
    void aSourceCloseToSomeoneTrailsTheReport() {
        assertEquals("a source close to him", reported("Still, the senator will rethink how he approaches his "
                + "colleagues, a source close to him said.", "rethink how").mention());
    }

    @Test
    void anAttributionAfterCommaAsEndsTheSentence() {
        QuoteSpan q = reported("But ignoring the progress of the last decade also carries risks, as the mayor's "
                + "supporters point out.", "carries risks");
        assertEquals("the mayor's supporters", q.mention());
        assertTrue(!q.text().contains("supporters"), q.text());
    }

    @Test
    void aStrayCommaAfterAPartyTag() {
        assertEquals("Sen. Jack Reed", reported("Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he "
                + "would read the plan soon.", "read the plan").mention());
    }

    @Test
    void aPronounWithARelativeClauseIsASubject() {
        assertEquals("those", reported("But those who back her rivals say the coverage has damaged the brand.",
                "damaged the brand").mention());
    }

    @Test
    void aParticipleAfterACommaTakesACommonNounSubjectOpeningTheClause() {
        assertEquals("The departments", reported("The departments declined to provide any documents, saying they "
                + "cannot discuss the case during the inquiry.", "cannot discuss").mention());
    }

    @Test
    void theObjectOfQuotedAsSayingIsTheSpeaker() {
        assertEquals("the minister", reported("The agency quoted the minister as saying the port talks had "
                + "been candid.", "been candid").mention());
        List<QuoteSpan> qs = extract("Port talks\n\nMinister Ana Vidal met the envoy on Monday.\n\n"
                + "State radio quoted her as saying the port talks had been candid.\n");
        assertEquals("her", quote(qs, "been candid").mention(), dump(qs));
        assertEquals("Ana Vidal", quote(qs, "been candid").antecedent(), "an object pronoun takes its antecedent");
    }

    @Test
    void theObjectOfACausativeVerbSpeaksInTheInfinitive() {
        assertEquals("the port authority", reported("A cargo ship entered the harbor on Tuesday, prompting the port "
                + "authority to say it had turned the ship away.", "turned the ship away").mention());
        assertEquals("the mayor", reported("The vote led the mayor to declare that the port was safe.",
                "port was safe").mention());
        List<QuoteSpan> qs = extract("Port\n\nThe council urged the mayor to say the port was safe.\n");
        assertTrue(qs.stream().noneMatch(q -> "the mayor".equals(q.mention())), "urging is no causing: " + dump(qs));
    }
}
