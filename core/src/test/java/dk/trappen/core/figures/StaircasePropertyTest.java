package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random fixtures (a few hundred persons in five kommuner plus one unknown code, spells
 * that often start or end next to a cut date, persons turning 18, deaths, moves, duplicates,
 * other målgrupper and services): the engine against an independent naive reading of the spec,
 * the invariants of §4–§5, and invariance under shuffled and re-imported rows.
 */
class StaircasePropertyTest {

    private static final int[] KOMMUNER = {101, 147, 151, 153, 155, 999};
    private static final String[] YDELSER = {"1.8.1", "1.12.0.1", "1.8.2", "1.12.0.2", "1.4", "1.1", "1.18.1", "1.18.2",
        "1.13.4", "1.3", "7.7"};
    private static final String[] GROUPS = {"1.2.2", "1.2.2", "1.2.2", "1.2.2.1", "1.2.2.6", "1.2.1", "2"};
    private static final int SEEDS = 6;

    @TempDir
    Path tmp;

    static SpellFixture random(long seed, int persons) {
        Random rnd = new Random(seed);
        SpellFixture f = new SpellFixture();
        LocalDate[] near = new LocalDate[16];
        for (int i = 0; i < near.length; i++) {
            LocalDate cut = i % 2 == 0 ? LocalDate.of(2017 + i / 2, 6, 30) : LocalDate.of(2017 + i / 2, 12, 31);
            near[i] = cut;
        }
        for (int p = 0; p < persons; p++) {
            SpellFixture.Person person = f.person("p" + p);
            int birthKind = rnd.nextInt(10);
            if (birthKind < 6) {
                person.born(1950 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            } else if (birthKind < 9) {
                // Turns 18 during the series, sometimes exactly on a cut date.
                LocalDate eighteen = near[rnd.nextInt(8)].plusDays(rnd.nextInt(3) - 1);
                LocalDate b = eighteen.minusYears(18);
                person.born(b.getYear(), b.getMonthValue(), b.getDayOfMonth());
            } // else: unknown birth date
            int home = KOMMUNER[rnd.nextInt(KOMMUNER.length)];
            int n = 1 + rnd.nextInt(6);
            for (int s = 0; s < n; s++) {
                LocalDate start = rnd.nextBoolean()
                        ? near[rnd.nextInt(near.length - 4)].plusDays(rnd.nextInt(3) - 1)
                        : LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(4 * 365));
                LocalDate end = rnd.nextInt(4) == 0 ? null
                        : rnd.nextBoolean() ? near[rnd.nextInt(near.length - 4)].plusDays(rnd.nextInt(3) - 1)
                        : start.plusDays(rnd.nextInt(900));
                if (end != null && end.isBefore(start)) {
                    LocalDate t = start;
                    start = end;
                    end = t;
                }
                int kommune = rnd.nextInt(6) == 0 ? KOMMUNER[rnd.nextInt(KOMMUNER.length)] : home;
                String ydelse = YDELSER[rnd.nextInt(YDELSER.length)];
                String group = GROUPS[rnd.nextInt(GROUPS.length)];
                person.spell(ydelse, group, kommune, start.toString(), end == null ? null : end.toString());
                if (rnd.nextInt(15) == 0) {
                    // The same registration twice.
                    person.spell(ydelse, group, kommune, start.toString(), end == null ? null : end.toString());
                }
            }
            if (rnd.nextInt(10) == 0) {
                person.died(near[rnd.nextInt(near.length - 4)].plusDays(rnd.nextInt(200) - 100).toString());
            }
        }
        f.coverUntil("2020-12-31");
        return f;
    }

