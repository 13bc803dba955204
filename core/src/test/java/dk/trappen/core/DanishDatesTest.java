package dk.trappen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DanishDatesTest {

    @Test
    void formatsTheDanishWay() {
        assertEquals("05-01-2025", DanishDates.format(LocalDate.of(2025, 1, 5)));
        assertEquals("31-12-2025 14:05", DanishDates.DATE_TIME.format(LocalDateTime.of(2025, 12, 31, 14, 5)));
    }

    @Test
    void readsBothFormsAndNothingElse() {
        Optional<LocalDate> end = Optional.of(LocalDate.of(2025, 12, 31));
        assertEquals(end, DanishDates.parse("2025-12-31"));
        assertEquals(end, DanishDates.parse("31-12-2025"));
        assertEquals(Optional.empty(), DanishDates.parse("31-02-2025"), "no such day, not the 28th");
        assertEquals(Optional.empty(), DanishDates.parse("2025-13-01"));
        assertEquals(Optional.empty(), DanishDates.parse("31.12.2025"));
        assertEquals(Optional.empty(), DanishDates.parse("1-1-2025"));
        assertEquals(Optional.empty(), DanishDates.parse("i går"));
    }
}
