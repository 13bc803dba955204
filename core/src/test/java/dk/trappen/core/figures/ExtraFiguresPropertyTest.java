package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of NT11–NT20 on random fixtures, for every kommune, group and date where defined:
 * NT15.1 + NT15.2 + NT15.3 = 100 (also as shown, ± rounding); NT12.1 and NT12.2 pooled over their
 * persons give NT12; NT20.1–NT20.6 sum to 100; a group's value is its pooled one.
 */
class ExtraFiguresPropertyTest {

    private static final int[] KOMMUNER = {101, 147, 851};
    private static final String[] CODES = {"651", "652", "783", "890", "999", "", "", ""};

    @TempDir
    Path tmp;

    private static SpellFixture random(long seed) {
        Random rnd = new Random(seed);
        SpellFixture f = new SpellFixture();
        for (int i = 0; i < 60; i++) {
            String p = "P" + i;
            int k = KOMMUNER[rnd.nextInt(KOMMUNER.length)];
            f.person(p).born(1960 + rnd.nextInt(10), 1, 1).trin(2 + rnd.nextInt(7), k,
                    "2017-0" + (1 + rnd.nextInt(9)) + "-01", rnd.nextBoolean() ? null : "2020-0" + (1 + rnd.nextInt(9)) + "-15");
            for (int year = 2017; year <= 2020; year++) {
                if (rnd.nextInt(4) == 0) {
                    continue; // a year absent from DREAM
                }
                List<String> weeks = new ArrayList<>();
                for (int w = 1; w <= DreamFigures.weeksIn(year); w++) {
                    String c = CODES[rnd.nextInt(CODES.length)];
                    if (!c.isEmpty()) {
                        weeks.add(w + "=" + c);
                    }
                }
                f.dream(p, year, weeks.toArray(new String[0]));
            }
            for (int m = rnd.nextInt(6); m > 0; m--) {
                LocalDate on = LocalDate.of(2017, 1, 1).plusDays(rnd.nextInt(4 * 365));
                f.measurement(rnd.nextBoolean() ? p : null, "L" + i, k, on.toString(),
                        rnd.nextInt(5) == 0 ? null : rnd.nextInt(101), rnd.nextBoolean() ? rnd.nextInt(101) : null,
                        rnd.nextBoolean() ? "§82a" : "§85");
            }
        }
        for (int k : KOMMUNER) {
            for (int year = 2017; year <= 2020; year++) {
                for (String[] line : new String[][] {{"5.38.50", "003"}, {"5.38.51", "003"}, {"5.38.52", "003"},
                    {"5.38.39", "005"}, {"5.38.58", "003"}, {"5.38.59", "003"}, {"5.38.53", "002"}, {"5.38.39", "012"}}) {
                    f.account(k, year, line[0], line[1], 1 + rnd.nextInt(2), rnd.nextInt(3) + ".0", rnd.nextInt(100_000));
                }
            }
        }
        f.coverUntil("2020-12-31");
        return f;
    }

    @Test
    void sharesSumTo100AndSubgroupsPoolToTheWhole() {
        for (long seed = 1; seed <= 4; seed++) {
            try (Workspace ws = Workspace.create(tmp.resolve("ws" + seed))) {
                random(seed).writeTo(ws);
                FigureResult r = new FigureService(reference()).compute(ws);
                List<List<Integer>> units = new ArrayList<>();
                for (int k : KOMMUNER) {
                    units.add(List.of(k));
                }
                units.add(List.of(101, 147));
                units.add(List.of(101, 147, 851));
                int checked = 0;
                for (List<Integer> unit : units) {
                    FigureSeries s = r.series(unit);
                    DisplaySeries shown = Discretion.withThreshold(1).apply(s);
                    for (LocalDate d : r.cutDates()) {
                        OptionalDouble a = s.value(d, FigureId.NT15_1);
                        if (a.isPresent()) {
                            double sum = a.getAsDouble() + s.value(d, FigureId.NT15_2).getAsDouble()
                                    + s.value(d, FigureId.NT15_3).getAsDouble();
                            assertEquals(100.0, sum, 1e-9, "seed " + seed + " " + unit + " " + d);
                            double shownSum = 0;
                            for (FigureId f : List.of(FigureId.NT15_1, FigureId.NT15_2, FigureId.NT15_3)) {
                                shownSum += Double.parseDouble(shown.cell(d, f).text().replace(',', '.'));
                            }
                            assertEquals(100.0, shownSum, 0.15 + 1e-9, "as shown, ± rounding");
                            checked++;
                        }
                        OptionalDouble all = s.value(d, FigureId.NT12);
                        if (all.isPresent()) {
                            double n1 = s.base(d, FigureId.NT12_1);
                            double n2 = s.base(d, FigureId.NT12_2);
                            assertEquals(s.base(d, FigureId.NT12), n1 + n2, 1e-9);
                            double pooled = (n1 == 0 ? 0 : s.value(d, FigureId.NT12_1).getAsDouble() * n1)
                                    + (n2 == 0 ? 0 : s.value(d, FigureId.NT12_2).getAsDouble() * n2);
                            assertEquals(all.getAsDouble(), pooled / (n1 + n2), 1e-9, "NT12.1 + NT12.2 pooled = NT12");
                            checked++;
                        }
                        if (s.value(d, FigureId.NT20_1).isPresent()) {
                            double sum = 0;
                            for (FigureId f : List.of(FigureId.NT20_1, FigureId.NT20_2, FigureId.NT20_3, FigureId.NT20_4,
                                    FigureId.NT20_5, FigureId.NT20_6)) {
                                sum += s.value(d, f).getAsDouble();
                            }
                            assertEquals(100.0, sum, 1e-9);
                        }
                    }
                }
                // A group's NT13 is its pooled persons' mean: the kommune sums weighted by persons.
                for (LocalDate d : r.cutDates()) {
                    double num = 0;
                    double den = 0;
                    for (int k : KOMMUNER) {
                        FigureSeries s = r.series(k);
                        if (s.value(d, FigureId.NT13).isPresent()) {
                            num += s.value(d, FigureId.NT13).getAsDouble() * s.base(d, FigureId.NT13);
                            den += s.base(d, FigureId.NT13);
                        }
                    }
                    OptionalDouble group = r.series(List.of(101, 147, 851)).value(d, FigureId.NT13);
                    assertEquals(den > 0, group.isPresent());
                    if (den > 0) {
                        assertEquals(num / den, group.getAsDouble(), 1e-9);
                    }
                }
                assertTrue(checked > 10, "the fixtures reach the checks: " + checked);
            }
        }
    }
}
