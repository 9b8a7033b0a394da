package dev.stancekit.speakers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the rows of a registry file (bundled rows first, the user's rows last) so that a later row
 * wins on the same canonical name or alias: a row with a canonical already seen overrides the older
 * row's non-blank fields and adds its aliases, and an alias claimed again moves to the later row.
 */
final class Layered {

    /** A surviving row with the names (canonical and aliases) it still owns, as written. */
    record Entry(Map<String, String> row, String canonical, List<String> names) {
    }

    private Layered() {
    }

    static List<Entry> merge(List<Map<String, String>> rows, String file) {
        Map<String, Map<String, String>> byCanon = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String canonical = row.getOrDefault("canonical", "").strip();
            String canonKey = Words.key(canonical);
            if (canonKey.isEmpty()) {
                throw new IllegalArgumentException(file + ": entry " + (i + 1)
                        + " has no canonical name (a 'canonical' column with letters is required): " + row);
            }
            Map<String, String> old = byCanon.get(canonKey);
            if (old != null) {
                Map<String, String> merged = new LinkedHashMap<>(old);
                row.forEach((k, v) -> {
                    if (v != null && !v.isBlank()) {
                        merged.put(k, v);
                    }
                });
                row = merged;
            }
            byCanon.put(canonKey, row);
            List<String> names = new ArrayList<>();
            names.add(canonical);
            for (String a : row.getOrDefault("aliases", "").split(";")) {
                if (!a.isBlank()) {
                    names.add(a.strip());
                }
            }
            for (String n : names) {
                String k = Words.key(n);
                if (k.isEmpty()) {
                    throw new IllegalArgumentException(file + ": alias '" + n + "' of '" + canonical
                            + "' has no letters or digits");
                }
                owner.remove(k);
                owner.put(k, canonKey);
                spelling.put(k, n);
            }
        }
        Map<String, List<String>> namesOf = new LinkedHashMap<>();
        owner.forEach((k, c) -> namesOf.computeIfAbsent(c, x -> new ArrayList<>()).add(spelling.get(k)));
        List<Entry> out = new ArrayList<>();
        byCanon.forEach((c, row) -> out.add(new Entry(row, row.get("canonical").strip(),
                List.copyOf(namesOf.getOrDefault(c, List.of())))));
        return out;
    }

    /** The side as the reports spell it (US, China, other, unknown); other values are kept. */
    static String side(String side, String file, String canonical) {
        String s = side == null ? "" : side.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(file + ": '" + canonical + "' has no side (US, China or other)");
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "us", "u.s.", "usa" -> "US";
            case "china", "prc" -> "China";
            case "other" -> "other";
            case "unknown" -> "unknown";
            default -> s;
        };
    }
}
