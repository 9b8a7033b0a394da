// The code cells of speaker_tone_trend.ipynb, in order (run: jshell notebooks/speaker_tone_trend.jsh).
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

String speaker = "";   // e.g. "Jane Harlow"; empty = the most quoted speaker

// theme_tone.csv has one row per quote and theme: keep one row per quote.
Map<String, Map<String, String>> byQuote = new LinkedHashMap<>();
for (Map<String, String> r : readCsv("theme_tone.csv")) byQuote.putIfAbsent(r.get("quote_id"), r);
List<Map<String, String>> quotes = new ArrayList<>(byQuote.values());

if (speaker.isEmpty()) {
    speaker = quotes.stream().map(r -> r.get("speaker")).filter(s -> !s.isEmpty()).
            collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())).
            entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
}
String who = speaker;
List<Map<String, String>> mine = quotes.stream().filter(r -> r.get("speaker").equals(who)).toList();
String side = mine.isEmpty() ? "" : mine.get(0).get("side");
System.out.println("Speaker: " + who + " (" + side + "), " + mine.size() + " quotes");

// Mean tone of the speaker per period (in calendar order, gaps marked), next to their side's mean
// tone (all themes) in that period.
Map<String, String> sideMean = new HashMap<>();
for (Map<String, String> r : readCsv("summary.csv"))
    if (r.get("side").equals(side) && r.get("theme").equals("(all)")) sideMean.put(r.get("period"), r.get("mean_tone"));

TreeMap<Long, String> labels = new TreeMap<>();
Map<String, List<Double>> perPeriod = new HashMap<>();
for (Map<String, String> r : mine) {
    perPeriod.computeIfAbsent(r.get("period"), k -> new ArrayList<>()).add(Double.parseDouble(r.get("tone")));
    if (!r.get("period").equals("undated")) labels.put(periodIndex(r.get("period")), r.get("period"));
}

List<Long> xs = new ArrayList<>();
List<Double> trend = new ArrayList<>();
System.out.printf("%-10s %4s %7s %7s  %s%n", "period", "n", "tone", "side", "confrontational <-|-> conciliatory");
String previous = null;
for (String p : labels.values()) {
    List<Double> tones = perPeriod.get(p);
    double mean = tones.stream().mapToDouble(d -> d).average().orElse(0);
    xs.add(periodIndex(p));
    trend.add(mean);
    System.out.print(gapLine(previous, p, "without quotes of " + who));
    System.out.printf("%-10s %4d %7.3f %7s  %s%n", p, tones.size(), mean, sideMean.getOrDefault(p, ""), bar(mean));
    previous = p;
}
if (perPeriod.containsKey("undated"))
    System.out.printf("%-10s %4d quotes without a date (not in the trend)%n", "undated", perPeriod.get("undated").size());

// Trend: least-squares slope of the speaker's mean tone over the calendar, and the gap to their side.
double s = slope(xs, trend);
String unit = labels.isEmpty() ? "period" : periodUnit(labels.firstEntry().getValue());
double gap = perPeriod.entrySet().stream().filter(e -> sideMean.containsKey(e.getKey())).
        mapToDouble(e -> e.getValue().stream().mapToDouble(d -> d).average().orElse(0)
                - Double.parseDouble(sideMean.get(e.getKey()))).
        average().orElse(Double.NaN);
long span = labels.isEmpty() ? 0 : labels.lastKey() - labels.firstKey() + 1;
System.out.printf("Trend: %s per %s over %d dated periods spanning %d %ss%n",
        Double.isNaN(s) ? "n/a" : String.format("%+.3f", s), unit, trend.size(), span, unit);
System.out.printf("Average gap to the %s side: %+.3f (positive = more conciliatory than their side)%n", side, gap);

/exit
