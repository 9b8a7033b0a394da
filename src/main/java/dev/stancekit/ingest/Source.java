package dev.stancekit.ingest;

/**
 * One input as read, before cleaning: the raw text and whatever metadata came with it (empty
 * strings when unknown; {@code date} unparsed). {@code note} collects remarks for the result.
 */
record Source(String id, String path, String text, String title, String date, String source,
              String url, String hash, String note) {

    Source {
        title = title == null ? "" : title.strip();
        date = date == null ? "" : date.strip();
        source = source == null ? "" : source.strip();
        url = url == null ? "" : url.strip();
        note = note == null ? "" : note.strip();
    }

    /** This source with metadata from {@code over} wherever {@code over} has some. */
    Source overriddenBy(String newId, String newPath, String t, String d, String s, String u, String n) {
        return new Source(newId, newPath, text, t.isBlank() ? title : t, d.isBlank() ? date : d,
                s.isBlank() ? source : s, u.isBlank() ? url : u, hash, join(note, n));
    }

    Source withNote(String n) {
        return new Source(id, path, text, title, date, source, url, hash, join(note, n));
    }

    static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + "; " + b;
    }
}
