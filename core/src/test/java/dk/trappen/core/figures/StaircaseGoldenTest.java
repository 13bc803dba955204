package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.compute;
import static dk.trappen.core.figures.FigureAssertions.d;
import static dk.trappen.core.figures.FigureAssertions.expectExactly;
import static dk.trappen.core.figures.FigureAssertions.expectStocks;
import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden fixtures for key-figures.md §1–§5, one rule each. Every expected value is worked out by
 * hand from the spec; the comment above each says why. Unless said otherwise persons are adults
 * (born 1970) in kommune 101, and "trin n" means a target-group (1.2.2) spell of trin n's ydelse.
 * expectExactly also asserts that every figure not listed is 0.
 */
class StaircaseGoldenTest {

    @TempDir
    Path tmp;

    private static SpellFixture fixture() {
        return new SpellFixture();
    }

    /**
     * §1 "active at D": start <= D and end >= D, both ends inclusive.
     * A: trin 8 2017-01-01..2017-12-31 (ends ON 2017-12-31: counted then, gone on 2018-06-30).
     * B: trin 6 from 2018-06-30 (starts ON 2018-06-30: counted then).
     * C: trin 5 2017-06-01..2017-12-30 (ends the day before the cut date: not counted at 2017-12-31).
     */
    @Test
    void bothEndsOfASpellAreInclusive() {
        SpellFixture f = fixture();
        f.person("A").born(1970, 1, 1).trin(8, 101, "2017-01-01", "2017-12-31")
                .person("B").born(1970, 1, 1).trin(6, 101, "2018-06-30", null)
                .person("C").born(1970, 1, 1).trin(5, 101, "2017-06-01", "2017-12-30");
        f.coverUntil("2018-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);

        assertEquals(List.of(d("2017-12-31"), d("2018-06-30"), d("2018-12-31")), r.cutDates());
        // Base date 2017-06-30: A (trin 8) and C (trin 5).
        expectStocks(r, 101, "2017-06-30", 1, 0, 0, 1, 0, 0);
        // 2017-12-31: A still active (end day) -> NT1. Movements from 2017-06-30: A 8->8; C 5->1 is NT8.
        expectExactly(r, 101, "2017-12-31", "NT1", 1, "M8_8", 1, "M5_1", 1, "NT8", 1);
        // 2018-06-30: B starts that day -> NT3. A went 8 -> 1 (own home): NT7.2 and so NT7.
        expectExactly(r, 101, "2018-06-30", "NT3", 1, "M8_1", 1, "NT7.2", 1, "NT7", 1);
        // 2018-12-31: B stays on trin 6.
        expectExactly(r, 101, "2018-12-31", "NT3", 1, "M6_6", 1);
    }

    /**
     * §2: a person is counted once, at the highest trin active at D.
     * D: trin 5, trin 8 (from 2017-06-01) and trin 2 at once -> NT1 only.
     * E: trin 8 ending 2017-12-30 and trin 5 ongoing -> trin 5 at 2017-12-31, trin 8 at 2017-06-30,
     * so the movement 8 -> 5 is NT7.2.
     */
    @Test
    void thePersonCountsOnceAtTheHighestTrin() {
        SpellFixture f = fixture();
        f.person("D").born(1970, 1, 1).trin(5, 101, "2017-01-01", null).trin(8, 101, "2017-06-01", null)
                .trin(2, 101, "2017-01-01", null)
                .person("E").born(1970, 1, 1).trin(8, 101, "2016-01-01", "2017-12-30").trin(5, 101, "2017-01-01", null);
        f.coverUntil("2017-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);

        expectExactly(r, 101, "2017-12-31", "NT1", 1, "NT4", 1, "M8_8", 1, "M8_5", 1, "NT7.2", 1, "NT7", 1);
        assertEquals(2, r.count(101, d("2017-12-31"), FigureId.STAIRCASE_TOTAL));
    }

    /**
     * §3: the kommune is the handlekommune of the spell deciding the trin; among several at that trin
     * the latest start, then the lowest kommunekode.
     * E2: trin 5 in 101 from 2017-01-01 and trin 5 in 147 from 2017-03-01 -> 147 (later start).
     * F: trin 5 in 151 and in 147, both from 2017-02-01 -> 147 (lower code).
     * G: trin 8 in 101 from 2016 and trin 5 in 147 from 2017-05-01 -> 101 (the trin-8 spell decides,
     * however late the lower one started).
     */
    @Test
    void handlekommuneTieRules() {
        SpellFixture f = fixture();
        f.person("E2").born(1970, 1, 1).trin(5, 101, "2017-01-01", null).trin(5, 147, "2017-03-01", null)
                .person("F").born(1970, 1, 1).trin(5, 151, "2017-02-01", null).trin(5, 147, "2017-02-01", null)
                .person("G").born(1970, 1, 1).trin(8, 101, "2016-01-01", null).trin(5, 147, "2017-05-01", null);
        f.coverUntil("2017-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);

        // The same choices hold at 2017-06-30, so the movements are "stayed" in the same kommune.
        expectExactly(r, 147, "2017-12-31", "NT4", 2, "M5_5", 2);
        expectExactly(r, 101, "2017-12-31", "NT1", 1, "M8_8", 1);
        expectExactly(r, 151, "2017-12-31");
    }

    /**
     * §1 target group: only målgruppe 1.2.2 and its sub-codes place a person on the staircase.
     * H: 1.2.1 (kognitivt handicap) - ignored. I: 1.2.2.3 (sub-code) - counted. J: 2 (socialt
     * problem) - ignored. All three on trin 8 since 2017. The setting changes it: "*" counts all
     * three, "1.2.1" only H.
     */
    @Test
    void otherMaalgrupperAreIgnoredUnlessTheSettingSaysSo() {
        SpellFixture f = fixture();
        f.person("H").born(1970, 1, 1).spell("1.8.1", "1.2.1", 101, "2017-01-01", null)
                .person("I").born(1970, 1, 1).spell("1.8.1", "1.2.2.3", 101, "2017-01-01", null)
                .person("J").born(1970, 1, 1).spell("1.8.1", "2", 101, "2017-01-01", null);
        f.coverUntil("2017-12-31");
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            f.writeTo(ws);
            FigureService service = new FigureService(reference());
            FigureResult r = service.compute(ws);
            expectExactly(r, 101, "2017-12-31", "NT1", 1, "M8_8", 1);

            FigureResult all = service.compute(ws, new WorkspaceSettings(List.of("*"), 5,
                    WorkspaceSettings.Nt121Variant.SEL82), ProgressListener.NONE, new CancellationToken());
            expectExactly(all, 101, "2017-12-31", "NT1", 3, "M8_8", 3);

            FigureResult cognitive = service.compute(ws, new WorkspaceSettings(List.of("1.2.1"), 5,
                    WorkspaceSettings.Nt121Variant.SEL82), ProgressListener.NONE, new CancellationToken());
            expectExactly(cognitive, 101, "2017-12-31", "NT1", 1, "M8_8", 1);
        }
    }

    /**
     * §2: other ydelseskoder (§97 1.13.4, §96 1.13.2, §95 1.17, §102 1.3) and unknown codes place
     * nobody on the staircase. K has only those -> trin 1, counted nowhere. K2 has §104 (trin 3)
     * and §96 -> NT5, unchanged by the §96 spell.
     */
    @Test
    void servicesOffTheStaircasePlaceNobody() {
        SpellFixture f = fixture();
        f.person("K").born(1970, 1, 1).spell("1.13.4", "1.2.2", 101, "2017-01-01", null)
                .spell("1.13.2", "1.2.2", 101, "2017-01-01", null).spell("1.17", "1.2.2", 101, "2017-01-01", null)
                .spell("1.3", "1.2.2", 101, "2017-01-01", null).spell("9.9.9", "1.2.2", 101, "2017-01-01", null)
                .person("K2").born(1970, 1, 1).trin(3, 101, "2017-01-01", null)
                .spell("1.13.2", "1.2.2", 101, "2017-01-01", null);
        f.coverUntil("2017-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);

        expectExactly(r, 101, "2017-12-31", "NT5", 1, "M3_3", 1);
    }

    /**
     * §1 adult: age >= 18 at D; unknown birth date kept. All on trin 2 since 2017-01-01.
     * L (born 2000-01-15) is 17 at 2017-12-31 and 18 at 2018-06-30. M (born 2000-06-30) turns 18
     * ON 2018-06-30 and counts then. N has no birth date and always counts. §5's base takes only
     * adults at D⁻, so L and M move (2 -> 2) first at 2018-12-31.
     */
    @Test
    void aPersonTurning18() {
        SpellFixture f = fixture();
        f.person("L").born(2000, 1, 15).trin(2, 101, "2017-01-01", null)
                .person("M").born(2000, 6, 30).trin(2, 101, "2017-01-01", null)
                .person("N").trin(2, 101, "2017-01-01", null);
        f.coverUntil("2018-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);

        expectStocks(r, 101, "2017-06-30", 0, 0, 0, 0, 0, 1);
        expectExactly(r, 101, "2017-12-31", "NT6", 1, "M2_2", 1);
        expectExactly(r, 101, "2018-06-30", "NT6", 3, "M2_2", 1);
        expectExactly(r, 101, "2018-12-31", "NT6", 3, "M2_2", 3);
    }

    /**
     * §5 deaths: a person with a death date <= D is left out of NT7–NT10 and counted in M?_D and DOED.
     * O: trin 8 until 2018-03-01, died 2018-03-01 -> at 2018-06-30 "8 -> død", not NT7.2.
     * P: trin 8 with the spell left open, died 2018-05-01. §4 has no death rule, so P stays in NT1
     * while the spell is open; each following D then counts P in "8 -> død" again (D⁻ base holds P).
     * Q: trin 5, died ON 2018-12-31 (<= D) -> "5 -> død" at 2018-12-31, and still in NT4 that day.
     */
    @Test
    void aDeathIsNotAMovement() {
        SpellFixture f = fixture();
        f.person("O").born(1970, 1, 1).trin(8, 101, "2016-01-01", "2018-03-01").died("2018-03-01")
                .person("P").born(1970, 1, 1).trin(8, 101, "2016-01-01", null).died("2018-05-01")
                .person("Q").born(1970, 1, 1).trin(5, 101, "2017-01-01", null).died("2018-12-31");
        f.coverUntil("2018-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);

        expectExactly(r, 101, "2017-12-31", "NT1", 2, "NT4", 1, "M8_8", 2, "M5_5", 1);
        expectExactly(r, 101, "2018-06-30", "NT1", 1, "NT4", 1, "M8_D", 2, "DOED", 2, "M5_5", 1);
        expectExactly(r, 101, "2018-12-31", "NT1", 1, "NT4", 1, "M8_D", 1, "M5_D", 1, "DOED", 2);
    }

    /**
     * §5: the movement belongs to the kommune at D⁻; trin(p, D) is taken over all kommuner; SKIFT
     * counts those whose staircase spells at D are all in another kommune.
     * R: trin 5 in 101 until 2018-01-31, then trin 5 in 147 -> 101: "5 -> 5" and SKIFT.
     * S: trin 8 in 101 until 2018-01-31, then trin 5 in 147 -> 101: NT7.2 and SKIFT.
     * T: trin 5 in 101 throughout, plus trin 6 in 147 from 2018-03-01 -> kommune 147 at D, but a
     * staircase spell is still in 101: "5 -> 6" in 101, no SKIFT.
     */
    @Test
    void aMoveToAnotherKommune() {
        SpellFixture f = fixture();
        f.person("R").born(1970, 1, 1).trin(5, 101, "2017-01-01", "2018-01-31").trin(5, 147, "2018-02-01", null)
                .person("S").born(1970, 1, 1).trin(8, 101, "2016-01-01", "2018-01-31").trin(5, 147, "2018-02-01", null)
                .person("T").born(1970, 1, 1).trin(5, 101, "2017-01-01", null).trin(6, 147, "2018-03-01", null);
        f.coverUntil("2018-06-30");
        FigureResult r = compute(tmp.resolve("ws"), f);

        expectExactly(r, 101, "2017-12-31", "NT1", 1, "NT4", 2, "M8_8", 1, "M5_5", 2);
        expectExactly(r, 101, "2018-06-30", "M5_5", 1, "M8_5", 1, "NT7.2", 1, "NT7", 1, "M5_6", 1, "SKIFT", 2);
        expectExactly(r, 147, "2018-06-30", "NT4", 2, "NT3", 1);
    }

    /**
     * Overlapping registrations count a person once. U: two overlapping trin-5 spells in 101. V: the
     * same trin-5 spell registered twice (identical rows). -> NT4 = 2, not 4.
     */
    @Test
    void overlappingRegistrationsCountOnce() {
        SpellFixture f = fixture();
        f.person("U").born(1970, 1, 1).trin(5, 101, "2017-01-01", "2018-12-31").trin(5, 101, "2017-06-01", null)
                .person("V").born(1970, 1, 1).trin(5, 101, "2017-01-01", null).trin(5, 101, "2017-01-01", null);
        f.coverUntil("2017-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);

        expectExactly(r, 101, "2017-12-31", "NT4", 2, "M5_5", 2);
    }

    /**
     * Every movement figure of §5 in one kommune: 14 persons, each on trin X until 2018-01-31 and
     * on trin Y from 2018-02-01 (Y = 1: no spell). X -> Y and the figure it feeds:
     * a 8->6, b 7->6 (NT7.1); c 7->5, d 8->1 (NT7.2); e 6->5, f 6->2 (NT7.3); g 6->7 (none, up);
     * h 5->4, i 5->1 (NT8); j 5->5 (none); k 2->1 (NT9); l 2->3, m 2->8 (NT10); n 2->2 (none).
     * Stocks at 2018-06-30: trin 8 m; 7 g; 6 a b; 5 c e j; 4/3 h l; 2 f n.
     */
    @Test
    void everyMovementFigure() {
        String[][] moves = {{"a", "8", "6"}, {"b", "7", "6"}, {"c", "7", "5"}, {"d", "8", "1"}, {"e", "6", "5"},
            {"f", "6", "2"}, {"g", "6", "7"}, {"h", "5", "4"}, {"i", "5", "1"}, {"j", "5", "5"}, {"k", "2", "1"},
            {"l", "2", "3"}, {"m", "2", "8"}, {"n", "2", "2"}};
        SpellFixture f = fixture();
        for (String[] m : moves) {
            SpellFixture.Person p = f.person(m[0]).born(1970, 1, 1).trin(Integer.parseInt(m[1]), 101, "2017-01-01", "2018-01-31");
            if (!m[2].equals("1")) {
                p.trin(Integer.parseInt(m[2]), 101, "2018-02-01", null);
            }
        }
        f.coverUntil("2018-06-30");
        FigureResult r = compute(tmp.resolve("ws"), f);

        expectExactly(r, 101, "2017-12-31", "NT1", 2, "NT2", 2, "NT3", 3, "NT4", 3, "NT6", 4,
                "M8_8", 2, "M7_7", 2, "M6_6", 3, "M5_5", 3, "M2_2", 4);
        expectExactly(r, 101, "2018-06-30", "NT1", 1, "NT2", 1, "NT3", 2, "NT4", 3, "NT5", 2, "NT6", 2,
                "NT7.1", 2, "NT7.2", 2, "NT7.3", 2, "NT7", 6, "NT8", 2, "NT9", 1, "NT10", 2,
                "M8_6", 1, "M7_6", 1, "M7_5", 1, "M8_1", 1, "M6_5", 1, "M6_2", 1, "M6_7", 1, "M5_4", 1, "M5_1", 1,
                "M5_5", 1, "M2_1", 1, "M2_3", 1, "M2_8", 1, "M2_2", 1);
        assertEquals(11, r.count(101, d("2018-06-30"), FigureId.STAIRCASE_TOTAL), "14 persons, 3 off the staircase");
        // A matrix row sums to its base: the trin's stock at D⁻.
        assertEquals(2, r.count(101, d("2018-06-30"), FigureId.matrixBase(8)));
        assertEquals(3, r.count(101, d("2018-06-30"), FigureId.matrixBase(6)));
    }

    /**
     * §1 "seneste opgørelse": the latest cut date on or before the latest start or end date of any
     * spell (whatever its målgruppe or service). Here an end date 2019-07-15 of a §97 spell -> the
     * series runs 2017-12-31 .. 2019-06-30.
     */
    @Test
    void theSeriesEndsAtTheLastCutDateTheDataCover() {
        SpellFixture f = fixture();
        f.person("X").born(1970, 1, 1).trin(5, 101, "2017-01-01", null)
                .spell("1.13.4", "2", 101, "2018-01-01", "2019-07-15");
        FigureResult r = compute(tmp.resolve("ws"), f);

        assertEquals(d("2019-07-15"), r.latestDataDate().orElseThrow());
        assertEquals(d("2017-06-30"), r.baseDate().orElseThrow());
        assertEquals(List.of(d("2017-12-31"), d("2018-06-30"), d("2018-12-31"), d("2019-06-30")), r.cutDates());
        expectExactly(r, 101, "2019-06-30", "NT4", 1, "M5_5", 1);
    }

    /** Data ending before 2017-12-31 cover no cut date of the series: an empty result, not an error. */
    @Test
    void dataBeforeTheFirstCutDateGiveAnEmptyResult() {
        SpellFixture f = fixture();
        f.person("Y").born(1970, 1, 1).trin(5, 101, "2016-01-01", "2017-12-30");
        FigureResult r = compute(tmp.resolve("ws"), f);
        assertTrue(r.isEmpty());
        assertTrue(r.cutDates().isEmpty());
        assertTrue(compute(tmp.resolve("tom"), fixture()).isEmpty(), "no spells at all");
    }

    /** Every reference kommune gets figures (zeros included); a code outside the table is kept as it is. */
    @Test
    void everyKommuneHasFiguresAndUnknownCodesAreKept() {
        SpellFixture f = fixture();
        f.person("Z").born(1970, 1, 1).trin(2, 999, "2017-01-01", null);
        f.coverUntil("2017-12-31");
        FigureResult r = compute(tmp.resolve("ws"), f);
        assertEquals(99, r.kommuner().size());
        assertTrue(r.kommuner().contains(999));
        expectExactly(r, 999, "2017-12-31", "NT6", 1, "M2_2", 1);
        expectExactly(r, 825, "2017-12-31");
    }
}
