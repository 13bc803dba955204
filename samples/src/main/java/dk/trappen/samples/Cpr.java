package dk.trappen.samples;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Synthetic CPR-looking numbers DDMMYY-SSSS whose 7th digit follows the CPR office's century
 * rule, so the importer can derive the birth date from the number, and whose last digit is odd
 * for men. No modulus-11 check is attempted (CPR numbers issued since 2007 need not pass it).
 * Numbers are unique within one run; the draw order is fixed, so the run stays deterministic.
 */
final class Cpr {

    private final Set<Long> used = new HashSet<>();

    /** A new unique number for a person born on the day; odd last digit for a man. */
    String issue(LocalDate birth, boolean female, Rng rng) {
        int year = birth.getYear();
        int yy = year % 100;
        for (int attempt = 0; ; attempt++) {
            int d7 = centuryDigit(year, rng);
            int serial = rng.nextInt(100);
            int last = rng.nextInt(5) * 2 + (female ? 0 : 1);
            String text = String.format(java.util.Locale.ROOT, "%02d%02d%02d%d%02d%d", birth.getDayOfMonth(), birth.getMonthValue(), yy,
                    d7, serial, last);
            if (used.add(Long.parseLong(text))) {
                return text;
            }
            if (attempt > 10_000) {
                throw new IllegalStateException("no free CPR number for " + birth);
            }
        }
    }

    /**
     * 7th digit: 0–3 for 1900–1999; 4 and 9 for 2000–2036 and 1937–1999; 5–8 for 2000–2057 and
     * 1858–1899.
     */
    static int centuryDigit(int year, Rng rng) {
        int yy = year % 100;
        if (year >= 1900 && year <= 1999) {
            if (yy >= 37 && rng.chance(0.15)) {
                return rng.chance(0.5) ? 4 : 9;
            }
            return rng.nextInt(4);
        }
        if (year >= 2000 && year <= 2036) {
            int[] digits = {4, 5, 6, 7, 8, 9};
            return digits[rng.nextInt(digits.length)];
        }
        if (year >= 2037 && year <= 2057) {
            return 5 + rng.nextInt(4);
        }
        if (year >= 1858 && year <= 1899) {
            return 5 + rng.nextInt(4);
        }
        throw new IllegalArgumentException("year outside the CPR range: " + year);
    }

    /** The birth date a CPR number stands for, by the same rule (used by tests). */
    static LocalDate birthDate(String pnr) {
        int dd = Integer.parseInt(pnr.substring(0, 2));
        int mm = Integer.parseInt(pnr.substring(2, 4));
        int yy = Integer.parseInt(pnr.substring(4, 6));
        int d7 = pnr.charAt(6) - '0';
        int century;
        if (d7 <= 3) {
            century = 1900;
        } else if (d7 == 4 || d7 == 9) {
            century = yy <= 36 ? 2000 : 1900;
        } else {
            century = yy <= 57 ? 2000 : 1800;
        }
        return LocalDate.of(century + yy, mm, dd);
    }
}
