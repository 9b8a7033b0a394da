package dev.stancekit.briefing;

import java.util.List;
import java.util.Objects;

/**
 * One labelled turn of a transcript.
 *
 * @param role       question, answer (by the podium speaker of the day), moderator or a named speaker
 * @param label      the label as written, without its colon ("MR MILLER", "Q", "CCTV")
 * @param labelStart offset of the label in the text
 * @param paragraphs the turn's paragraphs: the text after the label, then each following line up to
 *                   the next label, as offsets in the text (stage-direction lines left out)
 */
record Turn(LabelRules.Role role, String label, int labelStart, List<Span> paragraphs) {

    /** A range of the text. */
    record Span(int start, int end) {
        Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    Turn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Start of the turn's first paragraph. */
    int start() {
        return paragraphs.isEmpty() ? labelStart : paragraphs.get(0).start();
    }

    /** End of the turn's last paragraph. */
    int end() {
        return paragraphs.isEmpty() ? labelStart : paragraphs.get(paragraphs.size() - 1).end();
    }
}
