package dev.stancekit.report;

import dev.stancekit.model.Sides;
import dev.stancekit.resources.Resources;

/** Reads {@code sides.csv}: the bundled rows, then a user's rows, which add sides or replace them by id. */
final class SideTable {

    static final String FILE = "sides.csv";
    static final String FIRST = "US";
    static final String SECOND = "China";

    /** The bundled sides, contrasting US with China. */
    static final Sides DEFAULT = load(Resources.bundled(), FIRST, SECOND);

    private SideTable() {
    }

    static Sides load(Resources res, String first, String second) {
        return Sides.of(res.readCsvLayers(FILE), first, second);
    }
}
