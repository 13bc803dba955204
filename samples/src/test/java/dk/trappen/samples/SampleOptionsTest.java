package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleOptionsTest {

    @Test
    void defaults() {
        SampleOptions o = SampleOptions.defaults();
        assertEquals(SampleScale.SMALL, o.scale());
        assertEquals(1, o.seed());
        assertEquals(LocalDate.of(2025, 12, 31), o.until());
        assertEquals(SampleVariant.UTF8, o.variant());
    }

    @Test
    void untilMustBeWithinTheSeries() {
        assertThrows(IllegalArgumentException.class, () -> SampleOptions.defaults().withUntil(LocalDate.of(2017, 6, 30)));
        assertThrows(IllegalArgumentException.class, () -> SampleOptions.defaults().withUntil(LocalDate.of(2040, 1, 1)));
    }

    @Test
    void parsesCliNames() {
        assertEquals(SampleScale.NATIONAL, SampleScale.parse("national"));
        assertEquals(SampleScale.KOMMUNE, SampleScale.parse("KOMMUNE"));
        assertEquals(SampleVariant.CP1252, SampleVariant.parse("cp1252"));
        assertThrows(IllegalArgumentException.class, () -> SampleScale.parse("huge"));
        assertThrows(IllegalArgumentException.class, () -> SampleVariant.parse("latin1"));
    }

    @Test
    void cprCenturyRuleRoundTrips() {
        Rng rng = new Rng(7);
        Cpr cpr = new Cpr();
        for (LocalDate d : new LocalDate[] {LocalDate.of(1936, 2, 29), LocalDate.of(1937, 1, 1), LocalDate.of(1999, 12, 31),
            LocalDate.of(2000, 1, 1), LocalDate.of(2007, 7, 15), LocalDate.of(2036, 5, 5)}) {
            for (int i = 0; i < 50; i++) {
                String pnr = cpr.issue(d, i % 2 == 0, rng);
                assertEquals(d, Cpr.birthDate(pnr), pnr);
                assertEquals(i % 2 == 0 ? 0 : 1, (pnr.charAt(9) - '0') % 2, pnr);
            }
        }
    }
}
