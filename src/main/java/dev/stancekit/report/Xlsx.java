package dev.stancekit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code report.xlsx}: every CSV table of the report as one sheet, with typed cells: a column whose
 * every value is a number holds numbers, one whose every value is an ISO date holds dates, the rest
 * text. Text cells are never formulas, so the CSV's leading apostrophe on formula-like text is
 * removed here and the cell shows the text as it was written.
 */
final class Xlsx {

    /** The tables, in sheet order. */
    static final List<String> TABLES = List.of("summary", "quotes", "articles", "speakers", "theme_tone",
            "framing", "volume_by_period", "volume_by_side_theme", "volume_by_outlet", "copies");
    /** Columns that stay text even when every value looks like a number (ids, period labels). */
    private static final Set<String> TEXT = Set.of("period", "article", "quote_id", "wire_cluster", "copy_of", "term");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Excel's limit on characters in one cell. */
    private static final int MAX_CELL = 32_767;

    enum Type { NUMBER, DATE, TEXT }

    static {
        // POI logs through log4j-api, which warns on stderr when it finds no back end; its simple
        // logger (errors only) is enough. A user's own setting wins.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private Xlsx() {
    }

    /** Writes {@code target} from the CSV tables in {@code dir} (those that exist). */
    static void write(Path dir, Path target) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (String t : TABLES) {
                Path csv = dir.resolve(t + ".csv");
                if (Files.isRegularFile(csv)) {
                    sheet(wb.createSheet(t), csv, head, date);
                }
            }
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            wb.dispose();
        }
    }

    /** The type of each column of a CSV file (first pass). */
    static List<Type> types(Path csv) throws IOException {
        List<Type> types = new ArrayList<>();
        try (Reader r = reader(csv); CSVParser p = CSVParser.parse(r, format())) {
            List<String> header = p.getHeaderNames();
            header.forEach(h -> types.add(TEXT.contains(h) ? Type.TEXT : null));
            for (CSVRecord rec : p) {
                for (int i = 0; i < header.size() && i < rec.size(); i++) {
                    String v = rec.get(i);
                    if (v.isEmpty() || types.get(i) == Type.TEXT) {
                        continue;
                    }
                    Type t = NUMBER.matcher(v).matches() ? Type.NUMBER : isDate(v) ? Type.DATE : Type.TEXT;
                    types.set(i, types.get(i) == null || types.get(i) == t ? t : Type.TEXT);
                }
            }
        }
        types.replaceAll(t -> t == null ? Type.TEXT : t);
        return types;
    }

    private static boolean isDate(String v) {
        if (!DATE.matcher(v).matches()) {
            return false;
        }
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void sheet(Sheet sh, Path csv, CellStyle head, CellStyle date) throws IOException {
        List<Type> types = types(csv);
        try (Reader r = reader(csv); CSVParser p = CSVParser.parse(r, format())) {
            List<String> header = p.getHeaderNames();
            Row h = sh.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(head);
            }
            sh.createFreezePane(0, 1);
            int n = 1;
            for (CSVRecord rec : p) {
                Row row = sh.createRow(n++);
                for (int i = 0; i < rec.size() && i < types.size(); i++) {
                    String v = rec.get(i);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    switch (types.get(i)) {
                        case NUMBER -> c.setCellValue(Double.parseDouble(v));
                        case DATE -> {
                            c.setCellValue(LocalDate.parse(v));
                            c.setCellStyle(date);
                        }
                        case TEXT -> {
                            String text = Cells.undefuse(v);
                            c.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
                        }
                    }
                }
            }
        }
    }

    private static CSVFormat format() {
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    private static Reader reader(Path csv) throws IOException {
        Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        r.mark(1);
        if (r.read() != Cells.BOM) {
            r.reset();
        }
        return r;
    }
}
