package dev.stancekit.spark;

/**
 * The start-up check of the platform: the job jar is built against Spark 3.5 for Scala 2.13 but
 * names no class of one Scala version, so it runs unchanged on Spark 3.5 for Scala 2.12 or 2.13
 * and on Spark 4.x (Scala 2.13), all on Java 17 or later. Anything else is refused before any
 * work with a message saying what was found.
 */
final class SparkCompat {

    private SparkCompat() {
    }

    /** Why the job cannot run on this platform, or null when it can. */
    static String problem(String sparkVersion, String scalaVersion, int javaFeature) {
        int[] spark = majorMinor(sparkVersion);
        int[] scala = majorMinor(scalaVersion);
        String found = "found Spark " + sparkVersion + " with Scala " + scalaVersion + " on Java " + javaFeature;
        String need = "stancekit-spark needs Spark 3.5.x (Scala 2.12 or 2.13) or Spark 4.x (Scala 2.13) on Java 17+; ";
        if (javaFeature < 17) {
            return need + found;
        }
        boolean spark35 = spark[0] == 3 && spark[1] >= 5;
        boolean spark4 = spark[0] == 4;
        if (!spark35 && !spark4) {
            return need + found;
        }
        boolean scalaOk = scala[0] == -1 || scala[0] == 2 && (scala[1] == 13 || (scala[1] == 12 && spark35));
        return scalaOk ? null : need + found;
    }

    /** The check for the running JVM, before any Spark class is used; null when fine. */
    static String problem() {
        return problem(property("spark-version-info.properties", "version"),
                property("library.properties", "version.number"), Runtime.version().feature());
    }

    /** A property of a file on the class path (Spark's and Scala's version files), or "unknown". */
    static String property(String file, String key) {
        try (var in = SparkCompat.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty(key, "unknown").strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static int[] majorMinor(String v) {
        String[] parts = v == null ? new String[0] : v.split("[.-]");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return new int[] {-1, -1};
        }
    }
}
