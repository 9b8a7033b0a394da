package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteColumns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes and reads {@code quotes.csv}, one row per quote, with the columns of {@link QuoteColumns}:
 * reading what was written gives the same quotes back, and writing them again the identical file.
 */
public final class QuotesCsv {

    static final List<String> HEADER = QuoteColumns.NAMES;

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
                List<Object> cells = new ArrayList<>(QuoteColumns.cells(q));
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
            for (String h : HEADER.subList(0, HEADER.size() - 1)) { // in_reply_to may be absent (older files)
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
        return QuoteColumns.fromCells(col -> col.equals("in_reply_to") && !rec.isSet(col) ? null : get(rec, col));
    }

    private static String get(CSVRecord rec, String col) {
        if (!rec.isSet(col)) {
            throw new IllegalArgumentException("row has no value for '" + col + "'");
        }
        return Cells.undefuse(rec.get(col));
    }
}
