// The code cells of theme_divergence.ipynb, in order (run: jshell notebooks/theme_divergence.jsh).
// Generated from the notebook; NotebooksTest checks that the two hold the same code.

import java.nio.file.*;
import java.time.*;
import java.time.temporal.IsoFields;
import java.util.*;
import java.util.stream.*;

// The report folder: -Dstancekit.reports=DIR or STANCEKIT_REPORTS=DIR, else reports/latest under the
// repository root (the first folder with pom.xml and notebooks/ walking up from where this was started).
Path findReports() {
    String given = System.getProperty("stancekit.reports", System.getenv("STANCEKIT_REPORTS"));
    if (given != null && !given.isBlank()) return Path.of(given).toAbsolutePath();
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent())
        if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("notebooks")))
            return d.resolve("reports").resolve("latest");
    return Path.of("reports", "latest").toAbsolutePath();
}
Path reportsDir = findReports();
String reports = reportsDir.toString();
System.out.println("reading " + reportsDir);
if (!Files.isRegularFile(reportsDir.resolve("summary.csv")))
    System.out.println("no report there: run `java -jar target/stancekit.jar run` in the repository first, "
            + "or set STANCEKIT_REPORTS to a report folder");

// A small RFC 4180 reader using only the JDK (quoted cells may hold commas, quotes and newlines).
// stancekit prefixes cells that start with = + - @ tab or CR with an apostrophe; undo that.
String undefuse(String s) {
    int k = 0;
    while (k < s.length() && s.charAt(k) == '\'') k++;
    return k > 0 && k < s.length() && "=+-@\t\r".indexOf(s.charAt(k)) >= 0 ? s.substring(1) : s;
}

List<Map<String, String>> readCsv(String name) throws java.io.IOException {
    String s = Files.readString(Path.of(reports, name));
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
            if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') { cell.append('"'); i++; }
            else if (c == '"') quoted = false;
            else cell.append(c);
        } else if (c == '"') quoted = true;
        else if (c == ',') { row.add(cell.toString()); cell.setLength(0); }
        else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            row.add(cell.toString()); cell.setLength(0);
            rows.add(row); row = new ArrayList<>();
        } else cell.append(c);
    }
    if (cell.length() > 0 || !row.isEmpty()) { row.add(cell.toString()); rows.add(row); }
    List<String> header = rows.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int j = 0; j < header.size(); j++) m.put(header.get(j), j < r.size() ? undefuse(r.get(j)) : "");
        out.add(m);
    }
    return out;
}

