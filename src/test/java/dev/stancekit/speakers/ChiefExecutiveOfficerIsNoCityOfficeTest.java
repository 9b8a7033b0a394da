package dev.stancekit.speakers;

import static dev.stancekit.speakers.MentionFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * Regression from a real US–China set: "Chief Executive Officer Tim Cook" took the side of Hong
 * Kong's Chief Executive, an office title found inside the longer title; a title followed by a
 * role noun describes that role, not the office.
 */
class ChiefExecutiveOfficerIsNoCityOfficeTest {

    @Test
    void aTitleBeforeARoleNounGivesNoOfficeSide() {
        String mention = "Harborline Chief Executive Officer Ada Lam";
        Speaker s = resolve(mention + " said the mill would stay open.", mention);
        assertNotEquals("China", s.side(), s.toString());
    }

    @Test
    void theOfficeTitleBeforeANameStillGivesItsSide() {
        String mention = "Hong Kong Chief Executive Ada Lam";
        Speaker s = resolve(mention + " said the city would reopen its border.", mention);
        assertEquals("China", s.side(), s.toString());
    }
}
