package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote that is a sentence of its own after "X tweeted a warning." (rule sentence_before); sentences invented. */
class SentenceBeforeRuleTest {

    @Test
    void theSubjectOfAVerbOfSayingWithAShortObjectInTheSentenceBefore() {
        List<QuoteSpan> qs = extract("The council passed the bill on Friday.\n\n"
                + "On the other side, Sen. Ann Lee (R-Ohio), a candidate for governor who has made the harbor a "
                + "centerpiece of her campaign, tweeted a warning. \"Ohio: Remember in November the members who "
                + "voted against the harbor.\"\n");
        assertEquals(true, quote(qs, "Remember in November").mention().contains("Ann Lee"), dump(qs));
    }
}
