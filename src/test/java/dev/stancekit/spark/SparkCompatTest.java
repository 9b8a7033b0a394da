package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SparkCompatTest {

    /** Scala classes that exist, with the same binary shape, in Scala 2.12 and 2.13. */
    private static final Set<String> BOTH_SCALAS = Set.of("scala/collection/Seq");

    @Test
    void theCompiledCodeNamesNoClassOfOneScalaVersion() throws Exception {
        Path classes = Path.of(QuoteRows.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Pattern ref = Pattern.compile("scala/[A-Za-z0-9_/$]+");
        Set<String> found = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(classes.resolve("dev/stancekit"))) {
            s.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
        }
        assertTrue(files.size() > 50, "classes found: " + files.size());
        for (Path f : files) {
            Matcher m = ref.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            while (m.find()) {
                found.add(m.group());
            }
        }
        found.removeAll(BOTH_SCALAS);
        assertEquals(Set.of(), found, "Scala classes named by the job (breaks Spark for the other Scala version)");
    }

    @Test
    void acceptsSpark35OnBothScalasAndSpark4() {
        assertNull(SparkCompat.problem("3.5.3", "2.12.18", 17));
        assertNull(SparkCompat.problem("3.5.1", "2.13.8", 21));
        assertNull(SparkCompat.problem("4.0.0", "2.13.16", 17));
        assertNull(SparkCompat.problem(), "the test class path is a supported platform");
    }

    @Test
    void refusesOtherPlatformsSayingWhatItFound() throws IOException {
        String old = SparkCompat.problem("3.4.1", "2.12.17", 17);
        assertTrue(old.contains("needs Spark 3.5.x") && old.contains("found Spark 3.4.1 with Scala 2.12.17"), old);
        assertTrue(SparkCompat.problem("4.0.0", "2.12.18", 17).contains("Scala 2.12.18"));
        assertTrue(SparkCompat.problem("3.5.3", "2.13.8", 11).contains("on Java 11"));
    }
}
