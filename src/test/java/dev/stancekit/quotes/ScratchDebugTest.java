package dev.stancekit.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
    @Test
    void dumpAll() throws Exception {
        Path p = Path.of("/tmp/t1/scratch.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p));
        for (String s : Files.readAllLines(p)) {
            if (s.isBlank()) continue;
            Doc d = Fixture.doc(s);
            StringBuilder tags = new StringBuilder();
            for (var t : d.tok) tags.append(t.word()).append('/').append(t.pos()).append(t.isPerson() ? "/P" : "").append(' ');
            var rf = new ReportedSpeechFinder(Fixture.LEX, new MentionFinder(Fixture.LEX));
            StringBuilder at = new StringBuilder();
            for (int k = 0; k < d.sentStart.length; k++) for (var x : rf.find(d, k)) at.append("\n   ATT ").append(x);
            System.out.println("## " + s + at + "\n   " + tags + "\n   " + Fixture.dump(Fixture.extract(s)).replace("\n", "\n   "));
        }
    }
}