    @Test
    void theEngineAgreesWithANaiveReadingOfTheSpec() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            SpellFixture f = random(seed, 250);
            FigureResult r = FigureAssertions.compute(tmp.resolve("ws" + seed), f);
            NaiveFigures oracle = new NaiveFigures(f, WorkspaceSettings.defaults(), reference());
            assertFalse(r.isEmpty());
            assertEquals(oracle.dates().subList(1, oracle.dates().size()), r.cutDates(), "seed " + seed);
            for (int k : KOMMUNER) {
                for (LocalDate d : r.cutDates()) {
                    for (FigureId fig : FigureId.standard()) {
                        assertEquals(oracle.count(k, d, fig.id()), r.count(k, d, fig),
                                "seed " + seed + ", " + fig + " of " + k + " at " + d);
                    }
                }
            }
        }
    }

    /** Every combination of the §3/§5 settings, each on its own random fixture, against the oracle. */
    @Test
    void theEngineAgreesWithTheOracleUnderEverySetting() {
        long seed = 100;
        for (StaircaseRules.HandlekommuneTie tie : StaircaseRules.HandlekommuneTie.values()) {
            for (StaircaseRules.Nt8Scope nt8 : StaircaseRules.Nt8Scope.values()) {
                for (StaircaseRules.DeathRule deaths : StaircaseRules.DeathRule.values()) {
                    for (StaircaseRules.KommuneChangeRule moves : StaircaseRules.KommuneChangeRule.values()) {
                        seed++;
                        WorkspaceSettings settings = WorkspaceSettings.defaults()
                                .withStaircaseRules(new StaircaseRules(tie, nt8, deaths, moves));
                        SpellFixture f = random(seed, 150);
                        FigureResult r;
                        try (Workspace ws = Workspace.create(tmp.resolve("rules" + seed))) {
                            f.writeTo(ws);
                            WorkspaceSettings.save(ws, settings);
                            r = new FigureService(reference()).compute(ws);
                        }
                        assertEquals(settings.staircaseRules(), r.rules());
                        NaiveFigures oracle = new NaiveFigures(f, settings, reference());
                        List<FigureId> figures = new ArrayList<>(FigureId.standard(settings.staircaseRules()));
                        for (int from = 2; from <= 8; from++) {
                            figures.add(FigureId.matrixMoved(from));
                        }
                        for (int k : KOMMUNER) {
                            for (LocalDate d : r.cutDates()) {
                                for (FigureId fig : figures) {
                                    assertEquals(oracle.count(k, d, fig.id()), r.count(k, d, fig),
                                            settings.staircaseRules() + ", " + fig + " of " + k + " at " + d);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void invariantsOfTheStaircaseAndTheMatrix() {
        for (long seed = 11; seed <= 10 + SEEDS; seed++) {
            SpellFixture f = random(seed, 250);
            FigureResult r = FigureAssertions.compute(tmp.resolve("ws" + seed), f);
            NaiveFigures oracle = new NaiveFigures(f, WorkspaceSettings.defaults(), reference());
            List<LocalDate> dates = oracle.dates();
            for (int k : KOMMUNER) {
                FigureSeries s = r.series(k);
                for (int i = 0; i < dates.size(); i++) {
                    LocalDate d = dates.get(i);
                    String at = "seed " + seed + ", " + k + " at " + d;
                    // §4: NT1+…+NT6 = the distinct adults on trin 2–8 in K (counted by the oracle per trin).
                    int distinct = 0;
                    for (String nt : new String[] {"NT1", "NT2", "NT3", "NT4", "NT5", "NT6"}) {
                        distinct += oracle.count(k, d, nt);
                    }
                    int sum = s.count(d, FigureId.NT1) + s.count(d, FigureId.NT2) + s.count(d, FigureId.NT3)
                            + s.count(d, FigureId.NT4) + s.count(d, FigureId.NT5) + s.count(d, FigureId.NT6);
                    assertEquals(distinct, sum, at);
                    assertEquals(sum, s.count(d, FigureId.STAIRCASE_TOTAL), at);
                    if (i == 0) {
                        continue;
                    }
                    assertEquals(s.count(d, FigureId.NT7), s.count(d, FigureId.NT7_1) + s.count(d, FigureId.NT7_2)
                            + s.count(d, FigureId.NT7_3), at);
                    // §5: each matrix row sums to the persons at that trin in K at D⁻; "død" to DOED.
                    LocalDate prev = dates.get(i - 1);
                    int deaths = 0;
                    for (int from = 2; from <= 8; from++) {
                        int row = s.count(d, FigureId.matrixDeath(from)) + s.count(d, FigureId.matrixMoved(from));
                        deaths += row;
                        for (int to = 1; to <= 8; to++) {
                            row += s.count(d, FigureId.matrix(from, to));
                        }
                        assertEquals(row, s.count(d, FigureId.matrixBase(from)), at);
                    }
                    assertEquals(deaths, s.count(d, FigureId.DOED), at);
                    assertEquals(s.count(prev, FigureId.NT1), s.count(d, FigureId.matrixBase(8)), at);
                    assertEquals(s.count(prev, FigureId.NT2), s.count(d, FigureId.matrixBase(7)), at);
                    assertEquals(s.count(prev, FigureId.NT3), s.count(d, FigureId.matrixBase(6)), at);
                    assertEquals(s.count(prev, FigureId.NT4), s.count(d, FigureId.matrixBase(5)), at);
                    assertEquals(s.count(prev, FigureId.NT5),
                            s.count(d, FigureId.matrixBase(4)) + s.count(d, FigureId.matrixBase(3)), at);
                    assertEquals(s.count(prev, FigureId.NT6), s.count(d, FigureId.matrixBase(2)), at);
                }
            }
        }
    }

    /** Reading the spell blocks in parallel parts gives what one reader gives. */
    @Test
    void parallelReadingGivesTheSameFigures() {
        SpellFixture f = random(31, 400);
        try (Workspace ws = Workspace.create(tmp.resolve("parallel"))) {
            f.writeTo(ws, 1, null, 50);
            FigureResult one = new FigureService(reference(), Long.MAX_VALUE).compute(ws);
            FigureResult parts = new FigureService(reference(), 100).compute(ws);
            assertEquals(one.cutDates(), parts.cutDates());
            assertEquals(one.latestDataDate(), parts.latestDataDate());
            for (int k : KOMMUNER) {
                assertEquals(one.series(k), parts.series(k), "kommune " + k);
            }
        }
    }

    @Test
    void shuffledAndReimportedRowsGiveTheSameFigures() {
        for (long seed = 21; seed <= 20 + SEEDS; seed++) {
            SpellFixture f = random(seed, 250);
            FigureResult plain = FigureAssertions.compute(tmp.resolve("plain" + seed), f);
            FigureResult shuffled;
            try (Workspace ws = Workspace.create(tmp.resolve("shuffled" + seed))) {
                f.writeTo(ws, 1, new Random(seed * 7));
                FigureService service = new FigureService(reference());
                shuffled = service.compute(ws);
                // The same extract imported a second time, as another import, in another order.
                f.writeTo(ws, 2, new Random(seed * 13));
                FigureResult twice = service.compute(ws);
                assertEquals(plain.cutDates(), twice.cutDates());
                for (int k : KOMMUNER) {
                    assertEquals(plain.series(k), twice.series(k), "re-imported, seed " + seed + ", kommune " + k);
                }
            }
            assertEquals(plain.cutDates(), shuffled.cutDates());
            for (int k : KOMMUNER) {
                assertEquals(plain.series(k), shuffled.series(k), "shuffled, seed " + seed + ", kommune " + k);
            }
        }
    }
}
