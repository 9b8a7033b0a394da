package dev.stancekit.speakers;

import dev.stancekit.resources.Resources;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offices held by one person at a time ({@code offices.csv}) and who held them when
 * ({@code office-terms.csv}): a mention made only of an office ("China's defence minister", "the
 * Secretary of War") is the holder on the article's date. Immutable.
 */
final class Offices {

    static final String OFFICES = "offices.csv";
    static final String TERMS = "office-terms.csv";
    /** The most words an office title has that {@link #holdsTitleOf} looks for. */
    private static final int MAX_TITLE_WORDS = 8;

    /** An office: its id, its country as an adjective key ("chinese"), its side. */
    record Office(String id, String country, String side) {
    }

    /** One holder of an office from {@code start} to {@code end} (both included; end null = still). */
    record Term(Person person, LocalDate start, LocalDate end) {

        boolean covers(LocalDate d) {
            return !d.isBefore(start) && (end == null || !d.isAfter(end));
        }
    }

    /** The holder of an office found in a mention, and the words that decided it. */
    record Holder(Person person, String evidence) {
    }

    private final Map<String, List<Office>> byTitle;
    private final Map<String, List<Term>> terms;
    private final Lexicon lexicon;
    private final WordKinds words;

    private Offices(Map<String, List<Office>> byTitle, Map<String, List<Term>> terms, Lexicon lexicon,
                    WordKinds words) {
        this.byTitle = byTitle;
        this.terms = terms;
        this.lexicon = lexicon;
        this.words = words;
    }

    /** No offices: every lookup finds no one. */
    static Offices none(Lexicon lexicon, WordKinds words) {
        return new Offices(Map.of(), Map.of(), lexicon, words);
    }

    /**
     * Reads both files when present.
     *
     * @throws IllegalArgumentException on an unknown office id or person, or a date that does not parse
     */
    static Offices load(Resources res, Lexicon lexicon, WordKinds words, PersonIndex people) {
        if (!res.exists(OFFICES)) {
            return none(lexicon, words);
        }
        Map<String, List<Office>> byTitle = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, String> row : res.readCsvLayers(OFFICES)) {
            String id = row.getOrDefault("id", "").strip();
            if (id.isEmpty()) {
                throw new IllegalArgumentException(OFFICES + ": a row has no id: " + row);
            }
            ids.add(id);
            Office o = new Office(id, countryKey(row.getOrDefault("country", ""), lexicon),
                    Layered.side(row.get("side"), OFFICES, id));
            for (String title : row.getOrDefault("titles", "").split(";")) {
                String key = titleKey(Words.tokenize(title));
                if (!key.isEmpty()) {
                    List<Office> l = byTitle.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!l.contains(o)) {
                        l.add(o);
                    }
                }
            }
        }
        Map<String, List<Term>> terms = new HashMap<>();
        if (res.exists(TERMS)) {
            for (Map<String, String> row : res.readCsvLayers(TERMS)) {
                String office = row.getOrDefault("office", "").strip();
                String name = row.getOrDefault("person", "").strip();
                Person p = people.exact(Words.folds(Words.tokenize(name)));
                if (!ids.contains(office) || p == null) {
                    throw new IllegalArgumentException(TERMS + ": unknown " + (p == null ? "person '" + name
                            + "' (not in " + PersonIndex.FILE + ")" : "office '" + office + "'") + ": " + row);
                }
                terms.computeIfAbsent(office, k -> new ArrayList<>()).add(new Term(p,
                        date(row.get("start"), false, row), date(row.get("end"), true, row)));
            }
        }
        return new Offices(Map.copyOf(byTitle), Map.copyOf(terms), lexicon, words);
    }

    /**
     * The holder on {@code date} of the office this phrase names, when the phrase is only an office
     * with an optional determiner and country ("the Secretary of State", "China's defense
     * minister"); {@code null} when the date is unknown, the phrase is not an office, the office is
     * ambiguous without a country, or no term covers the date.
     */
    Holder holder(Phrase p, LocalDate date) {
        if (date == null || p.isEmpty() || indefinite(p)) {
            return null;
        }
        int i = 0;
        while (i < p.toks.size() && words.is(p.toks.get(i).fold(), Kind.DETERMINER) && p.hitAt(i) == null) {
            i++;
        }
        String country = null;
        Hit h = i < p.toks.size() ? p.hitAt(i) : null;
        if (h != null && h.from() == i && (h.entry().kind() == Lexicon.Kind.COUNTRY
                || h.entry().kind() == Lexicon.Kind.NATIONALITY)) {
            country = Words.key(h.entry().adjective());
            i = h.to();
        }
        List<Office> found = byTitle.getOrDefault(titleKey(p.toks.subList(i, p.toks.size())), List.of());
        String c = country;
        List<Office> fit = found.stream().filter(o -> c == null || c.equals(o.country())).toList();
        if (fit.size() != 1) {
            return null;
        }
        Office o = fit.get(0);
        for (Term t : terms.getOrDefault(o.id(), List.of())) {
            if (t.covers(date)) {
                return new Holder(t.person(), "office: \"" + p.text.strip() + "\" held by " + t.person().canonical()
                        + " on " + date);
            }
        }
        return null;
    }

    /**
     * The side of the offices whose title stands inside these words, longest first ("Deputy
     * Assistant Secretary of State" holds "Secretary of State": US); null when none does or the
     * offices found disagree. Evidence for a person named after the title, not their identity.
     * Only words [0, to) of the phrase are read; a title after a possessive that names no country
     * ("the company's chief executive") is someone else's office, and a title followed by a role
     * noun ("Chief Executive Officer") describes that role, not the office.
     */
    Evidence sideOfTitle(Phrase p, int to) {
        List<Tok> toks = p.toks.subList(0, to);
        for (int n = toks.size(); n >= 2; n--) {
            for (int i = 0; i + n <= toks.size(); i++) {
                String key = titleKey(toks.subList(i, i + n));
                if (!lexicon.hits(toks.subList(i, i + n)).isEmpty()) {
                    continue; // "envoy to China": the country is the target, the envoy anyone's
                }
                List<Office> found = byTitle.getOrDefault(key, List.of());
                if (!found.isEmpty() && i + n < toks.size() && words.isTitleOrRole(toks.get(i + n).fold())) {
                    continue; // "Chief Executive Officer Tim Cook": the title only describes another role
                }
                if (i > 0 && p.possessiveAt(i - 1) && !countryEndsAt(toks, i) && !ownersOffice(p, i, found)) {
                    continue; // "the company's chief executive": an office of whoever is named before it
                }
                Set<String> sides = new HashSet<>();
                found.forEach(o -> sides.add(o.side()));
                if (sides.size() == 1 && !sides.contains(dev.stancekit.model.Speaker.UNKNOWN_SIDE)) {
                    return new Evidence(sides.iterator().next(), "office title \"" + key + "\"");
                }
            }
        }
        return null;
    }

    /** Whether the words before the possessive at word {@code i} name the country of one of the offices ("Hong Kong's security secretary"). */
    private static boolean ownersOffice(Phrase p, int i, List<Office> found) {
        for (int n = 1; n <= Math.min(MAX_COUNTRY_WORDS, i); n++) {
            String owner = Words.key(p.text(i - n, i));
            if (found.stream().anyMatch(o -> owner.equals(o.country()))) {
                return true;
            }
        }
        return false;
    }

    /** The most words of a country named before an office ("Hong Kong"). */
    private static final int MAX_COUNTRY_WORDS = 3;

    /** Whether a country or nationality the lexicon knows ends right before word {@code i} ("China|'s"). */
    private boolean countryEndsAt(List<Tok> toks, int i) {
        return lexicon.hits(toks.subList(0, i)).stream().anyMatch(h -> h.to() == i);
    }

    /**
     * The offices this phrase names and nothing else, with "the" and perhaps one country or nationality
     * anywhere in it ("the top US diplomat", "China's top diplomat": the offices called "top
     * diplomat" of that country); empty when the phrase holds other words or names no office.
     */
    List<Office> officesNamed(Phrase p) {
        String country = null;
        List<Tok> rest = new ArrayList<>();
        for (int k = 0; k < p.toks.size(); ) {
            Hit h = p.hitAt(k);
            if (h != null && (h.entry().kind() == Lexicon.Kind.COUNTRY || h.entry().kind() == Lexicon.Kind.NATIONALITY)
                    && country == null) {
                country = Words.key(h.entry().adjective());
                k = Math.max(h.to(), k + 1);
                continue;
            }
            if (h != null) {
                return List.of();
            }
            if (!(rest.isEmpty() && "the".equals(p.toks.get(k).fold()))) {
                rest.add(p.toks.get(k));
            }
            k++;
        }
        String c = country;
        return byTitle.getOrDefault(titleKey(rest), List.of()).stream()
                .filter(o -> c == null || c.equals(o.country())).toList();
    }

    /**
     * Whether these words hold a title of one of the offices ("US Secretary of State Ann Ode":
     * us_secstate), reading the longest title at each place first ("Deputy Secretary of State" is
     * another office, not "Secretary of State").
     */
    boolean holdsTitleOf(List<Tok> toks, Set<String> ids) {
        int i = 0;
        while (i < toks.size()) {
            int next = i + 1;
            for (int n = Math.min(MAX_TITLE_WORDS, toks.size() - i); n >= 1; n--) {
                List<Office> found = byTitle.getOrDefault(titleKey(toks.subList(i, i + n)), List.of());
                if (!found.isEmpty()) {
                    if (found.stream().anyMatch(o -> ids.contains(o.id()))) {
                        return true;
                    }
                    next = i + n;
                    break;
                }
            }
            i = next;
        }
        return false;
    }

    /** "a State Department spokesman", "another deputy": one of several, not the office's one holder. */
    private boolean indefinite(Phrase p) {
        String first = p.toks.get(0).fold();
        return words.is(first, Kind.DETERMINER) && !"the".equals(first) && p.hitAt(0) == null;
    }

    private static String titleKey(List<Tok> toks) {
        List<String> out = new ArrayList<>();
        for (String f : Words.folds(toks)) {
            out.add(PersonIndex.american(f));
        }
        return String.join(" ", out);
    }

    private static String countryKey(String country, Lexicon lexicon) {
        List<Tok> t = Words.tokenize(country);
        List<Hit> hits = t.isEmpty() ? List.of() : lexicon.hits(t);
        return hits.size() == 1 && hits.get(0).from() == 0 && hits.get(0).to() == t.size()
                ? Words.key(hits.get(0).entry().adjective()) : Words.key(country);
    }

    private static LocalDate date(String s, boolean end, Map<String, String> row) {
        String v = s == null ? "" : s.strip();
        if (v.isEmpty()) {
            if (end) {
                return null;
            }
            throw new IllegalArgumentException(TERMS + ": a term has no start: " + row);
        }
        try {
            if (v.length() == 7) {
                YearMonth m = YearMonth.parse(v);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(TERMS + ": '" + v + "' is not YYYY-MM-DD or YYYY-MM: " + row, e);
        }
    }
}
