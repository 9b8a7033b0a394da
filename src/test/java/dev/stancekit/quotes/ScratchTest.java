package dev.stancekit.quotes;

import org.junit.jupiter.api.Test;
import java.nio.file.*;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        Path p = Path.of("/tmp/t1/scratch.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p));
        String text = Files.readString(p);
        Doc d = Fixture.doc(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.tok.length; i++) {
            sb.append(i).append(':').append(d.word(i)).append('/').append(d.tok[i].pos()).append('/').append(d.tok[i].lemma()).append(' ');
        }
        System.out.println(sb);
        MentionFinder mf = new MentionFinder(Fixture.LEX);
        for (int i = 0; i < d.tok.length; i++) {
            if (d.word(i).startsWith("said") || d.word(i).startsWith("says")) {
                int[] l = mf.left(d, i, d.sentStart[d.sentOf[i]]);
                System.out.println("left(" + i + ") = " + (l == null ? "null" : d.span(l[0], l[1])));
            }
        }
        System.out.println(Fixture.dump(Fixture.extract(text)));
    }
}
