package dev.stancekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small invented articles for the end-to-end command tests. */
final class CliFixtures {

    private CliFixtures() {
    }

    static final String HARBOUR = "March 4, 2024\n\n"
            + "Defense Secretary Lloyd Austin spoke to sailors at a naval base in Hawaii on Monday about "
            + "patrols in the western Pacific.\n\n"
            + "\"We will keep sailing wherever international law allows, and we will do it with our partners,\" "
            + "Austin said.\n\n"
            + "A spokesman for China's defense ministry, Col. Tan Wenli, replied that the patrols were a "
            + "provocation.\n\n"
            + "\"These ships stir up trouble on our doorstep,\" Tan said at a briefing in Beijing.\n";

    static final String ORCHARD = "April 9, 2024\n\n"
            + "Growers from the northern valley met trade officials in the capital to discuss tariffs on "
            + "apples and pears this spring.\n\n"
            + "\"Our exports fell by a third after the new duties,\" said Marta Velinsky, who leads the "
            + "regional growers' cooperative.\n\n"
            + "Velinsky added that farmers wanted a clear timetable for the next round of negotiations.\n\n"
            + "\"We are ready to listen to every reasonable proposal,\" an official of the commerce ministry said.\n";

    static final String WEATHER = "May 1, 2024\n\n"
            + "Heavy rain is expected over the coastal provinces for the rest of the week, with the "
            + "worst of it on Tuesday morning.\n\n"
            + "Residents in low-lying districts were advised to move cars to higher ground before the "
            + "weekend storms arrive.\n";

    /** A folder with the three articles above. */
    static Path corpus(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("harbour.txt"), HARBOUR);
        Files.writeString(corpus.resolve("orchard.txt"), ORCHARD);
        Files.writeString(corpus.resolve("weather.txt"), WEATHER);
        return corpus;
    }
}
