package dk.trappen.core.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Parsers for the cell forms of data-formats.md. Hand-written for the hot path (millions of
 * dates per extract); each failure is a {@link RowProblem} naming the rule.
 */
final class Values {

    private static final String[] MONTHS_EN = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};
    private static final String[] MONTHS_DA = {"JAN", "FEB", "MAR", "APR", "MAJ", "JUN", "JUL", "AUG", "SEP", "OKT",
        "NOV", "DEC"};

    private static final java.util.regex.Pattern AMOUNT_CHARS = java.util.regex.Pattern.compile("[-+]?[0-9.,]+");

    private Values() {
    }

    /**
     * {@code 2024-12-31}, {@code 31-12-2024}, {@code 31.12.2024}, {@code 31DEC2024} (SAS) or
     * {@code 20241231}; null when the text is none of these or no real date.
     */
    static LocalDate date(String s) {
        int n = s.length();
        try {
            if (n == 10) {
                char c4 = s.charAt(4);
                char c2 = s.charAt(2);
                if (c4 == '-' && s.charAt(7) == '-') {
                    return LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
                }
                if ((c2 == '-' && s.charAt(5) == '-') || (c2 == '.' && s.charAt(5) == '.')) {
                    return LocalDate.of(num(s, 6, 10), num(s, 3, 5), num(s, 0, 2));
                }
            } else if (n == 8) {
                return LocalDate.of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
            } else if (n == 9) {
                int month = month(s.substring(2, 5));
                if (month > 0) {
                    return LocalDate.of(num(s, 5, 9), month, num(s, 0, 2));
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int month(String abbreviation) {
        String m = abbreviation.toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (MONTHS_EN[i].equals(m) || MONTHS_DA[i].equals(m)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Digits only; throws NumberFormatException on anything else. */
    static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * LPR timestamps: {@code 2024-12-31T13:45}, {@code 2024-12-31 13:45:00}, {@code 31-12-2024 13:45}
     * (seconds optional); null when unreadable.
     */
    static LocalDateTime timestamp(String s) {
        // The date/time separator: a space, or a 'T' between digits (not the T of a SAS month, OCT).
        int split = s.indexOf(' ');
        for (int i = 1; split < 0 && i < s.length() - 1; i++) {
            if (s.charAt(i) == 'T' && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
                split = i;
            }
        }
        if (split < 0) {
            return null;
        }
        LocalDate d = date(s.substring(0, split));
        LocalTime t = time(s.substring(split + 1).trim());
        return d == null || t == null ? null : LocalDateTime.of(d, t);
    }

    /** {@code 13:45}, {@code 13:45:00}, {@code 1345}; null when unreadable. */
    static LocalTime time(String s) {
        try {
            if (s.length() == 5 && s.charAt(2) == ':') {
                return LocalTime.of(num(s, 0, 2), num(s, 3, 5));
            }
            if (s.length() == 8 && s.charAt(2) == ':' && s.charAt(5) == ':') {
                return LocalTime.of(num(s, 0, 2), num(s, 3, 5), num(s, 6, 8));
            }
            if (s.length() == 4) {
                return LocalTime.of(num(s, 0, 2), num(s, 2, 4));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A whole number; null when not one. */
    static Integer integer(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return null;
        }
        try {
            int v = num(s, start, s.length());
            return start == 1 ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * An amount: {@code 1234,5}, {@code 1234.5}, {@code -1.234,5}, {@code 1234}. A single dot
     * followed by exactly three digits is read as a thousands separator only when a comma
     * follows too; otherwise as a decimal point. Null when unreadable.
     */
    static BigDecimal amount(String s) {
        String t = s.replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty() || !AMOUNT_CHARS.matcher(t).matches()) {
            return null; // no exponents (1E999999999 would expand to a billion digits) or other signs
        }
        int comma = t.indexOf(',');
        if (comma >= 0) {
            if (t.indexOf(',', comma + 1) >= 0) {
                return null;
            }
            // Danish: dots group thousands, the comma is the decimal mark.
            String intPart = t.substring(0, comma);
            if (intPart.contains(".") && !groupedCorrectly(intPart)) {
                return null;
            }
            t = intPart.replace(".", "") + "." + t.substring(comma + 1);
        } else if (t.indexOf('.') != t.lastIndexOf('.')) {
            if (!groupedCorrectly(t)) {
                return null;
            }
            t = t.replace(".", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean groupedCorrectly(String intPart) {
        String digits = intPart.startsWith("-") ? intPart.substring(1) : intPart;
        String[] groups = digits.split("\\.", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
