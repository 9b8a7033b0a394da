package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paragraph_speaker row of quote-rules.csv sets how long an unattributed quote must be. */
class ParagraphSpeakerRuleTest {

    private static MarkRules rules(String enabled, String limit) {
        return MarkRules.of(List.of(Map.of("rule", "paragraph_speaker", "enabled", enabled, "limit", limit)),
                null, null);
    }

    @Test
    void theRowSetsTheFewestWords() {
        assertEquals(5, rules("yes", "5").orphanWords());
    }

    @Test
    void aDisabledOrMissingRowTakesNoUnattributedQuote() {
        assertEquals(Integer.MAX_VALUE, rules("no", "5").orphanWords());
        assertEquals(Integer.MAX_VALUE, MarkRules.of(List.of(), null, null).orphanWords());
    }

    @Test
    void aBadLimitIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> rules("yes", "six"));
    }
}
