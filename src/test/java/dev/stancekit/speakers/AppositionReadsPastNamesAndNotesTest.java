package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions from blind US–China sets on drugs and human rights:
 * <ul>
 * <li>a picture note between the name and its apposition ("Ma Lun (pictured), deputy head of …") hid
 * the apposition;</li>
 * <li>a one-word alias of a registered body ("Congress") inside another body's longer name (a
 * regional people's congress) gave that body's side;</li>
 * <li>an attaché posted to a country was not read as a role, so the apposition gave no side.</li>
 * </ul>
 */
class AppositionReadsPastNamesAndNotesTest {

    @Test
    void aPictureNoteBetweenNameAndAppositionIsSkipped() {
        List<Quote> qs = analyze("Drug rules\n\nAt a briefing, Ma Lun (pictured), deputy head of China’s Narcotics Office, "
                + "said the new list would take effect in June.");
        assertEquals("China", quote(qs, "new list").speaker().side());
    }

    @Test
    void aBracketWithCapitalsIsNoPictureNote() {
        List<Quote> qs = analyze("Drug rules\n\nAt a briefing, Ma Lun (Reuters), deputy head of China’s Narcotics Office, "
                + "said the new list would take effect in June.");
        assertEquals("unknown", quote(qs, "new list").speaker().side());
    }

    @Test
    void aRegionalPeoplesCongressIsNoUsCongress() {
        List<Quote> qs = analyze("Law\n\nThe Standing Committee of the Qinghai Provincial People’s Congress said the report was false.");
        assertEquals("China", quote(qs, "report was false").speaker().side());
    }

    @Test
    void anAttachePostedToACountrySpeaksForTheEmployerAfterIt() {
        List<Quote> qs = analyze("Drug case\n\nDana Holt, an attaché to China for the U.S. Justice Department, said the case "
                + "was a model of cooperation.");
        assertEquals("US", quote(qs, "model of cooperation").speaker().side());
    }
}
