package dk.trappen.core.importing;

import java.time.DateTimeException;
import java.time.LocalDate;

/** What the import may learn from a CPR number before it is hashed: that it is one, and the birth date. */
final class Cpr {

    private Cpr() {
    }

    /** Ten digits, optionally with a dash after the sixth. */
    static boolean looksLikeCpr(String s) {
        int n = s.length();
        if (n == 11) {
            return s.charAt(6) == '-' && digits(s, 0, 6) && digits(s, 7, 11);
        }
        return n == 10 && digits(s, 0, 10);
    }

    /** The ten digits of a CPR-looking value as a number (with or without the dash), else -1. */
    static long key(String s) {
        int n = s.length();
        if (n != 10 && n != 11 || n == 11 && s.charAt(6) != '-') {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            if (i == 6 && n == 11) {
                continue;
            }
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The ten digits of a CPR-looking value. */
    static String normalise(String s) {
        return s.length() == 11 ? s.substring(0, 6) + s.substring(7) : s;
    }

    /**
     * The birth date by the CPR century rule of the 7th digit (CPR-kontoret): 0–3 → 1900s;
     * 4 and 9 → 2000–2036 for years 00–36, else 1900s; 5–8 → 2000–2057 for years 00–57, else
     * 1858–1899. Replacement numbers (day + 60) are understood. Null when the digits are no date.
     */
    static LocalDate birthDate(String tenDigits) {
        int day = Values.num(tenDigits, 0, 2);
        int month = Values.num(tenDigits, 2, 4);
        int yy = Values.num(tenDigits, 4, 6);
        int seventh = tenDigits.charAt(6) - '0';
        if (day > 60) {
            day -= 60;
        }
        int century;
        if (seventh <= 3) {
            century = 1900;
        } else if (seventh == 4 || seventh == 9) {
            century = yy <= 36 ? 2000 : 1900;
        } else {
            century = yy <= 57 ? 2000 : 1800;
        }
        try {
            return LocalDate.of(century + yy, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
