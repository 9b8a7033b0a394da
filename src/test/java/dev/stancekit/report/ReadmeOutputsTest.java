package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's outputs table names every file a report folder holds. */
class ReadmeOutputsTest {

    @Test
    void everyWrittenFileIsInTheOutputsTable(@TempDir Path dir) throws IOException {
        List<IngestResult> inputs = Fixtures.inputs();
        ReportWriter.builder().xlsx(true).build().write(dir, inputs, Fixtures.quotes(inputs));
        String readme = Files.readString(Path.of("README.md"));
        String outputs = readme.substring(readme.indexOf("## Outputs"), readme.indexOf("\n## ", readme.indexOf("## Outputs") + 5));
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).forEach(n ->
                    names.add(n.endsWith(".png") || n.endsWith(".svg") ? "*" + n.substring(n.lastIndexOf('.')) : n));
        }
        assertFalse(names.isEmpty());
        assertTrue(names.contains("*.png") && names.contains("report.html") && names.contains("quotes.csv"), names.toString());
        for (String n : names) {
            assertTrue(outputs.contains("`" + n + "`"), "README's outputs table lacks " + n);
        }
        for (String column : Files.readAllLines(dir.resolve("quotes.csv")).get(0).split(",")) {
            assertTrue(outputs.contains(column), "README's quotes.csv row lacks column " + column);
        }
    }
}
