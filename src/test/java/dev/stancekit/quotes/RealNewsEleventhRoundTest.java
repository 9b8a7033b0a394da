package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the eleventh round of error analysis on real news (PolNeAR train and real US–China
 * news) found missed or mis-cut. One test per pattern; every sentence invented.
 */
class RealNewsEleventhRoundTest {

    @Test
    void aParticleTaggedAsPrepositionStillLinksTheSubjectToTheInfinitiveOfSaying() {
        List<QuoteSpan> qs = extract("The envoy went on to say that the border talks would resume in spring.");
        QuoteSpan q = quote(qs, "border talks");
        assertEquals(QuoteKind.INDIRECT, q.kind(), dump(qs));
        assertEquals("the border talks would resume in spring", q.text());
        assertEquals("The envoy", q.mention());
    }

    @Test
    void aShortQuotedSentenceAfterAQuoteContinuesItsSpeakerEvenWhenNarrationFollowsInTheParagraph() {
        List<QuoteSpan> qs = extract("“The rally drained our budget,” Ortiz said. “Every cent.” For example, the team spent "
                + "heavily on buses in March.");
        QuoteSpan q = quote(qs, "Every cent");
        assertEquals(QuoteKind.DIRECT, q.kind(), dump(qs));
        assertEquals("Ortiz", q.mention());
    }

    @Test
    void aDatelineEndingInAColonIsNotPartOfTheContent() {
        List<QuoteSpan> qs = extract("SEOUL: The kingdom will stay neutral in the dispute over the strait, says Deputy Foreign Minister Park Lee.");
        QuoteSpan q = quote(qs, "stay neutral");
        assertEquals("The kingdom will stay neutral in the dispute over the strait", q.text(), dump(qs));
        assertEquals("Park Lee", q.antecedent());
    }

    @Test
    void aShortParenthesisAfterAnInvertedSpeakerKeepsTheAttribution() {
        List<QuoteSpan> qs = extract("The port will stay open through the winter, said Harbour Minister Ana Ruiz (pictured).");
        QuoteSpan q = quote(qs, "port will stay open");
        assertEquals("The port will stay open through the winter", q.text(), dump(qs));
        assertEquals("Ana Ruiz", q.antecedent());
    }

    @Test
    void anAdverbBetweenCommasBeforeThatStillOpensTheContent() {
        List<QuoteSpan> qs = extract("Mr. Dale said last week, however, that he was in no rush to sign a deal.");
        QuoteSpan q = quote(qs, "no rush");
        assertEquals("he was in no rush to sign a deal", q.text(), dump(qs));
        assertEquals("Mr. Dale", q.mention());
    }

    @Test
    void aVerbThatGoesOnWithAReportAfterButTakesTheSpeakerOfThatReport() {
        List<QuoteSpan> qs = extract("The admiral said his navy won't halt its patrols near the coast but added that one incident "
                + "should not define the relationship.");
        QuoteSpan q = quote(qs, "one incident");
        assertEquals("one incident should not define the relationship", q.text(), dump(qs));
        assertEquals("The admiral", q.mention());
        assertEquals("his navy won't halt its patrols near the coast", quote(qs, "patrols").text());
    }

    @Test
    void callUponAndAppealForReportTheirObject() {
        List<QuoteSpan> qs = extract("The Republic calls upon the kingdom to respect the ruling on the reef.\n\n"
                + "The ministry condemned the rocket launch on Friday and appealed for calm to avoid more tension.");
        assertEquals("the kingdom to respect the ruling on the reef", quote(qs, "respect the ruling").text(), dump(qs));
        QuoteSpan calm = quote(qs, "calm");
        assertEquals("The ministry", calm.mention(), dump(qs));
    }

    @Test
    void theWritersCommentAfterATrailingAttributionIsNotItsContent() {
        List<QuoteSpan> qs = extract("The kingdom will keep urging its neighbour to act responsibly, Prime Minister Ana Velo said "
                + "on Thursday, a sign of growing concern about the drills.");
        QuoteSpan q = quote(qs, "act responsibly");
        assertEquals("The kingdom will keep urging its neighbour to act responsibly", q.text(), dump(qs));
        assertEquals(1, qs.size(), dump(qs));
    }

