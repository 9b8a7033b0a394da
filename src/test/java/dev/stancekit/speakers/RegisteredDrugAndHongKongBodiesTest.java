package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.assertSides;

import org.junit.jupiter.api.Test;

/**
 * Regression: bodies that speak often in US–China news on drugs and Hong Kong were missing from
 * organizations.csv, so their people got no side ("DEA administrator X") or the wrong one.
 */
class RegisteredDrugAndHongKongBodiesTest {

    @Test
    void theDrugEnforcementAdministrationIsUs() {
        assertSides("Precursors\n\n\"We want more,\" DEA administrator Mara Quill told reporters.\n\n"
                + "The Drug Enforcement Administration said shipments had fallen.", "US", "We want more", "shipments had fallen");
    }

    @Test
    void chinasNarcoticsCommissionIsChina() {
        assertSides("Precursors\n\nThe National Narcotics Control Commission said the list would grow.", "China", "list would grow");
    }

    @Test
    void theHongKongGovernmentByItsFullNameIsChina() {
        assertSides("Sanctions\n\nThe Hong Kong Special Administrative Region Government said the sanctions were \"shameless\" "
                + "interference.", "China", "shameless");
    }
}
