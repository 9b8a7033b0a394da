package dev.stancekit.speakers;

import static dev.stancekit.speakers.MentionFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Speaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression from PolNeAR train: "…, said the company's chief executive" took the side of Hong
 * Kong's Chief Executive, an office title found inside the mention; a title after a possessive
 * that names no country is that owner's office.
 */
class CompanyChiefExecutiveIsNoCityOfficeTest {

    @ParameterizedTest
    @ValueSource(strings = {"the company's chief executive", "Harborline's chief executive"})
    void aTitleAfterAnOwnersPossessiveGivesNoOfficeSide(String mention) {
        String text = "The mill is under pressure from imports, said " + mention + ".";
        Speaker s = resolve(text, mention);
        assertNotEquals("China", s.side(), s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hong Kong Chief Executive Ada Lam", "Hong Kong’s security secretary"})
    void theCityOfficeItselfStillGivesItsSide(String mention) {
        String text = mention + " said the city would reopen its border.";
        Speaker s = resolve(text, mention);
        assertEquals("China", s.side(), s.toString());
    }
}
