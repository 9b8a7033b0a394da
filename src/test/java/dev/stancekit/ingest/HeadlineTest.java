package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlineTest {

    private final Headline h = Headline.BUNDLED;
    private final Boilerplate bp = Boilerplate.load(Resources.bundled());

    @Test
    void breadcrumbTrailsAreToldFromHeadlines() {
        for (String crumb : new String[] {"Home / World / Asia", "World news | China", "Business › Shipping",
            "Home  Region  Harbours", "Sport » Rowing » Results", "Opinion | Letters"}) {
            assertTrue(h.isBreadcrumb(crumb), crumb);
            assertFalse(h.acceptable(crumb), crumb);
        }
        for (String head : new String[] {"Ferry operators agree on a new winter timetable",
            "Harbour board: cranes arrive late, costs rise by a third", "Analysis | Why the ferry strike dragged on for weeks",
            "OSLO/BERGEN talks resume", "Water Board Meets"}) {
            assertFalse(h.isBreadcrumb(head), head);
            assertTrue(h.acceptable(head), head);
        }
    }

    @Test
    void bylinesAndDateLinesAreNoHeadlines() {
        assertTrue(h.isByline("By Ada Quill, Harbour Correspondent"));
        assertFalse(h.isByline("Byways reopen after the storm"));
        assertFalse(h.acceptable("22/12/2023 09:40 GMT+7"));
        assertFalse(h.acceptable("Harbour Post | 2024-04-17 09:12:30"));
        assertTrue(h.acceptable("Ferry fares to rise after July 4, 2024 vote, board says"));
    }

    @Test
    void textHeadlineSkipsCrumbsDatesAndSectionLabels() {
        assertEquals("Ferry operators agree on a new winter timetable",
                h.fromText("Home / World / Europe\n\nFerry operators agree on a new winter timetable\n\nThe operators met.", bp));
        assertEquals("Cranes arrive at the north quay",
                h.fromText("03/09/2024 10:12 GMT+2\n\nCranes arrive at the north quay\n\nBody text follows here.", bp));
        assertEquals("Cranes arrive at the north quay",
                h.fromText("Harbours\n\nCranes arrive at the north quay\n\nBody text follows here.", bp),
                "a one-word section label gives way to the headline after it");
        assertEquals("Press Release",
                h.fromText("Press Release\n\nThe harbour board met on Monday and agreed to raise the fares for the "
                        + "winter timetable by a tenth, its chair said after a long meeting.", bp),
                "a short line is kept when only body sentences follow");
        assertEquals("", h.fromText("Home / News\n\nBy Ada Quill\n\n2024-01-02", bp));
    }

    @Test
    void metadataCandidatesArePickedInOrderOfTrust() {
        assertEquals("Cranes arrive at the north quay",
                h.pick(Arrays.asList("World news | Harbours", "", "Cranes arrive at the north quay", "Harbour Post"), "Harbour Post"));
        assertEquals("", h.pick(Arrays.asList("Harbour Post", "Home / News"), "Harbour Post"));
        assertEquals("Short Title", h.pick(Arrays.asList("", "Short Title"), ""));
    }

    @Test
    void siteNameIsCutFromEitherEnd() {
        assertEquals("Cranes Arrive", Headline.withoutSiteName("Cranes Arrive | The Harbour Post", "The Harbour Post"));
        assertEquals("Cranes Arrive", Headline.withoutSiteName("The Harbour Post - Cranes Arrive", "The Harbour Post"));
        assertEquals("Cranes Arrive", Headline.withoutSiteName("Cranes Arrive", "The Harbour Post"));
    }

    @Test
    void usersCanChangeTheRules(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Headline.FILE), "key,value\ncrumb_max_segment_words,1\n");
        Boilerplate user = Boilerplate.load(Resources.overlay(dir));
        assertFalse(user.headline().isBreadcrumb("Harbour news | Ferries"));
        assertTrue(user.headline().isBreadcrumb("Harbours | Ferries"));
        assertTrue(bp.headline().isBreadcrumb("Harbour news | Ferries"));
    }
}