// Periods sit on a calendar: 2024-05-13 (day), 2024-W20 (ISO week), 2024-05 (month), 2024-Q2, 2024.
// periodIndex numbers them so that neighbouring periods differ by 1: 2023-02 and 2023-06 are 4 apart,
// and the months between them are a gap, not a step.
long periodIndex(String p) {
    if (p.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(p).toEpochDay();
    if (p.matches("\\d{4}-W\\d{2}")) return Math.floorDiv(LocalDate.of(Integer.parseInt(p.substring(0, 4)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(p.substring(6)))
            .with(DayOfWeek.MONDAY).toEpochDay(), 7);
    if (p.matches("\\d{4}-Q\\d")) return Integer.parseInt(p.substring(0, 4)) * 4L + Integer.parseInt(p.substring(6)) - 1;
    if (p.matches("\\d{4}-\\d{2}")) return Integer.parseInt(p.substring(0, 4)) * 12L + Integer.parseInt(p.substring(5)) - 1;
    if (p.matches("\\d{4}")) return Long.parseLong(p);
    throw new IllegalArgumentException("not a period label: " + p);
}

String periodUnit(String p) {
    return p.matches("\\d{4}-\\d{2}-\\d{2}") ? "day" : p.contains("-W") ? "week" : p.contains("-Q") ? "quarter"
            : p.matches("\\d{4}-\\d{2}") ? "month" : "year";
}

// Least-squares slope of y over the periods' calendar positions x (NaN with fewer than two points).
double slope(List<Long> xs, List<Double> ys) {
    int n = ys.size();
    if (n < 2) return Double.NaN;
    double mx = xs.stream().mapToDouble(d -> d).average().orElse(0), my = ys.stream().mapToDouble(d -> d).average().orElse(0);
    double num = 0, den = 0;
    for (int i = 0; i < n; i++) { num += (xs.get(i) - mx) * (ys.get(i) - my); den += (xs.get(i) - mx) * (xs.get(i) - mx); }
    return den == 0 ? Double.NaN : num / den;
}

// Before printing period `p`, a line for the periods without data since the previous one (if any).
String gapLine(String previous, String p, String without) {
    if (previous == null) return "";
    long missing = periodIndex(p) - periodIndex(previous) - 1;
    return missing <= 0 ? "" : String.format("%-10s %s%n", "...", "gap: " + missing + " " + periodUnit(p)
            + (missing == 1 ? "" : "s") + " " + without);
}

String bar(double tone) {
    int n = (int) Math.round(Math.abs(tone) * 20);
    return tone < 0 ? " ".repeat(20 - n) + "#".repeat(n) + "|" : " ".repeat(20) + "|" + "#".repeat(n);
}

// gap = mean tone of US quotes - mean tone of Chinese quotes, per theme and dated period.
record Cell(double tone, int quotes) {}
Map<String, Map<String, Cell>> us = new TreeMap<>(), cn = new TreeMap<>();
for (Map<String, String> r : readCsv("summary.csv")) {
    String p = r.get("period"), t = r.get("theme");
    if (p.equals("all") || p.equals("undated") || t.equals("(all)") || r.get("mean_tone").isEmpty()) continue;
    Map<String, Map<String, Cell>> target = r.get("side").equals("US") ? us : r.get("side").equals("China") ? cn : null;
    if (target != null) target.computeIfAbsent(t, k -> new HashMap<>())
            .put(p, new Cell(Double.parseDouble(r.get("mean_tone")), Integer.parseInt(r.get("quotes"))));
}
record Gap(String period, double gap, int minQuotes) {}
Map<String, TreeMap<Long, Gap>> gaps = new TreeMap<>();
for (String t : us.keySet()) {
    if (!cn.containsKey(t)) continue;
    for (var e : us.get(t).entrySet()) {
        Cell c = cn.get(t).get(e.getKey());
        if (c != null) gaps.computeIfAbsent(t, k -> new TreeMap<>()).put(periodIndex(e.getKey()),
                new Gap(e.getKey(), e.getValue().tone() - c.tone(), Math.min(e.getValue().quotes(), c.quotes())));
    }
}
System.out.println(gaps.size() + " themes with both sides quoted in the same period");

// Rank themes by mean absolute gap; the slope (over calendar positions) says whether the gap widens (+)
// or closes (-) per period.
record Divergence(String theme, int periods, double meanGap, double meanAbsGap, double absGapTrend, String unit) {}
List<Divergence> ranking = new ArrayList<>();
for (var e : gaps.entrySet()) {
    List<Long> xs = new ArrayList<>(e.getValue().keySet());
    List<Double> g = e.getValue().values().stream().map(Gap::gap).toList();
    List<Double> abs = g.stream().map(Math::abs).toList();
    ranking.add(new Divergence(e.getKey(), g.size(), g.stream().mapToDouble(d -> d).average().orElse(0),
            abs.stream().mapToDouble(d -> d).average().orElse(0), slope(xs, abs),
            periodUnit(e.getValue().firstEntry().getValue().period())));
}
ranking.sort(Comparator.comparingDouble(Divergence::meanAbsGap).reversed());
System.out.printf("%-24s %7s %9s %9s %16s%n", "theme", "periods", "gap", "|gap|", "trend");
for (Divergence d : ranking)
    System.out.printf("%-24s %7d %+9.3f %9.3f %16s%n", d.theme(), d.periods(), d.meanGap(), d.meanAbsGap(),
            Double.isNaN(d.absGapTrend()) ? "n/a" : String.format("%+.3f/%s", d.absGapTrend(), d.unit()));
if (!ranking.isEmpty()) System.out.println("Most divergent theme: " + ranking.get(0).theme());

// The gap of the most divergent theme, period by period (positive: US quotes more conciliatory);
// n = the smaller side's quote count in that period; periods without both sides are gaps.
if (!ranking.isEmpty()) {
    String top = ranking.get(0).theme();
    System.out.println("US minus China, theme " + top);
    String prev = null;
    for (Gap g : gaps.get(top).values()) {
        System.out.print(gapLine(prev, g.period(), "without quotes of both sides"));
        System.out.printf("%-10s %+7.3f  n=%-4d %s%n", g.period(), g.gap(), g.minQuotes(), bar(Math.max(-1, Math.min(1, g.gap()))));
        prev = g.period();
    }
}

/exit
