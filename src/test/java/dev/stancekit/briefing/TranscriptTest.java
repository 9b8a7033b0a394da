package dev.stancekit.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.resources.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    private final LabelRules rules = LabelRules.load(Resources.bundled());
    private final Outlets outlets = Outlets.load(Resources.bundled());

    private static final String TEXT = String.join("\n",
            "Ministry of Commerce Regular Press Conference",
            "",
            "Spokesperson Ho Lan: Good afternoon. We have one announcement.",
            "The trade fair opens on Friday.",
            "",
            "Xinhua: Will the fair host American companies?",
            "",
            "Spokesperson Ho Lan: Yes. (Laughter.) More than forty have registered.",
            "(Applause.)",
            "MODERATOR: Last question, please.",
            "Reporter: Note: this is a follow-up. Any tariff news?",
            "Spokesperson Ho Lan: Nothing to announce today.");

    private Transcript split() {
        return Transcript.split(TEXT, rules, outlets, name -> false);
    }

    @Test
    void headerAndTurnsInOrder() {
        Transcript t = split();
        assertEquals("Ministry of Commerce Regular Press Conference", t.header());
        List<LabelRules.Role> roles = t.turns().stream().map(Turn::role).toList();
        assertEquals(List.of(LabelRules.Role.SPEAKER, LabelRules.Role.QUESTION, LabelRules.Role.SPEAKER,
                LabelRules.Role.MODERATOR, LabelRules.Role.QUESTION, LabelRules.Role.SPEAKER), roles);
        assertEquals("Xinhua", t.turns().get(1).label());
    }

    @Test
    void unlabelledLinesContinueTheTurnAndStageLinesAreLeftOut() {
        Transcript t = split();
        Turn first = t.turns().get(0);
        assertEquals(2, first.paragraphs().size());
        Turn.Span p2 = first.paragraphs().get(1);
        assertEquals("The trade fair opens on Friday.", TEXT.substring(p2.start(), p2.end()));
        Turn third = t.turns().get(2);
        assertEquals(1, third.paragraphs().size(), "the (Applause.) line is not a paragraph");
        Turn.Span p = third.paragraphs().get(0);
        assertEquals("Yes. (Laughter.) More than forty have registered.", TEXT.substring(p.start(), p.end()));
        assertEquals("Spokesperson Ho Lan", TEXT.substring(third.labelStart(), third.labelStart() + 19));
    }

    @Test
    void aNameLabelNeedsSomethingToVouchForIt() {
        String text = "Note: the minister arrives late.\nLi Ping: Fine.\nQ: When?\nLi Ping: Soon.";
        Transcript t = Transcript.split(text, rules, outlets, name -> false);
        assertEquals("Note: the minister arrives late.", t.header(), "Note labels one line and has no title");
        assertEquals(3, t.turns().size());
        Transcript known = Transcript.split(text, rules, outlets, name -> name.equals("Note"));
        assertEquals(4, known.turns().size());
    }
}
