package dev.stancekit.quotes;

import dev.stancekit.model.QuoteSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds an article's ledger from its candidates, the quotes extracted and the reasons recorded. */
final class LedgerBuilder {

    private LedgerBuilder() {
    }

    static List<LedgerEntry> build(Doc d, List<QuoteMarks.Marked> nicknames, List<Attribution> atts, List<ReportedSpeechFinder.StrayCue> strayCues, List<QuoteSpan> quotes,
                                   Map<Object, LedgerEntry.Reason> why) {
        List<LedgerEntry> out = new ArrayList<>();
        for (QuoteMarks.Marked q : d.quotes) {
            int n = quoteAt(quotes, q.start(), q.end());
            LedgerEntry.Reason r = n > 0 ? null : reason(why.get(q), why.get(q.start()), quotes, q.start(), q.end());
            out.add(new LedgerEntry(LedgerEntry.Source.MARKS, q.start(), q.end(),
                    d.text.substring(q.start(), q.end()), "", n, r));
        }
        for (QuoteMarks.Marked q : nicknames) {
            out.add(new LedgerEntry(LedgerEntry.Source.MARKS, q.start(), q.end(),
                    d.text.substring(q.start(), q.end()), "", 0, LedgerEntry.Reason.NICKNAME));
        }
        for (Attribution a : atts) {
            int s = a.contentStart();
            int e = Math.max(a.contentEnd(), s);
            int n = e > s ? quoteAt(quotes, s, e) : 0;
            LedgerEntry.Reason r = n > 0 ? null : reason(why.get(a), why.get(s), quotes, s, e);
            out.add(new LedgerEntry(LedgerEntry.Source.CUE, s, e, d.text.substring(s, e), a.cue(), n, r));
        }
        for (ReportedSpeechFinder.StrayCue stray : strayCues) {
            int cue = stray.tok();
            int sent = d.sentOf[cue];
            int s = d.tok[d.sentStart[sent]].begin();
            int e = d.tok[d.sentEnd[sent] - 1].end();
            out.add(new LedgerEntry(LedgerEntry.Source.CUE, s, e, d.text.substring(s, e), d.word(cue), 0, stray.reason()));
        }
        out.sort(Comparator.comparingInt(LedgerEntry::start).thenComparing(LedgerEntry::source));
        return out;
    }

    private static LedgerEntry.Reason reason(LedgerEntry.Reason recorded, LedgerEntry.Reason dropped,
                                             List<QuoteSpan> quotes, int s, int e) {
        if (recorded != null) {
            return recorded;
        }
        if (dropped != null) {
            return dropped;
        }
        for (QuoteSpan q : quotes) {
            if (q.start() < e && s < q.end()) {
                return LedgerEntry.Reason.INSIDE_QUOTE;
            }
        }
        return LedgerEntry.Reason.NO_SPEAKER;
    }

    /** The 1-based number of the quote that covers most of [s, e), or 0. */
    private static int quoteAt(List<QuoteSpan> quotes, int s, int e) {
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            int overlap = Math.min(q.end(), e) - Math.max(q.start(), s);
            if (overlap > 0 && overlap * 2 >= Math.min(e - s, q.end() - q.start())) {
                return i + 1;
            }
        }
        return 0;
    }
}
