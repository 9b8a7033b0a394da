package dev.stancekit.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    private static final Set<String> CONCEPT_TYPES = Set.of("title", "anonymous", "organization", "boilerplate");
    private static final Set<String> CONCEPT_KINDS = Set.of("title", "honorific", "role", "source", "org-noun", "org-head");

    @TempDir
    Path dir;

    private static boolean has(List<Map<String, String>> rows, String word, String col, String value) {
        return rows.stream().anyMatch(r -> r.get("word").equalsIgnoreCase(word) && value.equals(r.get(col)));
    }

    @Test
    void everyTitleRoleNounAndOrganisationWordIsDefinedInOneFileOnly() {
        Map<String, String> fileOf = new HashMap<>();
        for (String file : Vocabulary.CONCEPT_FILES) {
            for (Map<String, String> row : Resources.bundled().readCsv(file)) {
                String word = row.get("word").toLowerCase(Locale.ROOT);
                String before = fileOf.put(word, file);
                assertEquals(null, before, "'" + word + "' is defined in " + before + " and " + file);
            }
        }
        assertTrue(fileOf.size() > 150, "concept words: " + fileOf.size());
        for (Map<String, String> row : Resources.bundled().readCsv(Vocabulary.ATTRIBUTION_FILE)) {
            assertFalse(CONCEPT_TYPES.contains(row.get("type")), "attribution-words.csv still defines " + row);
        }
        for (Map<String, String> row : Resources.bundled().readCsv(Vocabulary.SPEAKER_FILE)) {
            assertFalse(CONCEPT_KINDS.contains(row.get("kind")), "speaker-words.csv still defines " + row);
        }
    }

    @Test
    void bothStagesReadMinistryFromTheOneOrganisationRow() {
        assertEquals("organisation-words.csv", Vocabulary.CONCEPT_FILES.stream()
                .filter(f -> has(Resources.bundled().readCsv(f), "ministry", "word", "ministry")).findFirst().orElse(""));
        List<Map<String, String>> quotes = Vocabulary.attributionWords(Resources.bundled());
        List<Map<String, String>> speakers = Vocabulary.speakerWords(Resources.bundled());
        assertTrue(has(quotes, "ministry", "type", "organization"));
        assertFalse(has(quotes, "ministry", "type", "title"));
        assertTrue(has(speakers, "ministry", "kind", "org-noun"));
        assertTrue(has(speakers, "ministry", "kind", "title"), "stripped in front of a name");
        // rows of the stages' own files are still there
        assertTrue(has(quotes, "both", "type", "joint"));
        assertTrue(has(speakers, "the", "kind", "determiner"));
    }

    @Test
    void aUsersTitleRowReachesBothStages() throws IOException {
        Files.writeString(dir.resolve("titles.csv"), "word,speaker_kind,attribution\nsheriff,title,title\n");
        Resources res = Resources.overlay(dir);
        assertFalse(has(Vocabulary.attributionWords(Resources.bundled()), "sheriff", "type", "title"));
        assertTrue(has(Vocabulary.attributionWords(res), "sheriff", "type", "title"));
        assertTrue(has(Vocabulary.speakerWords(res), "sheriff", "kind", "title"));
        // the bundled titles are still read: the user's file adds rows
        assertTrue(has(Vocabulary.speakerWords(res), "secretary", "kind", "title"));
    }

    @Test
    void linkBlocksComeFromBoilerplateCsvAndAUserCanTurnOneOff() throws IOException {
        List<String> bundled = Vocabulary.linkBlocks(Resources.bundled());
        assertTrue(bundled.containsAll(List.of("read next", "related", "see also", "more from")), bundled.toString());
        assertFalse(bundled.contains("leave a reply"), "tail_start rows are not paragraph-start link blocks");
        assertTrue(has(Vocabulary.attributionWords(Resources.bundled()), "read next", "type", "boilerplate"));
        Files.writeString(dir.resolve("boilerplate.csv"), "pattern,match,note\nRead Next,off,\nUp Ahead,block_start,\n");
        List<String> user = Vocabulary.linkBlocks(Resources.overlay(dir));
        assertFalse(user.contains("read next"));
        assertTrue(user.contains("up ahead"));
    }

    @Test
    void aConceptFileWithoutTheColumnsIsAClearError() throws IOException {
        Files.writeString(dir.resolve("role-nouns.csv"), "word,kind\nsheriff,role\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.speakerWords(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains("role-nouns.csv") && e.getMessage().contains("speaker_kind"), e.getMessage());
    }
}
