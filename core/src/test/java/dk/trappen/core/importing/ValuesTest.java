package dk.trappen.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The cell forms of data-formats.md, one by one. */
class ValuesTest {

    @Test
    void everyDateForm() {
        LocalDate d = LocalDate.of(2024, 12, 31);
        assertEquals(d, Values.date("2024-12-31"));
        assertEquals(d, Values.date("31-12-2024"));
        assertEquals(d, Values.date("31.12.2024"));
        assertEquals(d, Values.date("31DEC2024"));
        assertEquals(LocalDate.of(2024, 10, 31), Values.date("31okt2024"), "Danish month abbreviations too");
        assertEquals(d, Values.date("20241231"));
        assertNull(Values.date("2024-02-30"));
        assertNull(Values.date("31/12/2024"));
    }

    @Test
    void everyTimestampForm() {
        LocalDateTime t = LocalDateTime.of(2024, 12, 31, 13, 45);
        assertEquals(t, Values.timestamp("2024-12-31T13:45"));
        assertEquals(t, Values.timestamp("2024-12-31 13:45:00"));
        assertEquals(t, Values.timestamp("31-12-2024 13:45"));
        assertEquals(LocalDateTime.of(2024, 10, 31, 13, 45), Values.timestamp("31OCT2024 13:45"),
                "the T of OCT is no separator");
        assertNull(Values.timestamp("2024-12-31T25:00"));
    }

    @Test
    void amountsWithDanishAndEnglishMarks() {
        assertEquals(new BigDecimal("1234.5"), Values.amount("1234,5"));
        assertEquals(new BigDecimal("1234.5"), Values.amount("1234.5"));
        assertEquals(new BigDecimal("-1234.5"), Values.amount("-1.234,5"));
        assertEquals(new BigDecimal("1234567"), Values.amount("1.234.567"));
        assertNull(Values.amount("12,34,5"));
    }
}
