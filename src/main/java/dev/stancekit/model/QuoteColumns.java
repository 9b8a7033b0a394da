package dev.stancekit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one codec between a {@link Quote} and columns: {@code quotes.csv}, the result cache and the
 * Spark schema all use these columns, so every field of a quote survives a write and a read
 * ({@code fromCells(cells(q))} and {@code fromValues(values(q))} give {@code q} back).
 *
 * <p>Each column has a type; {@link #values} gives typed values (String, LocalDate or null,
 * List&lt;String&gt;, Double, Integer, Boolean) for typed stores, {@link #cells} gives the text of
 * each cell for CSV files (lists joined with {@code ;}, the tone with three decimals, flags as
 * {@code yes}/{@code no}, a missing date as ""). Formula defusing is the CSV writer's business.
 */
public final class QuoteColumns {

    /** How a column's value is held. */
    public enum Type { TEXT, DATE, LIST, NUMBER, INTEGER, FLAG }

    /** One column: its name in every file and schema, and its type. */
    public record Column(String name, Type type) {
        /** Whether the value may be null (only a missing date). */
        public boolean nullable() {
            return type == Type.DATE;
        }
    }

    /** The columns in file order. */
    public static final List<Column> COLUMNS = List.of(
            new Column("quote_id", Type.TEXT), new Column("article", Type.TEXT),
            new Column("date", Type.DATE), new Column("kind", Type.TEXT), new Column("text", Type.TEXT),
            new Column("cue", Type.TEXT), new Column("speaker", Type.TEXT),
            new Column("speaker_mention", Type.TEXT), new Column("speaker_type", Type.TEXT),
            new Column("side", Type.TEXT), new Column("themes", Type.LIST), new Column("tone", Type.NUMBER),
            new Column("tone_label", Type.TEXT), new Column("tone_cues", Type.LIST),
            new Column("start", Type.INTEGER), new Column("end", Type.INTEGER),
            new Column("side_evidence", Type.TEXT), new Column("speaker_role", Type.TEXT),
            new Column("speaker_in_registry", Type.FLAG), new Column("in_reply_to", Type.TEXT));

    /** A column that files written before it existed lack; read as "" there. */
    static final String IN_REPLY_TO = "in_reply_to";

    /** The column names in file order. */
    public static final List<String> NAMES = COLUMNS.stream().map(Column::name).toList();

    private QuoteColumns() {
    }

    /** The typed values of a quote, in column order. */
    public static List<Object> values(Quote q) {
        Speaker s = q.speaker();
        return java.util.Arrays.asList(q.id(), q.article(), q.date(), q.kind().label(), q.text(), q.cue(),
                s.canonical(), q.speakerMention(), s.type().label(), s.side(), q.themes(), q.tone().score(),
                q.tone().label().label(), q.tone().cues(), q.start(), q.end(), s.evidence(), s.role(),
                s.inRegistry(), q.inReplyTo());
    }

    /** The quote whose typed values {@code value} gives by column name. */
    public static Quote fromValues(Function<String, Object> value) {
        Function<String, String> text = n -> {
            Object v = value.apply(n);
            if (v == null) {
                throw new IllegalArgumentException("no value for '" + n + "'");
            }
            return v.toString();
        };
        Speaker s = Speaker.builder().canonical(text.apply("speaker"))
                .type(SpeakerType.parse(text.apply("speaker_type"))).side(text.apply("side"))
                .role(text.apply("speaker_role")).inRegistry((Boolean) value.apply("speaker_in_registry"))
                .evidence(text.apply("side_evidence")).build();
        Tone tone = new Tone(((Number) value.apply("tone")).doubleValue(), ToneLabel.parse(text.apply("tone_label")),
                list(value.apply("tone_cues")));
        Object date = value.apply("date");
        return Quote.builder().id(text.apply("quote_id")).article(text.apply("article"))
                .date(date == null ? null : date instanceof LocalDate d ? d : parseDate(date.toString()))
                .kind(QuoteKind.parse(text.apply("kind"))).text(text.apply("text")).cue(text.apply("cue"))
                .speakerMention(text.apply("speaker_mention")).speaker(s).themes(list(value.apply("themes")))
                .tone(tone).span(((Number) value.apply("start")).intValue(), ((Number) value.apply("end")).intValue())
                .inReplyTo(value.apply(IN_REPLY_TO) == null ? "" : value.apply(IN_REPLY_TO).toString()).build();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof Object[] a) {
            return java.util.Arrays.stream(a).map(String::valueOf).toList();
        }
        return (List<String>) v;
    }

    /** The text of each cell of a quote, in column order. */
    public static List<String> cells(Quote q) {
        List<Object> values = values(q);
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(cell(COLUMNS.get(i).type(), values.get(i)));
        }
        return out;
    }

    /**
     * The quote whose cells {@code cell} gives by column name.
     *
     * @throws IllegalArgumentException naming the column when a cell is missing or invalid
     */
    public static Quote fromCells(Function<String, String> cell) {
        return fromValues(n -> {
            Column c = column(n);
            String s = cell.apply(n);
            if (s == null && n.equals(IN_REPLY_TO)) {
                return null;
            }
            if (s == null) {
                throw new IllegalArgumentException("row has no value for '" + n + "'");
            }
            try {
                return parse(c.type(), s);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad " + n + " '" + s + "'", e);
            }
        });
    }

    private static Column column(String name) {
        for (Column c : COLUMNS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    /** The text of one typed value. */
    @SuppressWarnings("unchecked")
    public static String cell(Type type, Object v) {
        return switch (type) {
            case TEXT -> v == null ? "" : v.toString();
            case DATE -> v == null ? "" : v.toString();
            case LIST -> joinList((List<String>) v);
            case NUMBER -> num3(((Number) v).doubleValue());
            case INTEGER -> Integer.toString(((Number) v).intValue());
            case FLAG -> Boolean.TRUE.equals(v) ? "yes" : "no";
        };
    }

    /** The typed value of one cell's text. */
    public static Object parse(Type type, String s) {
        return switch (type) {
            case TEXT -> s;
            case DATE -> s.isEmpty() ? null : parseDate(s);
            case LIST -> splitList(s);
            case NUMBER -> Double.parseDouble(s);
            case INTEGER -> Integer.parseInt(s);
            case FLAG -> switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false", "" -> false;
                default -> throw new IllegalArgumentException("not yes or no: " + s);
            };
        };
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + s + "'", e);
        }
    }

    /** A number with three decimals, never "-0.000"; "" for NaN. */
    public static String num3(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** Joins items with {@code ;}, escaping {@code \} and {@code ;} inside items; drops empty items. */
    public static String joinList(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String it : items) {
            if (it == null || it.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(it.replace("\\", "\\\\").replace(";", "\\;"));
        }
        return b.toString();
    }

    /** Inverse of {@link #joinList}. */
    public static List<String> splitList(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (c == ';') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
