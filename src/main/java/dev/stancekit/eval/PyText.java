package dev.stancekit.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Python string semantics that {@code score.py} relies on, reproduced exactly so that the
 * Java scorer agrees with it: {@code str.strip()}, {@code str.lower()}, the word regex,
 * {@code PurePath(..).stem}, code-point slicing, {@code int(..)} and {@code float(..)}.
 */
final class PyText {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:(?:(?:" + DIGITS + ")(?:\\.(?:"
            + DIGITS + ")?)?|\\.(?:" + DIGITS + "))(?:[eE][+-]?(?:" + DIGITS + "))?"
            + "|(?i:inf|infinity|nan))");
    private static final Pattern INT = Pattern.compile("[+-]?" + DIGITS);

    private PyText() {
    }

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Python's {@code str.strip()} with no argument; {@code null} counts as "". */
    static String strip(String s) {
        if (s == null) {
            return "";
        }
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** {@code re.findall(r"[a-z0-9]+", s.lower().replace("’", "'"))}. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower(s).replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** {@code PurePosixPath(a.strip()).stem.lower()}. */
    static String articleKey(String a) {
        String name = "";
        for (String part : strip(a).split("/", -1)) {
            if (!part.isEmpty() && !part.equals(".")) {
                name = part;
            }
        }
        int i = name.lastIndexOf('.');
        if (0 < i && i < name.length() - 1) {
            name = name.substring(0, i);
        }
        return lower(name);
    }

    /** {@code s[:n]} counted in code points, as Python does. */
    static String head(String s, int n) {
        if (s == null) {
            return "";
        }
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /**
     * Python's {@code float(s)}: surrounding whitespace, Unicode decimal digits, underscores
     * between digits, inf/infinity/nan in any case. Returns {@code null} where Python raises.
     */
    static Double parseFloat(String s) {
        String t = asciiDigits(strip(s));
        if (!FLOAT.matcher(t).matches()) {
            return null;
        }
        String u = t.replace("_", "").toLowerCase(Locale.ROOT);
        String body = u.startsWith("-") || u.startsWith("+") ? u.substring(1) : u;
        double sign = u.startsWith("-") ? -1 : 1;
        if (body.startsWith("inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(u);
    }

    /** Python's {@code int(s)} for base 10; returns {@code null} where Python raises. */
    static BigInteger parseInt(String s) {
        String t = asciiDigits(strip(s));
        if (!INT.matcher(t).matches()) {
            return null;
        }
        return new BigInteger(t.replace("_", "").replace("+", ""));
    }

    /** Replaces every Unicode decimal digit by its ASCII digit, as Python's number parsers do. */
    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
