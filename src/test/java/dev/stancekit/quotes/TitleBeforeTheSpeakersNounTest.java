package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: a title in quote marks right before the speaker's noun ("the “Harbour Lights” star
 * posted", "the “Off Message” podcast remembers") was taken for that speaker's quote.
 */
class TitleBeforeTheSpeakersNounTest {

    @Test
    void aTitleBeforeTheSpeakersNounIsNoQuote() {
        List<QuoteSpan> qs = extract("Star speaks\n\nThe “Harbour Lights” star posted a lengthy message on her page on Monday.\n\n"
                + "A host of the “Off Message” podcast remembers being a little taken aback.");
        assertFalse(anyEqualTo(qs, "Harbour Lights"), dump(qs));
        assertFalse(anyEqualTo(qs, "Off Message"), dump(qs));
    }

    @Test
    void aQuoteThatEndsInACommaOrIsNoTitleKeepsItsSpeaker() {
        List<QuoteSpan> qs = extract("Port strike\n\n“We Will Win,” officials said on Monday.\n\n“Stop it now” officials shouted.");
        assertTrue(anyEqualTo(qs, "We Will Win,"), dump(qs));
        assertTrue(anyEqualTo(qs, "Stop it now"), dump(qs));
    }
}
