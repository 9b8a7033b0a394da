package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twentieth round of error analysis on real news (PolNeAR train and new blind
 * sets of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentiethRoundTest {

    @Test
    void aNamingVerbReportsALongerObjectAndWhatItIsCalled() {
        List<QuoteSpan> qs = extract("The senator called US broadcaster KTV a mouthpiece of the ruling party. Still, the "
                + "envoy called the minister's public feud with the agency unusual. Harbor critics call it the "
                + "enforcement of a quiet tariff.");
        assertEquals("US broadcaster KTV a mouthpiece of the ruling party", quote(qs, "mouthpiece").text(), dump(qs));
        assertEquals("the minister's public feud with the agency unusual", quote(qs, "feud").text(), dump(qs));
        assertEquals("it the enforcement of a quiet tariff", quote(qs, "enforcement").text(), dump(qs));
    }

    @Test
    void aNamingContentEndsBeforeAParticiplePhrase() {
        List<QuoteSpan> qs = extract("The governor of the coastal province called them smugglers and vowed to close the "
                + "port. Lee called her late husband her hero before explaining why she forgave the driver.");
        assertEquals("them smugglers", quote(qs, "smugglers").text(), dump(qs));
        assertEquals("her late husband her hero", quote(qs, "hero").text(), dump(qs));
    }

    @Test
    void aPhoneCallAtATimeIsNoNaming() {
        List<QuoteSpan> qs = extract("The mayor called him last week about the road. The minister called her the next "
                + "morning from the airport.");
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("last week") || x.text().contains("next morning")),
                dump(qs));
    }

    @Test
    void aCallForOrToAfterItsOwnerReportsWhatWasCalledFor() {
        List<QuoteSpan> qs = extract("The harbor union kept up its calls for the port authority to publish the "
                + "inspection records. Despite the columnist's call to abandon the mayor, he still leads the polls.");
        assertEquals("the port authority to publish the inspection records", quote(qs, "inspection records").text(),
                dump(qs));
        assertEquals("to abandon the mayor", quote(qs, "abandon").text(), dump(qs));
        assertEquals("the columnist", quote(qs, "abandon").mention(), dump(qs));
    }

    @Test
    void aCallForEndsAtAComma() {
        List<QuoteSpan> qs = extract("Days after his call for a federal “border force,” Lane described the plan as "
                + "“reckless” and “unworkable.”");
        assertEquals("Lane", quote(qs, "reckless").mention(), dump(qs));
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("Lane described")), dump(qs));
    }

    @Test
    void readoutVerbsCharacterizeAndElaborateOnReportTheirObjects() {
        List<QuoteSpan> qs = extract("The premier characterized the harbor talks as a useful step toward a fishing accord. "
                + "The envoy elaborated on the island's trade policy and its plans for the port.");
        assertEquals("the harbor talks as a useful step toward a fishing accord", quote(qs, "useful step").text(), dump(qs));
        assertEquals("the island's trade policy and its plans for the port", quote(qs, "trade policy").text(), dump(qs));
    }

    @Test
    void significanceAndSincerityAreSpeechNouns() {
        List<QuoteSpan> qs = extract("The president highlighted the significance of last month's port agreement. He "
                + "reaffirmed the island's sincerity in the fishing talks.");
        assertEquals("the significance of last month's port agreement", quote(qs, "significance").text(), dump(qs));
        assertEquals("the island's sincerity in the fishing talks", quote(qs, "sincerity").text(), dump(qs));
    }
}
