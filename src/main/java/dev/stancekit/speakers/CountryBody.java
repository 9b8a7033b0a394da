package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Entry;
import dev.stancekit.speakers.Lexicon.Hit;
import java.util.List;

/**
 * "The Ministry of National Defense said" under a "BEIJING" or "TAIPEI" dateline: an organisation
 * named without its country is the registered one of the dateline's side ("Chinese Ministry of
 * National Defense"); when several registered bodies of that side carry the name, only the side is
 * taken. Stateless.
 */
final class CountryBody {

    private final Lexicon lexicon;

    CountryBody(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The speaker placed by the dateline, or {@code s} unchanged. */
    Speaker place(Speaker s, Hit dateline, String datelineText) {
        if (dateline == null || s.type() == SpeakerType.PERSON || s.inRegistry()
                || !s.side().equals(Speaker.UNKNOWN_SIDE) || s.canonical().isBlank()) {
            return s;
        }
        List<String> folds = Words.folds(Words.tokenize(s.canonical()));
        if (!folds.isEmpty() && "the".equals(folds.get(0))) {
            folds = folds.subList(1, folds.size());
        }
        String side = dateline.entry().side();
        List<Entry> same = lexicon.withCountry(folds).stream().filter(e -> e.side().equals(side)).toList();
        if (same.isEmpty()) {
            return s;
        }
        String why = "\"" + s.canonical() + "\" under the dateline \"" + datelineText + "\"";
        if (same.size() == 1) {
            Entry e = same.get(0);
            return s.toBuilder().canonical(e.canonical()).type(SpeakerType.ORGANIZATION).side(side).inRegistry(true)
                    .evidence("registry; " + why).build();
        }
        return s.toBuilder().side(side).evidence(why).build();
    }
}
