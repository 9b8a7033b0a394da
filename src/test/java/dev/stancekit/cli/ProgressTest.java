package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lineShowsBarCountRateAndEta() {
        Progress p = new Progress(out, 10, true);
        for (int i = 0; i < 5; i++) {
            p.step();
        }
        String line = p.line(System.nanoTime());
        assertTrue(line.matches("\\[#{15}\\.{15}\\] 5/10 articles  \\d+\\.\\d/s  ETA \\d+s\\s+"), line);
    }

    @Test
    void finishedLineHasAFullBarAndNoEta() {
        Progress p = new Progress(out, 4, true);
        for (int i = 0; i < 4; i++) {
            p.step();
        }
        p.finish();
        String s = printed();
        assertTrue(s.endsWith("\n"), s);
        String last = s.substring(s.lastIndexOf('\r') + 1).strip();
        assertTrue(last.matches("\\[#{30}\\] 4/4 articles  \\d+\\.\\d/s"), last);
    }

    @Test
    void moreItemsThanEstimatedKeepTheBarWithinItsWidth() {
        Progress p = new Progress(out, 2, true);
        for (int i = 0; i < 7; i++) {
            p.step();
        }
        String line = p.line(System.nanoTime());
        assertTrue(line.startsWith("[" + "#".repeat(30) + "] 7/7 articles"), line + ": never more done than total");
        assertTrue(!line.contains("ETA"), line);
    }

    @Test
    void silentForOneItemOrWhenDisabled() {
        for (Progress p : new Progress[] {new Progress(out, 1, true), new Progress(out, 0, true),
                                          new Progress(out, 50, false)}) {
            p.step();
            p.step();
            p.finish();
        }
        assertEquals("", printed());
    }

    @Test
    void drawsOnTheFirstStepWhenEnabled() {
        Progress p = new Progress(out, 3, true);
        p.step();
        assertTrue(printed().startsWith("\r["), printed());
        assertTrue(printed().contains("1/3 articles"), printed());
    }
}
