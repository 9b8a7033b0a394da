package dev.stancekit.report;

import dev.stancekit.Quote;
import dev.stancekit.quotes.QuoteKind;
import dev.stancekit.speakers.Speaker;
import dev.stancekit.speakers.SpeakerType;
import dev.stancekit.tone.Tone;
import dev.stancekit.tone.ToneLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes and reads {@code quotes.csv}, one row per quote. Reading what was written gives the same
 * quotes back, except for what the file does not hold: the tone score is rounded to three
 * decimals, the speaker's role is "" and its registry flag false, and empty theme or cue items are
 * dropped. Writing the read quotes again gives the identical file.
 */
public final class QuotesCsv {

    static final List<String> HEADER = List.of("quote_id", "article", "date", "kind", "text", "cue",
            "speaker", "speaker_mention", "speaker_type", "side", "themes", "tone", "tone_label",
            "tone_cues", "start", "end", "side_evidence");

    private QuotesCsv() {
    }

    /** Writes the quotes; with {@code excel} the file starts with a UTF-8 byte-order mark. */
    public static void write(Path file, List<Quote> quotes, boolean excel) throws IOException {
        write(file, quotes, excel, List.of(), q -> List.of());
    }

    /** As {@link #write(Path, List, boolean)} with extra columns after the standard ones (ignored by {@link #read}). */
    static void write(Path file, List<Quote> quotes, boolean excel, List<String> extraHeader,
                      java.util.function.Function<Quote, List<Object>> extra) throws IOException {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(extraHeader);
        try (CSVPrinter p = Cells.open(file, excel, header)) {
            for (Quote q : quotes) {
                Speaker s = q.speaker();
                List<Object> cells = new ArrayList<>(List.of(q.id(), q.article(), Cells.date(q.date()), q.kind().label(),
                        q.text(), q.cue(), s.canonical(), q.speakerMention(), s.type().label(), s.side(),
                        Cells.joinList(q.themes()), Cells.num3(q.tone().score()),
                        q.tone().label().label(), Cells.joinList(q.tone().cues()), q.start(), q.end(),
                        s.evidence()));
                cells.addAll(extra.apply(q));
                Cells.row(p, cells.toArray());
            }
        }
    }

    /**
     * Reads a {@code quotes.csv} written by {@link #write} (with or without byte-order mark).
     *
     * @throws IOException naming the file and line when a column is missing or a value is invalid
     */
    public static List<Quote> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    static List<Quote> read(Reader in, String name) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        r.mark(1);
        if (r.read() != Cells.BOM) {
            r.reset();
        }
        CSVFormat fmt = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Quote> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(r, fmt)) {
            for (String h : HEADER) {
                if (!p.getHeaderMap().containsKey(h)) {
                    throw new IOException(name + ": missing column '" + h + "' (has "
                            + p.getHeaderNames() + ")");
                }
            }
            for (CSVRecord rec : p) {
                try {
                    out.add(parse(rec));
                } catch (RuntimeException e) {
                    throw new IOException(name + " line " + rec.getParser().getCurrentLineNumber()
                            + ": " + e.getMessage(), e);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static Quote parse(CSVRecord rec) {
        String d = get(rec, "date");
        LocalDate date;
        try {
            date = d.isEmpty() ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + d + "'", e);
        }
        Speaker s = new Speaker(get(rec, "speaker"), SpeakerType.parse(get(rec, "speaker_type")),
                get(rec, "side"), "", false, get(rec, "side_evidence"));
        Tone tone = new Tone(Double.parseDouble(get(rec, "tone")),
                ToneLabel.parse(get(rec, "tone_label")), Cells.splitList(get(rec, "tone_cues")));
        return new Quote(get(rec, "quote_id"), get(rec, "article"), date,
                QuoteKind.parse(get(rec, "kind")), get(rec, "text"), get(rec, "cue"),
                get(rec, "speaker_mention"), s, Cells.splitList(get(rec, "themes")), tone,
                Integer.parseInt(get(rec, "start")), Integer.parseInt(get(rec, "end")));
    }

    private static String get(CSVRecord rec, String col) {
        if (!rec.isSet(col)) {
            throw new IllegalArgumentException("row has no value for '" + col + "'");
        }
        return Cells.undefuse(rec.get(col));
    }
}
