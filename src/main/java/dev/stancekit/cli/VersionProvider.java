package dev.stancekit.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (Implementation-Version). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"stancekit " + (v == null ? "(development build)" : v),
            "Stanford CoreNLP 4.5.10; GPL-3.0-or-later"};
    }
}