    @Test
    void aSourceNamedAfterTheVerbIsNoContent() {
        List<QuoteSpan> qs = extract("\"The patrols threaten our safety.\" Ministry spokesman Hu Ren said according to Bloomberg.");
        assertEquals(0, qs.stream().filter(q -> q.text().contains("Bloomberg")).count(), dump(qs));
    }

    @Test
    void aCountrysOfficeInTheLeadNamesThePersonNamedNextWithThatTitle() {
        List<QuoteSpan> qs = extract("Norway's foreign minister urged both sides on Thursday to start talks as soon as possible. "
                + "Foreign Minister Eirik Dahl welcomed the offer of talks.");
        assertEquals("Eirik Dahl", quote(qs, "start talks").antecedent(), dump(qs));
    }

    @Test
    void anIndefiniteDescriptionWithItsOfficeAfterTheHeadNamesThePersonNamedLaterWithThatRole() {
        List<QuoteSpan> qs = extract("A spokesperson from Norway's Foreign Ministry said the new rules harm trade.\n\n"
                + "The remarks came at a regular briefing.\n\n"
                + "Eva Lund, the spokesperson, added that the ministry would respond.");
        assertEquals("Eva Lund", quote(qs, "harm trade").antecedent(), dump(qs));
    }

    @Test
    void aPersonNamedInsideWhatWasSaidIsNotTheDescribedSpeaker() {
        List<QuoteSpan> qs = extract("A reporter pointed out that Dale, the Post reporter, saw the incident unfold.");
        assertEquals("A reporter", quote(qs, "incident").antecedent(), dump(qs));
    }

    @Test
    void aSourceNamedAfterATrailingAttributionRelaysItAndReportsNothing() {
        List<QuoteSpan> qs = extract("“Our troops tracked the ships the whole way,” said Senior Captain Hu Ren, spokesperson for the "
                + "command, in a written statement released on Monday, reported the army website.");
        assertEquals(1, qs.size(), dump(qs));
        assertEquals("Hu Ren", qs.get(0).antecedent());
    }

    @Test
    void aPersonNamedInsideAQuoteIsNotThePronounsAntecedent() {
        List<QuoteSpan> qs = extract("Asked about the port deal, Prime Minister Ari Lee said he was not worried.\n\n"
                + "He noted that ties with the republic remain strong.\n\n"
                + "“I see no problems. President John Miller chose to visit the port, good for them. It is time for more "
                + "visits. I have no problem with that,” he said.");
        assertEquals("Ari Lee", quote(qs, "no problems").antecedent(), dump(qs));
    }

    @Test
    void aNameBetweenCommasAfterAnOfficeInCapitalsIsTheSpeaker() {
        List<QuoteSpan> qs = extract("Jakarta (Wire) - Coordinating Minister for Maritime Affairs and Investment, Budi Santoso, has "
                + "highlighted the country's position as a balancing force between the two powers.");
        assertEquals("Budi Santoso", quote(qs, "balancing force").mention(), dump(qs));
    }

    @Test
    void aThatTheTaggerTookForADeterminerStillOpensTheClause() {
        List<QuoteSpan> qs = extract("Washington argues that rapidly advancing foreign AI technology has reached the military field.");
        assertEquals("rapidly advancing foreign AI technology has reached the military field", quote(qs, "AI technology").text(), dump(qs));
        List<QuoteSpan> pronoun = extract("The coach said that really got the team thinking about the final.");
        assertEquals(0, pronoun.stream().filter(q -> q.text().startsWith("really")).count(), dump(pronoun));
    }

    @Test
    void aDateAndAParenthesisBetweenCommasBeforeThatStillOpenTheContent() {
        List<QuoteSpan> qs = extract("Spokesman Tom Reed said Friday, June 28 (Manila time), that the deputy secretary spoke with "
                + "his counterpart.");
        assertEquals("the deputy secretary spoke with his counterpart", quote(qs, "deputy secretary").text(), dump(qs));
    }
}
