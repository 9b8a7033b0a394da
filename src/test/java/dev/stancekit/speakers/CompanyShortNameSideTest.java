package dev.stancekit.speakers;

import org.junit.jupiter.api.Test;

/**
 * Regression: a registered company named by its short name ("Apple CEO", "Tesla's chief
 * executive") gave its head no side, so in an article of Chinese officials the CEO took the
 * article's side, China. organizations.csv now lists the short names as aliases.
 */
class CompanyShortNameSideTest {

    @Test
    void aChiefExecutiveNamedWithHisCompanysShortNameIsOfTheCompanysSide() {
        String text = "Minister meets visiting executives\n\n"
                + "Commerce Minister Wang Wentao said China welcomed foreign firms to deepen their investment.\n\n"
                + "Apple CEO Tim Cook said the company's partners in China were among its best.\n\n"
                + "Tesla CEO Elon Musk said the Shanghai plant had exceeded its targets.";
        SideFixture.assertSides(text, "US", "partners in China were among its best", "exceeded its targets");
        SideFixture.assertSides(text, "China", "welcomed foreign firms");
    }
}
