package dk.trappen.core.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.store.ImportLogEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The small parts a sheet is made of: Danish numbers, chart axes, the coverage line's periods. */
class SheetPartsTest {

    @Test
    void numbersAndDatesAreDanish() {
        assertEquals("1.234,5", DanishFormat.number(1234.5, 1));
        assertEquals("12.345", DanishFormat.number(12345, 0));
        assertEquals("0,03", DanishFormat.number(0.03, 2));
        assertEquals("0,0", DanishFormat.number(-0.04, 1), "no minus on a value that rounds to nothing");
        assertEquals("-2,5", DanishFormat.number(-2.5, 1));
        assertEquals("31-12-2025", DanishFormat.date(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void cellsPrintTheirNumberOrTheirDiscretionText() {
        Discretion d = Discretion.withThreshold(5);
        assertEquals("1.234", DanishFormat.cell(d.count(1234), 0));
        assertEquals("<5", DanishFormat.cell(d.count(3), 0));
        assertEquals("0", DanishFormat.cell(d.count(0), 0));
        assertEquals("x", DanishFormat.cell(d.mean(50.0, 4), 1));
        assertEquals("–", DanishFormat.cell(d.mean(50.0, 0), 1), "no value at all");
    }

    @Test
    void axesHaveRoundStepsAndNoBareSmallWholeNumbers() {
        Axis counts = Axis.covering(230 * 1.05, 5);
        assertEquals(List.of("0", "50", "100", "150", "200", "250"), labels(counts));
        Axis fewCounts = Axis.covering(7, 5);
        assertEquals(List.of("0", "5", "10"), labels(fewCounts), "a count axis steps by 5 at least");
        Axis rates = Axis.covering(4.6, 0);
        assertEquals(List.of("0,0", "1,0", "2,0", "3,0", "4,0", "5,0"), labels(rates),
                "small steps print a decimal, so no tick reads as a count of 1–4");
        Axis tiny = Axis.covering(0.23, 0);
        assertEquals("0,05", tiny.label(tiny.step()));
        Axis empty = Axis.covering(0, 5);
        assertEquals(List.of("0", "5"), labels(empty));
        for (Axis a : List.of(counts, fewCounts, rates, tiny)) {
            assertEquals(0.0, a.fraction(0));
            assertEquals(1.0, a.fraction(a.max()));
        }
    }

    @Test
    void aLineAxisStartsNearItsValuesButNotTooNear() {
        Axis a = Axis.spanning(70.6, 75.9, 0);
        assertTrue(a.min() > 0 && a.min() <= 70.6, a.toString());
        assertTrue(a.max() >= 75.9, a.toString());
        assertTrue(a.max() - a.min() >= 0.3 * 75.9, "a 7 % change does not fill the whole chart: " + a);
        assertEquals(0.0, Axis.spanning(2, 100, 0).min(), "from 0 when the values come near it");
    }

    @Test
    void coverageJoinsImportsOfATypeAndKeepsTheStaircaseDataFirst() {
        DataCoverage c = DataCoverage.of(List.of(
                entry("regnskab", "2017-01-01", "2023-12-31", 10),
                entry("ydelser", "2014-01-01", "2024-06-30", 100),
                entry("ydelser", "2015-01-01", "2025-12-31", 50),
                entry("regnskab", "2024-01-01", "2024-12-31", 5),
                entry("dream", "2016-01-04", "2026-01-04", 0)));
        assertEquals(List.of("ydelser", "regnskab"), c.periods().stream().map(DataCoverage.Period::type)
                .collect(Collectors.toList()), "a file that stored nothing covers nothing");
        assertEquals(new DataCoverage.Period("ydelser", LocalDate.of(2014, 1, 1), LocalDate.of(2025, 12, 31)),
                c.of("ydelser").orElseThrow());
        assertEquals(LocalDate.of(2024, 12, 31), c.of("regnskab").orElseThrow().to());
        assertFalse(c.of("lpr").isPresent());
    }

    private static ImportLogEntry entry(String type, String from, String to, long stored) {
        return new ImportLogEntry(0, type + ".csv", type, 1, "0", stored, stored, 0, 0, LocalDate.parse(from),
                LocalDate.parse(to), "test", Instant.EPOCH);
    }

    private static List<String> labels(Axis a) {
        return a.ticks().stream().map(a::label).collect(Collectors.toList());
    }
}
