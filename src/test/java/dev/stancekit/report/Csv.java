package dev.stancekit.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Test helper: reads a written CSV into header-keyed rows (raw cells, not undefused). */
final class Csv {

    final List<String> header;
    final List<Map<String, String>> rows;

    private Csv(List<String> header, List<Map<String, String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static Csv read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        try (Reader r = new java.io.StringReader(s);
             CSVParser p = CSVParser.parse(r, CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String h : p.getHeaderNames()) {
                    m.put(h, rec.get(h));
                }
                rows.add(m);
            }
            return new Csv(p.getHeaderNames(), rows);
        }
    }

    List<Map<String, String>> where(String col, String value) {
        return rows.stream().filter(r -> value.equals(r.get(col))).toList();
    }
}
