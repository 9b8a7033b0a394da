package dev.stancekit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV manifest read one record at a time. Records are cut at line ends outside quotes, so a
 * malformed row (stray or unterminated quote, wrong number of fields) becomes an error for that
 * row and reading goes on with the next line. Lines starting with # between records are comments.
 */
final class CsvManifest extends ManifestIterator {

    private static final CSVFormat ROW = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    /** The same row untrimmed, to keep the leading and trailing white space of unquoted texts. */
    private static final CSVFormat RAW = CSVFormat.DEFAULT;

    private final String name;
    private final Deque<BoundedLines.Line> pushback = new ArrayDeque<>();
    private List<String> header;

    CsvManifest(BoundedLines lines, Origin file, long maxBytes, PathPolicy policy) {
        super(lines, file, maxBytes, policy);
        this.name = file.where();
    }

    @Override
    Loaded advance() throws IOException {
        while (true) {
            List<BoundedLines.Line> rec = record();
            if (rec == null) {
                return null;
            }
            long lineNo = rec.get(0).number();
            String ref = name + "#" + lineNo;
            String rowId = file.name() + "#" + lineNo;
            if (rec.get(rec.size() - 1) == null) {
                rec.remove(rec.size() - 1);
                retry(rec);
                return Loaded.error(rowId, ref, "line " + lineNo + ": unterminated quote or record too large; row not read");
            }
            if (rec.stream().anyMatch(BoundedLines.Line::cut)) {
                return Loaded.skipped(rowId, ref, "line " + lineNo + ": row larger than the size limit ("
                        + FileLoader.mb(maxBytes) + "); not read");
            }
            StringBuilder sb = new StringBuilder();
            for (BoundedLines.Line l : rec) {
                sb.append(sb.length() == 0 ? "" : "\n").append(l.text());
            }
            List<String> fields;
            try (CSVParser p = CSVParser.parse(sb.toString(), ROW)) {
                List<CSVRecord> all = p.getRecords();
                fields = all.isEmpty() ? List.of() : all.get(0).toList();
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                retry(rec);
                return Loaded.error(rowId, ref, "line " + lineNo + ": malformed CSV row: " + firstLine(e));
            }
            if (header == null) {
                header = new ArrayList<>();
                for (String h : fields) {
                    header.add(h.strip().toLowerCase(Locale.ROOT));
                }
                if (ManifestRow.quoteTable(new LinkedHashSet<>(header))) {
                    stop();
                    return Loaded.skipped(file.name(), name, "a table of quotes (it has article, kind and speaker columns: a gold "
                            + "file or a quotes.csv of an earlier run), not articles; not read");
                }
                if (!ManifestRow.usable(new LinkedHashSet<>(header))) {
                    stop();
                    return Loaded.error(file.name(), name,
                            "not a manifest: the header needs a text or path column (found: " + String.join(", ", header) + ")");
                }
                continue;
            }
            if (fields.size() != header.size()) {
                retry(rec);
                return Loaded.error(rowId, ref, "line " + lineNo + ": " + fields.size() + " fields, header has "
                        + header.size() + "; row not read");
            }
            List<String> raw = untrimmed(sb.toString(), fields.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String v = fields.get(i);
                if (raw != null && ManifestRow.TEXT.contains(header.get(i)) && raw.get(i).strip().equals(v)) {
                    v = raw.get(i); // an unquoted text keeps its indentation
                }
                row.putIfAbsent(header.get(i), v);
            }
            return ManifestRow.load(row, file, ref, maxBytes, policy);
        }
    }

    /** The fields of a row without trimming, or null when they do not line up with the trimmed ones. */
    private static List<String> untrimmed(String record, int n) {
        try (CSVParser p = CSVParser.parse(record, RAW)) {
            List<CSVRecord> all = p.getRecords();
            return all.size() == 1 && all.get(0).size() == n ? all.get(0).toList() : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * The lines of the next record (quotes balanced), or null at the end. When the file ends or
     * the record grows past the limit inside quotes, the list ends with a null element.
     */
    private List<BoundedLines.Line> record() throws IOException {
        BoundedLines.Line first;
        do {
            first = take();
            if (first == null) {
                return null;
            }
        } while (first.text().isBlank() || first.text().startsWith("#"));
        List<BoundedLines.Line> rec = new ArrayList<>();
        rec.add(first);
        boolean open = inQuotes(first.text(), false);
        long size = first.text().length();
        while (open) {
            BoundedLines.Line l = take();
            if (l == null || size > maxBytes + 65536) {
                if (l != null) {
                    pushback.push(l);
                }
                rec.add(null);
                return rec;
            }
            rec.add(l);
            size += l.text().length() + 1;
            open = inQuotes(l.text(), true);
        }
        return rec;
    }

    /** A failed record of several lines: its lines after the first are read again as new records. */
    private void retry(List<BoundedLines.Line> rec) {
        for (int i = rec.size() - 1; i >= 1; i--) {
            pushback.push(rec.get(i));
        }
    }

    private BoundedLines.Line take() throws IOException {
        return pushback.isEmpty() ? lines.next() : pushback.pop();
    }

    /**
     * Whether a quoted field is still open at the end of {@code s}, scanning as CSV does: a quote
     * opens a field only at its start; inside, a doubled quote is a quote and a single one closes.
     */
    static boolean inQuotes(String s, boolean open) {
        boolean fieldStart = !open;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (open) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        open = false;
                    }
                }
            } else if (c == ',') {
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                open = true;
                fieldStart = false;
            } else if (c != ' ' && c != '\t') {
                fieldStart = false;
            }
        }
        return open;
    }

    private static String firstLine(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
