package dev.stancekit.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The sides a report knows (from {@code sides.csv}: id, label, adjective, colour, order) and the
 * pair whose quotes the framing analysis contrasts (by default US and China). A side that speakers
 * carry but that no row lists (a registry may add one) still gets a colour of its own and sorts
 * after the listed sides. Immutable.
 */
public final class Sides {

    /** One side: its id as in quotes.csv, its label and adjective for titles, its colour and rank. */
    public record Side(String id, String label, String adjective, Color colour, int order) {
        public Side {
            Objects.requireNonNull(id, "id");
            label = label == null || label.isBlank() ? id : label;
            adjective = adjective == null || adjective.isBlank() ? label : adjective;
            Objects.requireNonNull(colour, "colour");
        }
    }

    private final Map<String, Side> byId;
    private final String first;
    private final String second;

    private Sides(Map<String, Side> byId, String first, String second) {
        this.byId = byId;
        this.first = first;
        this.second = second;
    }

    /**
     * The sides of these rows (columns {@code id, label, adjective, colour, order}; a later row
     * with the same id replaces an earlier one) contrasting {@code first} with {@code second}.
     *
     * @throws IllegalArgumentException naming the row when a colour or order is invalid, or when
     *                                  the contrast pair is not two different sides
     */
    public static Sides of(List<Map<String, String>> rows, String first, String second) {
        Map<String, Side> byId = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String id = r.getOrDefault("id", "").strip();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("sides.csv: a row without id: " + r);
            }
            Color c;
            int order;
            try {
                c = Color.decode(r.getOrDefault("colour", "").strip());
                order = Integer.parseInt(r.getOrDefault("order", "").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sides.csv: side '" + id + "' needs a colour like #1F5FBF and "
                        + "a whole-number order: " + r, e);
            }
            byId.remove(id);
            byId.put(id, new Side(id, r.get("label"), r.get("adjective"), c, order));
        }
        if (first == null || second == null || first.equals(second)) {
            throw new IllegalArgumentException("the contrast needs two different sides, got " + first + " and " + second);
        }
        return new Sides(byId, first, second);
    }

    /** The first side of the contrast pair (default "US"). */
    public String first() {
        return first;
    }

    /** The second side of the contrast pair (default "China"). */
    public String second() {
        return second;
    }

    /** The listed sides, in report order. */
    public List<Side> listed() {
        List<Side> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt(Side::order).thenComparing(Side::id));
        return out;
    }

    /** A side by id; one that is not listed gets its id as label and a colour made from its id. */
    public Side side(String id) {
        Side s = byId.get(id);
        if (s != null) {
            return s;
        }
        float hue = Math.floorMod(id.toLowerCase(Locale.ROOT).hashCode(), 360) / 360f;
        return new Side(id, id, id, Color.getHSBColor(hue, 0.6f, 0.7f), Integer.MAX_VALUE);
    }

    public Color colour(String id) {
        return side(id).colour();
    }

    /** Report order: listed sides by their order, then the others by name. */
    public Comparator<String> order() {
        return Comparator.comparingInt((String id) -> side(id).order()).thenComparing(Comparator.naturalOrder());
    }
}
