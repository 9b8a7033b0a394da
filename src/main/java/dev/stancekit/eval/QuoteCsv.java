package dev.stancekit.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the quote CSVs that {@link Scorer} compares, the way score.py reads them:
 * UTF-8 with or without a byte-order mark, a header row, cells kept verbatim (not trimmed), header
 * names case-sensitive, a later duplicate column winning, blank lines skipped, short rows padded
 * with empty cells. Rows with more cells than the header are an error (usually an unquoted comma).
 */
public final class QuoteCsv {

    /** Columns a gold file must have. */
    public static final List<String> GOLD_COLUMNS = List.of("article", "kind", "text");
    /** Columns a predicted file must have. */
    public static final List<String> PRED_COLUMNS = List.of("article", "text");

    private QuoteCsv() {
    }

    /**
     * Reads a CSV file into rows keyed by header name.
     *
     * @param required columns that must be in the header
     * @throws IOException with the file name and a clear reason when it cannot be read or parsed
     */
    public static List<Map<String, String>> read(Path file, List<String> required) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8 text", e);
        }
        return parse(text, file.toString(), required);
    }

    /** Parses CSV text; {@code name} is used in error messages. */
    public static List<Map<String, String>> parse(String text, String name, List<String> required)
            throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = new StringReader(body); CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
            List<String> header = null;
            for (CSVRecord rec : p) {
                if (header == null) {
                    header = rec.toList();
                    continue;
                }
                if (rec.size() > header.size()) {
                    throw new IOException(name + ": line " + rec.getParser().getCurrentLineNumber()
                            + " has " + rec.size() + " cells but the header has " + header.size()
                            + " columns (unquoted comma?)");
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < rec.size() ? rec.get(i) : "");
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(header == null ? List.of() : header);
            if (!missing.isEmpty()) {
                throw new IOException(name + ": missing column(s) " + String.join(", ", missing)
                        + (header == null ? " (the file is empty)" : " in header " + header));
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new IOException(name + ": malformed CSV: " + e.getMessage(), e);
        }
        return Collections.unmodifiableList(rows);
    }

    /** Writes rows as CSV with the given header; absent cells are written empty. */
    public static void write(Appendable out, List<String> header, List<Map<String, String>> rows)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setRecordSeparator("\n").get());
        printer.printRecord(header);
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>(header.size());
            for (String h : header) {
                cells.add(row.getOrDefault(h, ""));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
