package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonIndexTest {

    static final PersonIndex PEOPLE = PersonIndex.load(Resources.bundled());

    static List<String> folds(String s) {
        return Words.folds(Words.tokenize(s));
    }

    @Test
    void bundledRegistryIsLargeAndCoversTheThreeSides() {
        assertTrue(PEOPLE.size() >= 80, "size " + PEOPLE.size());
        Map<String, Integer> bySide = new HashMap<>();
        for (Map<String, String> row : Resources.bundled().readCsv(PersonIndex.FILE)) {
            bySide.merge(row.get("side"), 1, Integer::sum);
        }
        assertEquals(Set.of("US", "China", "other"), bySide.keySet());
        bySide.values().forEach(n -> assertTrue(n >= 20, bySide.toString()));
    }

    @Test
    void noNameBelongsToTwoBundledPeople() {
        Map<String, String> owner = new HashMap<>();
        for (Map<String, String> row : Resources.bundled().readCsv(PersonIndex.FILE)) {
            List<String> names = new java.util.ArrayList<>(List.of(row.get("aliases").split(";")));
            names.add(row.get("canonical"));
            for (String n : names) {
                if (!n.isBlank()) {
                    String before = owner.putIfAbsent(Words.key(n), row.get("canonical"));
                    assertTrue(before == null || before.equals(row.get("canonical")),
                            n + " names both " + before + " and " + row.get("canonical"));
                }
            }
        }
    }

    @Test
    void exactAndPartialLookups() {
        assertEquals("Dong Jun", PEOPLE.exact(folds("Đổng Quân")).canonical());
        assertNull(PEOPLE.exact(folds("Dong")));
        assertEquals("Dong Jun", PEOPLE.partial(folds("Dong"), folds("Minister Dong Quan spoke")).canonical());
        assertNull(PEOPLE.partial(folds("Dong"), folds("nobody named")));
        assertNull(PEOPLE.partial(folds("Li"), folds("Li Qiang met Li Shangfu")));
    }
}
