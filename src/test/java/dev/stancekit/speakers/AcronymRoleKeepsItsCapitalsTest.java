package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression: an unnamed speaker whose role opens with an acronym was written "fM spokesperson". */
class AcronymRoleKeepsItsCapitalsTest {

    @Test
    void anAcronymKeepsItsCapitalsAndAWordLosesItsCapital() {
        List<Quote> qs = analyze("Port talks\n\nThe harbour will stay open all winter, FM spokesperson said on Monday.\n\n"
                + "The ferries will run twice a day, Senior official said.");
        assertEquals("FM spokesperson", quote(qs, "stay open all winter").speaker().canonical());
        assertEquals("senior official", quote(qs, "ferries will run").speaker().canonical());
    }
}
