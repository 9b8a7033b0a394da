package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.xlsx: one typed sheet per table; accents, dates and numbers survive; formula-like text stays text. */
class XlsxTest {

    @TempDir
    Path dir;

    static int col(Sheet s, String name) {
        Row h = s.getRow(0);
        for (Cell c : h) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void typedSheets() throws Exception {
        List<IngestResult> inputs = Fixtures.inputs();
        List<Quote> quotes = new ArrayList<>(Fixtures.quotes(inputs));
        quotes.add(Fixtures.quote(inputs.get(0).article(), 77, Fixtures.CN_MIN, "=HYPERLINK(\"x\") Zhōngnánhǎi", new String[] {"trade"}, 0.3));
        ReportWriter.builder().charts(false).html(false).xlsx(true).build().write(dir, inputs, quotes);
        try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String t : List.of("summary", "quotes", "articles", "speakers", "volume_by_period", "volume_by_outlet")) {
                assertTrue(wb.getSheet(t) != null, t);
            }
            Sheet q = wb.getSheet("quotes");
            assertEquals(quotes.size(), q.getLastRowNum());
            Row last = q.getRow(q.getLastRowNum());
            Cell text = last.getCell(col(q, "text"));
            assertEquals(CellType.STRING, text.getCellType(), "formula-like text is text, never a formula");
            assertEquals("=HYPERLINK(\"x\") Zhōngnánhǎi", text.getStringCellValue(), "no apostrophe, accents kept");
            assertEquals(CellType.NUMERIC, last.getCell(col(q, "tone")).getCellType());
            assertEquals(0.3, last.getCell(col(q, "tone")).getNumericCellValue(), 1e-9);
            Cell date = q.getRow(1).getCell(col(q, "date"));
            assertTrue(date.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(date));
            assertEquals(java.time.LocalDate.of(2024, 1, 3), date.getLocalDateTimeCellValue().toLocalDate());
            Sheet s = wb.getSheet("summary");
            assertEquals(CellType.STRING, s.getRow(1).getCell(col(s, "period")).getCellType(), "period labels stay text");
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(col(s, "quotes")).getCellType());
        }
    }
}
