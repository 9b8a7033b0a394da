package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SparkCommandTest {

    @Test
    void reportFolderDefaultsToALocalOutFolderOnly() {
        assertEquals(Path.of("out/spark"), SparkCommand.localFolder("out/spark"));
        assertEquals(Path.of("/tmp/x"), SparkCommand.localFolder("file:///tmp/x"));
        String m = assertThrows(CommandLine.ParameterException.class,
                () -> SparkCommand.localFolder("hdfs://nn/results")).getMessage();
        assertTrue(m.contains("--report"), m);
    }

    @Test
    void missingOutAndUnknownFormatAreUsageErrors() {
        assertNotEquals(0, SparkCommand.execute(new String[] {"in"}));
        assertNotEquals(0, SparkCommand.execute(new String[] {"in", "--out", "o", "--format", "xlsx", "--master", "bogus"}));
    }
}
