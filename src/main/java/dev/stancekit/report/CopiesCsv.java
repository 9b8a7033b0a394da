package dev.stancekit.report;

import dev.stancekit.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/** {@code copies.csv}: one row per article of each wire-copy cluster, the canonical article first. */
final class CopiesCsv {

    static final List<String> HEADER = List.of("wire_cluster", "article", "role", "outlet", "date", "title", "url",
            "similarity", "outlets");

    private CopiesCsv() {
    }

    static void write(Path file, WireCopies copies, Map<String, Article> articles, boolean excel) throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, HEADER)) {
            for (Map.Entry<String, List<WireCopies.Member>> e : copies.clusters().entrySet()) {
                int outlets = copies.outletCounts().getOrDefault(e.getKey(), 1);
                for (WireCopies.Member m : e.getValue()) {
                    Article a = articles.get(m.id());
                    Cells.row(p, e.getKey(), m.id(), m.id().equals(e.getKey()) ? "canonical" : "copy", m.outlet(),
                            a == null ? "" : Cells.date(a.date()), a == null ? "" : a.title(), a == null ? "" : a.url(),
                            Cells.num3(m.similarity()), outlets);
                }
            }
        }
    }
}
