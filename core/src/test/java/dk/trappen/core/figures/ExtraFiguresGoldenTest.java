package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.d;
import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of NT11–NT20 (key-figures.md §6–§9) on hand-built fixtures; every expected value is
 * worked out in the comment above it.
 */
class ExtraFiguresGoldenTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    private static double value(FigureResult r, int kommune, String date, FigureId f) {
        OptionalDouble v = r.series(kommune).value(d(date), f);
        assertTrue(v.isPresent(), f + " at " + date + " in " + kommune);
        return v.getAsDouble();
    }

    private static double pooled(FigureResult r, List<Integer> kommuner, String date, FigureId f) {
        OptionalDouble v = r.series(kommuner).value(d(date), f);
        assertTrue(v.isPresent(), f + " at " + date);
        return v.getAsDouble();
    }

    // ---------------------------------------------------------------- §6 DREAM

    /**
     * A (trin 2) and B (trin 5) in 101 from 2017; C has DREAM weeks but is not on the staircase.
     * A's 2020: week 1 and week 53 SU (651, education), weeks 2–11 sygedagpenge (890, "other").
     * <ul>
     * <li>D = 2020-12-31 lies in ISO week 2020-W53 (2020 has 53 weeks): the window is 2020-W02 …
     * 2020-W53, so week 1 is outside. A: education 1 week (W53), other 10, no benefit 41 →
     * uddannelsesgrad 100/52 = 1.923…, beskæftigelsesgrad 4100/52 = 78.846…</li>
     * <li>B has no DREAM rows: every week absent = no benefit → 0 and 100.</li>
     * <li>NT11 = (1.923 + 0)/2 = 0.9615…; NT12 = (78.846 + 100)/2 = 89.423…; NT12.1 (trin 2) = A's
     * 78.846; NT12.2 = B's 100.</li>
     * <li>D = 2021-06-30 (2021-W26): the window is 2021-W01–W26 (no 2021 row: absent weeks, no
     * benefit) and 2020-W28–W53 (26 weeks, incl. the SU of W53) → A: 1 education week, 51 employment
     * weeks → NT12.1 = 5100/52 = 98.077…</li>
     * </ul>
     */
    @Test
    void dreamWindowAcrossTheYearBoundaryWithWeek53AndAbsentWeeks() {
        SpellFixture f = new SpellFixture();
        f.person("A").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
        f.person("B").born(1980, 1, 1).trin(5, 101, "2017-01-01", null);
        f.person("C").born(1980, 1, 1);
        // One row per person and year: A's 2020 with weeks 1, 53 = SU and 2–11 = sygedagpenge.
        String[] weeks = new String[12];
        weeks[0] = "1=651";
        weeks[1] = "53=651";
        for (int w = 2; w <= 11; w++) {
            weeks[w] = w + "=890";
        }
        f.dream("A", 2020, weeks);
        f.dream("C", 2020, "10=651");
        f.coverUntil("2021-06-30");
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);

        assertEquals(100.0 / 52 / 2, value(r, 101, "2020-12-31", FigureId.NT11), EPS);
        assertEquals((4100.0 / 52 + 100) / 2, value(r, 101, "2020-12-31", FigureId.NT12), EPS);
        assertEquals(4100.0 / 52, value(r, 101, "2020-12-31", FigureId.NT12_1), EPS);
        assertEquals(100.0, value(r, 101, "2020-12-31", FigureId.NT12_2), EPS);
        assertEquals(2, r.series(101).base(d("2020-12-31"), FigureId.NT12), "C is not on the staircase");
        assertEquals(5100.0 / 52, value(r, 101, "2021-06-30", FigureId.NT12_1), EPS);
        assertEquals(100.0 / 52 / 2, value(r, 101, "2021-06-30", FigureId.NT11), EPS);
        // 2020-06-30 (2020-W27): window 2019-W28 … 2020-W27 holds weeks 1–11 of 2020: education 1
        // (W01), other 10 → A: 1.923 and 41/52.
        assertEquals(4100.0 / 52, value(r, 101, "2020-06-30", FigureId.NT12_1), EPS);
        // Nobody counted in 147: no persons, no value.
        assertTrue(r.series(147).value(d("2020-12-31"), FigureId.NT12).isEmpty());
        // Two persons: under the threshold 5 the means are not shown.
        DisplaySeries shown = Discretion.withThreshold(5).apply(r.series(101));
        assertEquals("x", shown.cell(d("2020-12-31"), FigureId.NT12).text());
        assertEquals("89,4", Discretion.withThreshold(2).apply(r.series(101)).cell(d("2020-12-31"), FigureId.NT12).text());
    }

    /** The §85 reading of NT12.1 (a setting) swaps the groups: NT12.1 = B's 100, NT12.2 = A's 78.846. */
    @Test
    void nt121VariantIsASettingAndInvalidatesTheKeptFigures() {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            SpellFixture f = new SpellFixture();
            f.person("A").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
            f.person("B").born(1980, 1, 1).trin(5, 101, "2017-01-01", null);
            f.dream("A", 2020, "1=651", "53=651", "2=890", "3=890", "4=890", "5=890", "6=890", "7=890", "8=890",
                    "9=890", "10=890", "11=890");
            f.coverUntil("2020-12-31");
            f.writeTo(ws);
            FigureService service = new FigureService(reference());
            FigureResult sel82 = service.compute(ws);
            assertEquals(4100.0 / 52, sel82.series(101).value(d("2020-12-31"), FigureId.NT12_1).getAsDouble(), EPS);
            WorkspaceSettings.save(ws, new WorkspaceSettings(List.of("1.2.2"), 5, WorkspaceSettings.Nt121Variant.SEL85));
            FigureResult sel85 = service.compute(ws);
            assertNotSame(sel82, sel85);
            assertEquals(100.0, sel85.series(101).value(d("2020-12-31"), FigureId.NT12_1).getAsDouble(), EPS);
            assertEquals(4100.0 / 52, sel85.series(101).value(d("2020-12-31"), FigureId.NT12_2).getAsDouble(), EPS);
            // A new session reads the kept copy, NT11–NT20 included.
            FigureResult kept = new FigureService(reference()).compute(ws);
            assertEquals(sel85.series(101), kept.series(101));
        }
    }

    /** An employment code (løntilskud, added to the editable table) counts as employment. */
    @Test
    void employmentCodesFromTheEditableTable() throws IOException {
        Path ref = tmp.resolve("ref");
        Files.createDirectories(ref);
        try (var files = Files.list(Path.of("..", "resources"))) {
            for (Path p : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".csv"))::iterator) {
                Files.copy(p, ref.resolve(p.getFileName()));
            }
        }
        Files.writeString(ref.resolve("dream_koder.csv"), "521;Løntilskud;beskaeftigelse;nej\n", StandardOpenOption.APPEND);
        // 2020-W53's window = 2020-W02…W53: 26 weeks løntilskud (W02–W27), 26 førtidspension
        // (W28–W53) → beskæftigelsesgrad 50 %, uddannelsesgrad 0 %.
        SpellFixture g = new SpellFixture();
        g.person("A").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
        String[] all = new String[52];
        for (int w = 2; w <= 53; w++) {
            all[w - 2] = w + "=" + (w <= 27 ? "521" : "783");
        }
        g.dream("A", 2020, all);
        g.coverUntil("2020-12-31");
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            g.writeTo(ws);
            FigureResult r = new FigureService(ReferenceLoader.fromDirectory(ref)).compute(ws);
            assertEquals(50.0, r.series(101).value(d("2020-12-31"), FigureId.NT12).getAsDouble(), EPS);
            assertEquals(0.0, r.series(101).value(d("2020-12-31"), FigureId.NT11).getAsDouble(), EPS);
        }
    }

    /**
     * The DREAM import covered 2020-01-06 (Monday of 2020-W02) to 2021-01-03 (Sunday of 2020-W53):
     * exactly D = 2020-12-31's window. 2020-06-30 (window from 2019-W28) and 2021-06-30 (to 2021-W26)
     * are not covered: absent with a reason, not 0.
     */
    @Test
    void aCutDateWhoseWindowTheImportsDoNotCoverIsAbsent() {
        SpellFixture f = new SpellFixture();
        f.person("A").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
        f.dream("A", 2020, "53=651");
        f.imported("dream", "2020-01-06", "2021-01-03");
        f.coverUntil("2021-06-30");
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        assertEquals(100.0 / 52, value(r, 101, "2020-12-31", FigureId.NT11), EPS);
        for (String date : List.of("2020-06-30", "2021-06-30")) {
            assertFalse(r.series(101).has(d(date), FigureId.NT11));
            assertEquals(Optional.of(Source.DREAM.notCoveredKey()), r.absentReason(Source.DREAM, d(date)));
        }
    }

    /** Without any source: every NT11–NT20 absent with its reason, never 0, in kommuner and groups. */
    @Test
    void aMissingSourceIsAbsentWithAReason() {
        SpellFixture f = new SpellFixture();
        f.person("A").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
        f.coverUntil("2018-12-31");
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        for (FigureId fig : FigureId.extended()) {
            for (String date : List.of("2017-12-31", "2018-12-31")) {
                assertFalse(r.series(101).has(d(date), fig), fig.id());
                assertTrue(r.series(List.of(101, 147)).value(d(date), fig).isEmpty(), fig.id());
                assertEquals(Optional.of(fig.source().missingKey()), r.series(101).absentReason(d(date), fig));
                assertEquals("", Discretion.withThreshold(5).apply(r.series(101)).cell(d(date), fig).text());
            }
        }
        assertEquals("ingen DREAM-data importeret", dk.trappen.core.Messages.danish(Source.DREAM.missingKey()));
    }

    // ---------------------------------------------------------------- §7 measurements

    /**
     * D = 2020-12-31: period (2020-06-30, 2020-12-31], the one before (2019-12-31, 2020-06-30].
     * <ul>
     * <li>P1 (register, trin 2): 2020-03-01 WHO-5 20; 2020-09-01 WHO-5 52 INSPIRE 80; 2020-11-01
     * WHO-5 36 → latest WHO-5 36 (risiko), latest INSPIRE 80; before 20 (stor risiko): up.</li>
     * <li>P2 (register, trin 5, INDSATS says §82 but the register wins → NT13.2): 2020-12-31 WHO-5 50
     * (D itself is in the period; risiko); 2019-12-31 WHO-5 52 is outside (D⁻⁻, D⁻]: measured in
     * one period only, left out of NT16/NT17.</li>
     * <li>L1 (local id, INDSATS "SEL §82b" → NT13.1): 2020-07-01 WHO-5 35 (stor risiko); 2020-06-30
     * WHO-5 52 (D⁻ belongs to the earlier period; ikke risiko): down.</li>
     * <li>L2 (local, "§85"): 2020-10-01 WHO-5 52 INSPIRE 70 (ikke risiko); 2020-01-15 WHO-5 60: same.</li>
     * <li>L3 (local): 2020-08-01 INSPIRE 40 only. L4 in 147: 2020-10-01 WHO-5 80.</li>
     * </ul>
     * 101: NT13 = (36+50+35+52)/4 = 43.25; NT13.1 = (36+35)/2 = 35.5; NT13.2 = (50+52)/2 = 51;
     * NT14 = (80+70+40)/3 = 63.33…; risk groups 1: L2, 2: P1 P2, 3: L1 → 25/50/25; both periods: P1
     * up, L1 down, L2 same → NT16 = NT17 = 33.33…
     * 101+147 pooled: NT13 = (173+80)/5 = 50.6 (not the kommune average (43.25+80)/2).
     */
    @Test
    void wellbeingMeansRiskGroupsAndMovements() {
        SpellFixture f = new SpellFixture();
        f.person("P1").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
        f.person("P2").born(1980, 1, 1).trin(5, 101, "2017-01-01", null);
        f.measurement("P1", null, 101, "2020-03-01", 20, null, null);
        f.measurement("P1", null, 101, "2020-09-01", 52, 80, null);
        f.measurement("P1", null, 101, "2020-11-01", 36, null, null);
        f.measurement("P2", null, 101, "2020-12-31", 50, null, "SEL §82a");
        f.measurement("P2", null, 101, "2019-12-31", 52, null, null);
        f.measurement(null, "L1", 101, "2020-07-01", 35, null, "SEL §82b");
        f.measurement(null, "L1", 101, "2020-06-30", 52, null, "SEL §82b");
        f.measurement(null, "L2", 101, "2020-10-01", 52, 70, "§85");
        f.measurement(null, "L2", 101, "2020-01-15", 60, null, "§85");
        f.measurement(null, "L3", 101, "2020-08-01", null, 40, null);
        f.measurement(null, "L4", 147, "2020-10-01", 80, null, null);
        f.coverUntil("2020-12-31");
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        String at = "2020-12-31";
        assertEquals(43.25, value(r, 101, at, FigureId.NT13), EPS);
        assertEquals(35.5, value(r, 101, at, FigureId.NT13_1), EPS);
        assertEquals(51.0, value(r, 101, at, FigureId.NT13_2), EPS);
        assertEquals(190.0 / 3, value(r, 101, at, FigureId.NT14), EPS);
        assertEquals(25.0, value(r, 101, at, FigureId.NT15_1), EPS);
        assertEquals(50.0, value(r, 101, at, FigureId.NT15_2), EPS);
        assertEquals(25.0, value(r, 101, at, FigureId.NT15_3), EPS);
        assertEquals(100.0 / 3, value(r, 101, at, FigureId.NT16), EPS);
        assertEquals(100.0 / 3, value(r, 101, at, FigureId.NT17), EPS);
        assertEquals(3, r.series(101).base(d(at), FigureId.NT16), "P2 measured in one period only");
        assertEquals(50.6, pooled(r, List.of(101, 147), at, FigureId.NT13), EPS);
        assertEquals(80.0, value(r, 147, at, FigureId.NT13), EPS);
        DisplaySeries shown = Discretion.withThreshold(3).apply(r.series(101));
        assertEquals("43,3", shown.cell(d(at), FigureId.NT13).text());
        assertEquals("x", shown.cell(d(at), FigureId.NT13_1).text(), "2 persons < 3");
        assertEquals("33,3", shown.cell(d(at), FigureId.NT16).text());
        // 2020-06-30: P1 20 (stor), L1 52 (ikke), L2 60 (ikke); P2's 2019-12-31 is in (2019-06-30,
        // 2019-12-31] → nothing there before for anyone: NT16 over 0 persons, no value.
        assertEquals((20 + 52 + 60) / 3.0, value(r, 101, "2020-06-30", FigureId.NT13), EPS);
        assertTrue(r.series(101).value(d("2020-06-30"), FigureId.NT16).isEmpty());
    }

    /**
     * Own measurements compared across kommuner (seed 002 §2.2.3): a unit of several kommuner has
     * NT13–NT17 at a date only when every member has measurements there. A "region" of 101, 147
     * and 151:
     * <ul>
     * <li>2020-06-30, period (2019-12-31, 2020-06-30]: 101 L1 WHO-5 40; 147 L3 80 and L5 70; 151 L4
     * 20 → all three measured: NT13 = (40+80+70+20)/4 = 52.5 over the pooled persons (not the
     * kommune average (40+75+20)/3 = 45); NT15.1 (&gt; 50) = 2 of 4 = 50 %.</li>
     * <li>2020-12-31, period (2020-06-30, 2020-12-31]: 101 L1 40 and L2 60; 147 L3 80; 151 none →
     * 2 of 3 measured: the region has no NT13–NT17, with a reason; 101+147 alone: (40+60+80)/3 = 60.</li>
     * </ul>
     */
    @Test
    void aUnitOfSeveralKommunerHasOwnMeasurementsOnlyWhenEveryMemberHas() {
        SpellFixture f = new SpellFixture();
        f.measurement(null, "L1", 101, "2020-03-01", 40, null, null);
        f.measurement(null, "L3", 147, "2020-04-01", 80, null, null);
        f.measurement(null, "L5", 147, "2020-05-01", 70, null, null);
        f.measurement(null, "L4", 151, "2020-02-01", 20, null, null);
        f.measurement(null, "L1", 101, "2020-09-01", 40, null, null);
        f.measurement(null, "L2", 101, "2020-10-01", 60, null, null);
        f.measurement(null, "L3", 147, "2020-11-01", 80, null, null);
        f.coverUntil("2020-12-31");
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        dk.trappen.core.figures.compare.ComparisonUnit region = new dk.trappen.core.figures.compare.ComparisonUnit(
                dk.trappen.core.figures.compare.Level.REGION, "9", "Region Prøve", List.of(101, 147, 151));
        FigureSeries s = region.series(r);
        assertEquals(3, s.kommuner());

        String june = "2020-06-30";
        assertEquals(3, s.measuredKommuner(d(june)));
        assertEquals(52.5, pooled(r, List.of(101, 147, 151), june, FigureId.NT13), EPS);
        assertEquals(50.0, pooled(r, List.of(101, 147, 151), june, FigureId.NT15_1), EPS);
        assertEquals(4, s.base(d(june), FigureId.NT13));
        assertEquals(Optional.empty(), s.absentReason(d(june), FigureId.NT13));
        assertEquals("Region Prøve (3 kommuner)", region.measuredName(s, d(june), dk.trappen.core.Messages.DANISH));

        String dec = "2020-12-31";
        assertEquals(2, s.measuredKommuner(d(dec)));
        assertFalse(s.has(d(dec), FigureId.NT13), "2 of 3 kommuner measured: no region value");
        assertFalse(s.has(d(dec), FigureId.NT17));
        assertTrue(s.value(d(dec), FigureId.NT13).isEmpty());
        assertEquals(Optional.of("figures.absent.notAllMeasured.maalinger"), s.absentReason(d(dec), FigureId.NT13));
        assertEquals("ikke alle kommuner i enheden har egne målinger",
                dk.trappen.core.Messages.danish(s.absentReason(d(dec), FigureId.NT13).orElseThrow()));
        assertEquals("Region Prøve", region.measuredName(s, d(dec), dk.trappen.core.Messages.DANISH));
        DisplaySeries shown = Discretion.withThreshold(0).apply(s);
        assertFalse(shown.defined(d(dec), FigureId.NT13));
        assertEquals("", shown.cell(d(dec), FigureId.NT13).text());
        assertEquals(60.0, pooled(r, List.of(101, 147), dec, FigureId.NT13), EPS);
        assertEquals(2, r.series(List.of(101, 147)).measuredKommuner(d(dec)));

        // A kommune on its own keeps its figures (151 has none in the half-year, without a reason),
        // and the other sources are untouched by the rule.
        assertTrue(r.series(151).has(d(dec), FigureId.NT13));
        assertEquals(Optional.empty(), r.series(151).absentReason(d(dec), FigureId.NT13));
        assertEquals(0, r.series(151).measuredKommuner(d(dec)));
        assertEquals(1, r.series(151).kommuner());
        assertEquals(r.series(List.of(101, 147, 151)).absentReason(d(dec), FigureId.NT11),
                r.series(101).absentReason(d(dec), FigureId.NT11));
    }

    /** Risk groups at the edges: 35 stor risiko, 36 and 50 risiko, 51 and 52 ikke umiddelbar risiko. */
    @Test
    void riskGroupEdges() {
        assertEquals(3, MeasurementFigures.riskGroup(0));
        assertEquals(3, MeasurementFigures.riskGroup(35));
        assertEquals(2, MeasurementFigures.riskGroup(36));
        assertEquals(2, MeasurementFigures.riskGroup(50));
        assertEquals(1, MeasurementFigures.riskGroup(51));
        assertEquals(1, MeasurementFigures.riskGroup(52));
        assertEquals(1, MeasurementFigures.riskGroup(100));
    }

    // ---------------------------------------------------------------- §8 LPR

    /**
     * R is on trin 2 in 101. Psychiatric contacts:
     * <ol start="0">
     * <li>2020-06-30 00:00–23:00 (23 h): admission ending 2020-06-30 (period of D = 2020-06-30).</li>
     * <li>2020-07-01 08:00–14:00 and 18:00–20:00: the gap is exactly 4 h, so one stay 08:00–20:00 of
     * exactly 12 h: an admission. It starts 9 h after admission 0 ended: 0 is readmitted.</li>
     * <li>2020-07-31 20:00 – 08-01 09:00 (13 h): starts exactly 30 days after 1 ended: 1 is readmitted.</li>
     * <li>2020-08-31 09:01–22:00 (12 h 59 min): starts 30 days + 1 minute after 2 ended: 2 is not.</li>
     * <li>2020-10-01 08:00–10:00 and 14:01–23:00: gap 4 h 1 min, two stays of 2 h and 8 h 59 min:
     * ambulant (chained they would be a 15 h admission).</li>
     * </ol>
     * A somatic contact 2020-09-05 (24 h) would readmit 3 but is not psychiatric. S (not on the
     * staircase) has a readmission that counts nowhere.
     * D = 2020-12-31: admissions 1, 2, 3 ended → NT18_INDL = 3, NT18 = 1, rate 33.3 %.
     * D = 2020-06-30: admission 0 → NT18_INDL = 1, NT18 = 1, rate 100 %.
     */
    @Test
    void staysAdmissionsAndReadmissions() {
        SpellFixture f = new SpellFixture();
        f.person("R").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
        f.person("S").born(1980, 1, 1);
        f.contact("R", "2020-06-30T00:00", "2020-06-30T23:00", true);
        f.contact("R", "2020-07-01T08:00", "2020-07-01T14:00", true);
        f.contact("R", "2020-07-01T18:00", "2020-07-01T20:00", true);
        f.contact("R", "2020-07-31T20:00", "2020-08-01T09:00", true);
        f.contact("R", "2020-08-31T09:01", "2020-08-31T22:00", true);
        f.contact("R", "2020-09-05T00:00", "2020-09-06T00:00", false);
        f.contact("R", "2020-10-01T08:00", "2020-10-01T10:00", true);
        f.contact("R", "2020-10-01T14:01", "2020-10-01T23:00", true);
        f.contact("S", "2020-08-01T00:00", "2020-08-02T00:00", true);
        f.contact("S", "2020-08-03T00:00", "2020-08-04T00:00", true);
        f.coverUntil("2020-12-31");
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        FigureSeries s = r.series(101);
        assertEquals(3, s.count(d("2020-12-31"), FigureId.NT18_INDL));
        assertEquals(1, s.count(d("2020-12-31"), FigureId.NT18));
        assertEquals(100.0 / 3, s.value(d("2020-12-31"), FigureId.NT18_RATE).getAsDouble(), EPS);
        assertEquals(1, s.count(d("2020-06-30"), FigureId.NT18_INDL));
        assertEquals(3, r.count(101, d("2020-12-31"), FigureId.NT18_INDL), "the result's count agrees");
        assertEquals(1, s.count(d("2020-06-30"), FigureId.NT18));
        assertEquals(0, r.series(List.of(101, 147)).count(d("2019-12-31"), FigureId.NT18));
        DisplaySeries shown = Discretion.withThreshold(5).apply(s);
        assertEquals("<5", shown.cell(d("2020-12-31"), FigureId.NT18).text());
        assertEquals("x", shown.cell(d("2020-12-31"), FigureId.NT18_RATE).text());
        assertEquals("33,3", Discretion.withThreshold(1).apply(s).cell(d("2020-12-31"), FigureId.NT18_RATE).text());
    }

    // ---------------------------------------------------------------- §9 accounts

    /**
     * 101, 2020 (dranst 1, hovedart 1–9 only): §108 400; botilbudslignende 100 (art 5.9; the art 0.0
     * line of 1000 is left out); §107 100; §85 200; §103 50 + §104 50; forebyggende 60 (5.38.53/002) +
     * 40 (5.38.39/011). Left out too: a dranst 2 line of 1000 and an unmapped 5.38.40/001 line.
     * Total 1000 → NT20.1…6 = 40, 10, 10, 20, 10, 10 (sum 100); NT19 = 100 / 900 = 0.11.
     * 147, 2020: §108 100, forebyggende 100 → NT19 = 1.00. Pooled: 200 / 1000 = 0.20 (not the
     * average of 0.11 and 1.00). 2020-06-30: not defined; 2019-12-31: no accounts for 2019, absent.
     */
    @Test
    void accountsShares() {
        SpellFixture f = new SpellFixture();
        f.person("A").born(1980, 1, 1).trin(2, 101, "2017-01-01", null);
        f.account(101, 2020, "5.38.50", "003", 1, "4.0", 400);
        f.account(101, 2020, "5.38.50", "003", 2, "4.0", 1000);
        f.account(101, 2020, "5.38.51", "003", 1, "0.0", 1000);
        f.account(101, 2020, "5.38.51", "003", 1, "5.9", 100);
        f.account(101, 2020, "5.38.52", "003", 1, "4.0", 100);
        f.account(101, 2020, "5.38.39", "005", 1, "1.0", 200);
        f.account(101, 2020, "5.38.58", "003", 1, "4.0", 50);
        f.account(101, 2020, "5.38.59", "003", 1, "4.0", 50);
        f.account(101, 2020, "5.38.53", "002", 1, "4.0", 60);
        f.account(101, 2020, "5.38.39", "011", 1, "4.0", 40);
        f.account(101, 2020, "5.38.40", "001", 1, "4.0", 9999);
        f.account(147, 2020, "5.38.50", "003", 1, "4.0", 100);
        f.account(147, 2020, "5.38.53", "002", 1, "4.0", 100);
        f.coverUntil("2020-12-31");
        FigureResult r = FigureAssertions.compute(tmp.resolve("ws"), f);
        String at = "2020-12-31";
        double[] expected = {40, 10, 10, 20, 10, 10};
        List<FigureId> shares = List.of(FigureId.NT20_1, FigureId.NT20_2, FigureId.NT20_3, FigureId.NT20_4,
                FigureId.NT20_5, FigureId.NT20_6);
        double sum = 0;
        for (int i = 0; i < 6; i++) {
            assertEquals(expected[i], value(r, 101, at, shares.get(i)), EPS, shares.get(i).id());
            sum += value(r, 101, at, shares.get(i));
        }
        assertEquals(100.0, sum, EPS);
        assertEquals(100.0 / 900, value(r, 101, at, FigureId.NT19), EPS);
        assertEquals(1.0, value(r, 147, at, FigureId.NT19), EPS);
        assertEquals(0.2, pooled(r, List.of(101, 147), at, FigureId.NT19), EPS);
        DisplaySeries shown = Discretion.withThreshold(5).apply(r.series(101));
        assertEquals("0,11", shown.cell(d(at), FigureId.NT19).text());
        assertEquals("40,0", shown.cell(d(at), FigureId.NT20_1).text());
        assertFalse(r.series(101).has(d("2020-06-30"), FigureId.NT19));
        assertEquals(Optional.empty(), r.absentReason(Source.REGNSKAB, d("2020-06-30")));
        assertEquals(Optional.of(Source.REGNSKAB.notCoveredKey()), r.absentReason(Source.REGNSKAB, d("2019-12-31")));
        assertTrue(r.series(851).value(d(at), FigureId.NT19).isEmpty(), "a kommune without accounts");
    }
}
