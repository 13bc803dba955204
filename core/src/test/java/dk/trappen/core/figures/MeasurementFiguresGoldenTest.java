package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.d;
import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings.WellbeingMeasurement;
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
        return value(r, 101, f);
    }

    private static double value(FigureResult r, int kommune, FigureId f) {
        return r.series(kommune).value(d(AT), f).orElseThrow(() -> new AssertionError(f + " of " + kommune + " has no value"));
    }

    private static double base(FigureResult r, FigureId f) {
        return base(r, 101, f);
    }

    private static double base(FigureResult r, int kommune, FigureId f) {
        return r.series(kommune).base(d(AT), f);
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

    /**
     * (d) The two readings of "the latest measurement" (a setting), on two persons with local ids
     * (no INDSATS: NT13.2). The earlier period of NT16/NT17 is (2019-12-31, 2020-06-30].
     * <ul>
     * <li>P: 2020-08-01 in 101 WHO-5 60 (no INSPIRE-O); 2020-11-01 in 147 INSPIRE-O 40 only.</li>
     * <li>P2, all in 101: 2020-02-01 WHO-5 70; 2020-05-01 INSPIRE-O 30 only; 2020-09-01 INSPIRE-O 80
     * only; 2020-12-01 WHO-5 20 only.</li>
     * </ul>
     * PER_INSTRUMENT (the default): WHO-5 from the latest row with WHO-5, INSPIRE-O from the latest
     * with INSPIRE-O, each in the kommune of its row. P: WHO-5 60 (101), INSPIRE-O 40 (147). P2:
     * WHO-5 20, INSPIRE-O 80 (101); earlier period WHO-5 70 (2020-02-01).
     * 101: NT13 = (60 + 20)/2 = 40 over 2; NT14 = 80 over 1; NT15.1 = 50 (P, 60 > 50), NT15.3 = 50
     * (P2, 20 ≤ 35); NT16/NT17 over P2 only (P has no earlier row): 70 (group 1) → 20 (group 3) is
     * down → NT17 = 100, NT16 = 0. 147: NT14 = 40; no NT13.
     * <p>
     * LATEST_ROW: P's latest row is 2020-11-01 (147, INSPIRE-O only) → 147: NT14 = 40, and P is in no
     * WHO-5 figure. P2's latest row is 2020-12-01 (101, WHO-5 only) → 101: NT13 = 20 over 1, NT15.3 =
     * 100, no NT14 (0 persons); P2's latest earlier row, 2020-05-01, has no WHO-5 → NT16/NT17 over 0.
     * <p>
     * The setting changes the figures of a running service (its in-memory key) and of the next
     * session (the key of the copy kept in the workspace), in both directions.
     */
    @Test
    void perInstrumentAndLatestRowReadTheMeasurementsDifferently() {
        SpellFixture f = new SpellFixture();
        f.measurement(null, "P", 101, "2020-08-01", 60, null, null);
        f.measurement(null, "P", 147, "2020-11-01", null, 40, null);
        f.measurement(null, "P2", 101, "2020-02-01", 70, null, null);
        f.measurement(null, "P2", 101, "2020-05-01", null, 30, null);
        f.measurement(null, "P2", 101, "2020-09-01", null, 80, null);
        f.measurement(null, "P2", 101, "2020-12-01", 20, null, null);
        f.coverUntil(AT);
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            f.writeTo(ws);
            assertEquals(WellbeingMeasurement.PER_INSTRUMENT, WorkspaceSettings.load(ws).wellbeingMeasurement());
            FigureService service = new FigureService(reference());
            FigureResult perInstrument = service.compute(ws);
            assertPerInstrument(perInstrument);

            WorkspaceSettings.save(ws, WorkspaceSettings.defaults().withWellbeingMeasurement(WellbeingMeasurement.LATEST_ROW));
            FigureResult latestRow = service.compute(ws);
            assertNotSame(perInstrument, latestRow);
            assertLatestRow(latestRow);
            // A new session reads the copy kept for each setting, not the last one computed.
            assertLatestRow(new FigureService(reference()).compute(ws));
            WorkspaceSettings.save(ws, WorkspaceSettings.defaults());
            assertPerInstrument(new FigureService(reference()).compute(ws));
            assertPerInstrument(service.compute(ws));
        }
    }

    private static void assertPerInstrument(FigureResult r) {
        assertEquals(40.0, value(r, FigureId.NT13), EPS);
        assertEquals(2, base(r, FigureId.NT13));
        assertEquals(40.0, value(r, FigureId.NT13_2), EPS);
        assertEquals(80.0, value(r, FigureId.NT14), EPS);
        assertEquals(1, base(r, FigureId.NT14));
        assertEquals(40.0, value(r, 147, FigureId.NT14), EPS);
        assertEquals(0, base(r, 147, FigureId.NT13));
        assertEquals(50.0, value(r, FigureId.NT15_1), EPS);
        assertEquals(0.0, value(r, FigureId.NT15_2), EPS);
        assertEquals(50.0, value(r, FigureId.NT15_3), EPS);
        assertEquals(1, base(r, FigureId.NT16));
        assertEquals(0.0, value(r, FigureId.NT16), EPS);
        assertEquals(100.0, value(r, FigureId.NT17), EPS);
    }

    private static void assertLatestRow(FigureResult r) {
        assertEquals(20.0, value(r, FigureId.NT13), EPS);
        assertEquals(1, base(r, FigureId.NT13));
        assertEquals(20.0, value(r, FigureId.NT13_2), EPS);
        assertEquals(0, base(r, FigureId.NT14), "P2's latest row has no INSPIRE-O");
        assertEquals(40.0, value(r, 147, FigureId.NT14), EPS);
        assertEquals(0, base(r, 147, FigureId.NT13), "P's latest row has no WHO-5");
        assertEquals(100.0, value(r, FigureId.NT15_3), EPS);
        assertEquals(0, base(r, FigureId.NT16), "P2's latest earlier row has no WHO-5");
        assertEquals(0, base(r, FigureId.NT17));
    }
}
