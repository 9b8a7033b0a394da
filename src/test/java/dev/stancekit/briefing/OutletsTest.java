package dev.stancekit.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.resources.Resources;
import org.junit.jupiter.api.Test;

class OutletsTest {

    private final Outlets outlets = Outlets.load(Resources.bundled());

    @Test
    void wholeLabels() {
        assertEquals("CCTV", outlets.whole("CCTV"));
        assertEquals("Beijing Daily", outlets.whole("Beijing Daily"));
        assertEquals("AFP", outlets.whole("Agence France-Presse"));
        assertEquals("", outlets.whole("Lin Jian"));
        assertEquals("", outlets.whole("Reuters Correspondent Lee"), "the whole label must be the outlet");
    }

    @Test
    void theShortSentenceThatOpensAQuestion() {
        assertEquals("NHK", outlets.opening("NHK. The navy said it would sail again. Your comment?"));
        assertEquals("AFP", outlets.opening("Dana Whitfield, AFP. Will the envoy travel to Beijing?"));
        assertEquals("Phoenix TV", outlets.opening("I'm with Phoenix TV. The minister said talks would resume."));
        assertEquals("Reuters", outlets.opening("Thank you. Jo Park, Reuters. On trade, what is next?"));
    }

    @Test
    void anOutletInsideTheQuestionItselfIsNotTheAsker() {
        assertEquals("", outlets.opening("According to a report by Reuters on Monday, the fleet will be expanded. Is that true?"));
        assertEquals("", outlets.opening("Did Bloomberg get it right?"));
    }

    @Test
    void shortCapitalAliasesMatchOnlyInCapitals() {
        assertEquals("Associated Press", outlets.in("Lee Kim, AP"));
        assertEquals("", outlets.in("an ap of sorts"));
    }
}
