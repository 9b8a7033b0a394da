package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stancekit.resources.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    static final Lexicon LEX = Lexicon.load(Resources.bundled());
    static final NameFinder NAMES = new NameFinder(WordKinds.load(Resources.bundled()));

    static String name(String mention) {
        Phrase p = new Phrase(mention, LEX);
        int[] n = NAMES.name(p);
        return n == null ? null : p.text(n[0], n[1]);
    }

    @Test
    void stripsTitlesOrganizationsAndSideWords() {
        assertEquals("Zhao Minghui", name("Chinese Lt. Gen. Zhao Minghui"));
        assertEquals("Tom Harlow", name("Defense Department spokesman Tom Harlow"));
        assertEquals("Ann Roe", name("Secretary of State Ann Roe"));
        assertEquals("Kao Wen-chi", name("Taiwanese Vice Admiral Kao Wen-chi"));
        assertEquals("Ann Roe", name("Ann Roe, the US envoy"));
        assertEquals("He Lei", name("He Lei"));
        assertEquals("John Lee", name("Hong Kong leader John Lee"));
        assertEquals("Ann Roe", name("Harbor Capital chief economist Ann Roe"));
        assertEquals("Ann Roe", name("Ann Roe, Ohio Republican"));
        assertEquals("Kim Ho", name("Seoul-based analyst Kim Ho"));
    }

    @Test
    void noPersonInRolesOrAfterPrepositions() {
        assertNull(name("The Secretary"));
        assertNull(name("A National Security Council spokesman"));
        assertNull(name("Chinese envoy for Eurasian Affairs"));
        assertNull(name("He"));
        assertNull(name("the person"));
    }

    @Test
    void fullerNameFromTheArticle() {
        Phrase article = new Phrase("Chinese Senior Col. Gao Ming spoke. Gao said more. Mr. Gao left.", LEX);
        assertEquals("Gao Ming", NAMES.fuller(List.of("gao"), article));
        Phrase two = new Phrase("Gao Ming and Gao Lin spoke. Gao said more.", LEX);
        assertNull(NAMES.fuller(List.of("gao"), two), "two fuller names: ambiguous");
    }

    @Test
    void sentenceOpenerIsNoPartOfAName() {
        assertEquals("Ramos", name("While Ramos"));
        assertEquals("Li", name("After Li"));
        assertEquals("Wang", name("Still Wang"));
        Phrase article = new Phrase("While Ramos said the boats would sail, others disagreed. After Li spoke, "
                + "the talks ended. Still Wang said the ships would stay. In Ortega's view it was over.", LEX);
        assertNull(NAMES.fuller(List.of("ramos"), article), "no fuller name than Ramos");
        assertNull(NAMES.fuller(List.of("li"), article));
        assertNull(NAMES.fuller(List.of("wang"), article));
        assertNull(NAMES.fuller(List.of("ortega"), article));
        Phrase real = new Phrase("After Carla Ramos spoke, the talks ended. Ramos said more.", LEX);
        assertEquals("Carla Ramos", NAMES.fuller(List.of("ramos"), real));
    }

    @Test
    void aNameThatIsAllOfAStretchInMarksIsNoFullerName() {
        Phrase article = new Phrase("Mr. Gao spoke. Guards removed a man whose shirt read ''Traitor Gao,'' and two "
                + "others. Gao said more.", LEX);
        assertNull(NAMES.fuller(List.of("gao"), article), "a slogan in marks names no person");
        Phrase curly = new Phrase("Mr. Gao spoke. A banner read “Traitor Gao.” Gao said more.", LEX);
        assertNull(NAMES.fuller(List.of("gao"), curly));
        Phrase apostrophe = new Phrase("Talks ended. “Li Qiang’s visit was a success,” a diplomat said. Qiang said more.", LEX);
        assertEquals("Li Qiang", NAMES.fuller(List.of("qiang"), apostrophe), "an apostrophe is no quote mark");
    }
}
