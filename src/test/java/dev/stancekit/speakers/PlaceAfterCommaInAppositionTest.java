package dev.stancekit.speakers;

import org.junit.jupiter.api.Test;

/**
 * Regression from real US–China farm news, in invented words: the apposition "a pork producer from
 * Johnstown, Ohio" stopped at the comma before the state, and "producer" was no role noun, so a US
 * farm leader had no side. A registered place alone after the comma belongs to the apposition.
 */
class PlaceAfterCommaInAppositionTest {

    @Test
    void aStateOrCountryAfterTheCityGivesTheSide() {
        String text = "Farm trade\n\n\"We sell a lot of corn abroad,\" said Ann Bolte, a grower from Johnstown, Ohio.\n\n"
                + "\"We sell a lot of beef,\" said Bo Kellan, a rancher in Laredo, Texas, who has sold cattle for years.\n\n"
                + "\"We sell pork abroad,\" said Jim Hartle, a pork producer from Ohio.";
        SideFixture.assertSides(text, "US", "corn abroad", "lot of beef", "pork abroad");
        SideFixture.assertSides("Rice\n\n\"We sell rice,\" said Li Nanfang, a farmer from Changsha, China.", "China", "sell rice");
    }
}
