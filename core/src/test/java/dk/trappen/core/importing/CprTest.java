package dk.trappen.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The century rule of the CPR number's 7th digit, at each of its boundaries. */
class CprTest {

    @Test
    void seventhDigitZeroToThreeIsTheNineteenHundreds() {
        assertEquals(LocalDate.of(1900, 1, 1), Cpr.birthDate("0101000123"));
        assertEquals(LocalDate.of(1999, 12, 31), Cpr.birthDate("3112993123"));
    }

    @Test
    void fourAndNineSwitchAtThirtySix() {
        assertEquals(LocalDate.of(2036, 6, 1), Cpr.birthDate("0106364123"));
        assertEquals(LocalDate.of(1937, 6, 1), Cpr.birthDate("0106374123"));
        assertEquals(LocalDate.of(2000, 6, 1), Cpr.birthDate("0106009123"));
        assertEquals(LocalDate.of(1999, 6, 1), Cpr.birthDate("0106999123"));
    }

    @Test
    void fiveToEightSwitchAtFiftySevenIntoTheEighteenHundreds() {
        assertEquals(LocalDate.of(2057, 6, 1), Cpr.birthDate("0106575123"));
        assertEquals(LocalDate.of(1858, 6, 1), Cpr.birthDate("0106588123"));
        assertEquals(LocalDate.of(2005, 6, 1), Cpr.birthDate("0106056123"));
    }

    @Test
    void replacementNumbersAndNonDates() {
        assertEquals(LocalDate.of(1980, 1, 1), Cpr.birthDate("6101801234"), "day + 60 marks a replacement number");
        assertNull(Cpr.birthDate("3102801234"), "31 February is no date");
    }

    @Test
    void whatLooksLikeACprNumber() {
        assertTrue(Cpr.looksLikeCpr("0101801234"));
        assertTrue(Cpr.looksLikeCpr("010180-1234"));
        assertFalse(Cpr.looksLikeCpr("01018-01234"));
        assertFalse(Cpr.looksLikeCpr("B-17"));
        assertEquals("0101801234", Cpr.normalise("010180-1234"));
    }
}
