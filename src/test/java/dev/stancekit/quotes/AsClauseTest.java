package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers before a leading verb of saying that the plain rule misses ("As X put it, “…”", "X, which notes, “…”"); sentences invented. */
class AsClauseTest {

    @Test
    void theSubjectOfAnAsClauseBeforeTheMarkIsTheSpeaker() {
        List<QuoteSpan> qs = extract("The mayor spoke first. \"We will win,\" Mayor Ann Lee said.\n\n"
                + "As Professor Tom Berg put it: \"The city does a better job at welcoming newcomers than most.\"\n\n"
                + "But as the Harbor Singers sang back in the 1990s, \"They will turn us all into sailors because "
                + "sailors are easier to please.\"\n");
        assertEquals(true, quote(qs, "better job").mention().contains("Tom Berg"), dump(qs));
        assertEquals(true, quote(qs, "turn us all").mention().contains("Harbor Singers"), dump(qs));
    }

    @Test
    void aRelativePronounBeforeALeadingVerbOfSaying() {
        List<QuoteSpan> qs = extract("The mayor spoke first. \"We will win,\" Mayor Ann Lee said.\n\n"
                + "The campaign linked to a report by the Harbor Herald, which notes, \"More than half of the "
                + "donors who met the mayor gave money to the port fund.\"\n");
        assertEquals(true, quote(qs, "More than half").antecedent().contains("Harbor Herald"), dump(qs));
    }
}
