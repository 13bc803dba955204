package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of NT13.1/NT13.2 (key-figures.md §7, issue 20) on hand-built fixtures; every expected
 * value is worked out in the comment above it. Throughout: D = 2020-12-31, so the period is
 * (2020-06-30, 2020-12-31]; one measurement per person, in kommune 101.
 * <p>
 * The rule: a person in the services register (any spell in the store, of any service, målgruppe
 * and date) is in NT13.1 exactly when trin(p, D) = 2 by §2, whatever the age; anyone else (a local
 * id, or a PNR without spells) when the row's INDSATS names §82, §82a or §82b.
 */
class MeasurementFiguresGoldenTest {

    private static final double EPS = 1e-9;
    private static final String AT = "2020-12-31";

    @TempDir
    Path tmp;

    private static double value(FigureResult r, FigureId f) {
        return r.series(101).value(d(AT), f).orElseThrow(() -> new AssertionError(f + " has no value"));
    }

    private static double base(FigureResult r, FigureId f) {
        return r.series(101).base(d(AT), f);
    }

    /**
     * (a) M, born 2003-06-01, is 17 at D (18 on 2021-06-01) and on an ongoing §82a spell (1.18.1,
     * målgruppe 1.2.2) since 2020-01-01: trin(M, D) = 2 by §2. Not adult, so not in NT6 (NT1–NT6
     * are over adults), but §7 counts minors and takes trin 2 whatever the age → NT13.1. M is
     * measured 2020-10-01, WHO-5 40, no INDSATS.
     * NT13 = NT13.1 = 40 over 1 person; NT13.2 over nobody; NT6 = 0.
     */
    @Test
    void aMeasuredMinorOnAnActive82aSpellIsInNt131() {
        SpellFixture f = new SpellFixture();
        f.person("M").born(2003, 6, 1).trin(2, 101, "2020-01-01", null);
        f.measurement("M", null, 101, "2020-10-01", 40, null, null);
        f.coverUntil(AT);
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        assertEquals(40.0, value(r, FigureId.NT13_1), EPS);
        assertEquals(1, base(r, FigureId.NT13_1));
        assertEquals(0, base(r, FigureId.NT13_2), "the minor is not in NT13.2");
        assertEquals(40.0, value(r, FigureId.NT13), EPS);
        assertEquals(0, r.count(101, d(AT), FigureId.NT6), "NT6 stays over adults");
    }

    /**
     * (b) Persons not in the services register go by their row's INDSATS:
     * <ul>
     * <li>L1 (local id) "§182": another paragraph → NT13.2, WHO-5 64.</li>
     * <li>L2 (local id) "SEL §82b" → NT13.1, WHO-5 20.</li>
     * <li>L3 (local id) "1.82": a decimal, not §82 → NT13.2, WHO-5 36.</li>
     * <li>Q (a PNR linked by pseudonym but with no spell in the store: not in the register) "82 a"
     * → NT13.1, WHO-5 60.</li>
     * </ul>
     * NT13.1 = (20 + 60)/2 = 40 over 2; NT13.2 = (64 + 36)/2 = 50 over 2.
     */
    @Test
    void unlinkedMeasurementsGoByTheirIndsatsColumn() {
        SpellFixture f = new SpellFixture();
        f.measurement(null, "L1", 101, "2020-09-01", 64, null, "§182");
        f.measurement(null, "L2", 101, "2020-11-01", 20, null, "SEL §82b");
        f.measurement(null, "L3", 101, "2020-08-01", 36, null, "1.82");
        f.measurement("Q", null, 101, "2020-10-01", 60, null, "82 a");
        f.coverUntil(AT);
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        assertEquals(40.0, value(r, FigureId.NT13_1), EPS);
        assertEquals(2, base(r, FigureId.NT13_1));
        assertEquals(50.0, value(r, FigureId.NT13_2), EPS);
        assertEquals(2, base(r, FigureId.NT13_2));
    }

    /**
     * (c) Persons in the services register follow the register, not their INDSATS:
     * <ul>
     * <li>R (adult) had a §82a spell 2017-01-01 – 2020-03-31, none active at D: trin(R, D) = 1.
     * INDSATS "§82" → still NT13.2, WHO-5 48.</li>
     * <li>R2 (adult) has only a §97 ledsagerordning spell (1.13.4, on no trin) since 2019: in the
     * register, trin(R2, D) = 1. INDSATS "§82a" → NT13.2, WHO-5 76.</li>
     * <li>R4 (adult) on an ongoing §82b spell (1.18.2): trin 2. INDSATS "§85" → NT13.1, WHO-5 30.</li>
     * </ul>
     * NT13.1 = 30 over 1; NT13.2 = (48 + 76)/2 = 62 over 2.
     */
    @Test
    void aPersonInTheRegisterFollowsTheRegisterNotIndsats() {
        SpellFixture f = new SpellFixture();
        f.person("R").born(1980, 1, 1).trin(2, 101, "2017-01-01", "2020-03-31");
        f.person("R2").born(1980, 1, 1).spell("1.13.4", SpellFixture.TARGET, 101, "2019-01-01", null);
        f.person("R4").born(1980, 1, 1).spell("1.18.2", SpellFixture.TARGET, 101, "2019-01-01", null);
        f.measurement("R", null, 101, "2020-09-01", 48, null, "§82");
        f.measurement("R2", null, 101, "2020-10-01", 76, null, "§82a");
        f.measurement("R4", null, 101, "2020-11-01", 30, null, "§85");
        f.coverUntil(AT);
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        assertEquals(30.0, value(r, FigureId.NT13_1), EPS);
        assertEquals(1, base(r, FigureId.NT13_1));
        assertEquals(62.0, value(r, FigureId.NT13_2), EPS);
        assertEquals(2, base(r, FigureId.NT13_2));
        assertTrue(r.series(101).value(d(AT), FigureId.NT14).isEmpty(), "no INSPIRE-O scores");
    }
}
