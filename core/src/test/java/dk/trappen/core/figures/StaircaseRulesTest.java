package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.d;
import static dk.trappen.core.figures.FigureAssertions.expectExactly;
import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.StaircaseRules.DeathRule;
import dk.trappen.core.figures.StaircaseRules.HandlekommuneTie;
import dk.trappen.core.figures.StaircaseRules.KommuneChangeRule;
import dk.trappen.core.figures.StaircaseRules.Nt8Scope;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Decision:" lines of §3 and §5 are settings: golden fixtures under the other choice, saved in
 * the workspace's settings (so they also round-trip through the settings store). Persons are
 * adults in kommune 101 unless said otherwise; "trin n" is a target-group spell of that trin.
 */
class StaircaseRulesTest {

    @TempDir
    Path tmp;

    private FigureResult compute(SpellFixture f, StaircaseRules rules) {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            f.writeTo(ws);
            WorkspaceSettings.save(ws, WorkspaceSettings.defaults().withStaircaseRules(rules));
            return new FigureService(reference()).compute(ws);
        }
    }

    private static StaircaseRules rules(HandlekommuneTie tie, Nt8Scope nt8, DeathRule deaths, KommuneChangeRule moves) {
        return new StaircaseRules(tie, nt8, deaths, moves);
    }

    /**
     * §3 with EARLIEST_START: E2 has trin 5 in 101 from 2017-01-01 and in 147 from 2017-03-01 ->
     * 101 (the earlier). F's two trin-5 spells start the same day in 151 and 147 -> 147 (lowest code).
     */
    @Test
    void theEarliestStartMayDecideTheKommune() {
        SpellFixture f = new SpellFixture();
        f.person("E2").born(1970, 1, 1).trin(5, 101, "2017-01-01", null).trin(5, 147, "2017-03-01", null)
                .person("F").born(1970, 1, 1).trin(5, 151, "2017-02-01", null).trin(5, 147, "2017-02-01", null);
        f.coverUntil("2017-12-31");
        FigureResult r = compute(f, rules(HandlekommuneTie.EARLIEST_START, Nt8Scope.ANY_LOWER_TRIN,
                DeathRule.SEPARATE_LINE, KommuneChangeRule.COUNTED_AND_LINE));
        expectExactly(r, 101, "2017-12-31", "NT4", 1, "M5_5", 1);
        expectExactly(r, 147, "2017-12-31", "NT4", 1, "M5_5", 1);
    }

    /** NT8 with LOWER_STEP_ON_STAIRCASE: h goes 5 -> 4 (counted), i goes 5 -> 1 (not: left the staircase). */
    @Test
    void nt8MayCountOnlyStepsOnTheStaircase() {
        SpellFixture f = new SpellFixture();
        f.person("h").born(1970, 1, 1).trin(5, 101, "2017-01-01", "2018-01-31").trin(4, 101, "2018-02-01", null)
                .person("i").born(1970, 1, 1).trin(5, 101, "2017-01-01", "2018-01-31");
        f.coverUntil("2018-06-30");
        FigureResult r = compute(f, rules(HandlekommuneTie.LATEST_START, Nt8Scope.LOWER_STEP_ON_STAIRCASE,
                DeathRule.SEPARATE_LINE, KommuneChangeRule.COUNTED_AND_LINE));
        expectExactly(r, 101, "2018-06-30", "NT5", 1, "M5_4", 1, "M5_1", 1, "NT8", 1);
    }

    /**
     * Deaths AS_MOVEMENT: O (trin 8 until 2018-03-01, died then) is counted by the trin at D, 1:
     * "8 -> 1", so NT7.2; P (trin 8, spell left open, died 2018-05-01) stays "8 -> 8". No død line.
     */
    @Test
    void deathsMayBeCountedAsMovements() {
        SpellFixture f = new SpellFixture();
        f.person("O").born(1970, 1, 1).trin(8, 101, "2016-01-01", "2018-03-01").died("2018-03-01")
                .person("P").born(1970, 1, 1).trin(8, 101, "2016-01-01", null).died("2018-05-01");
        f.coverUntil("2018-06-30");
        FigureResult r = compute(f, rules(HandlekommuneTie.LATEST_START, Nt8Scope.ANY_LOWER_TRIN,
                DeathRule.AS_MOVEMENT, KommuneChangeRule.COUNTED_AND_LINE));
        expectExactly(r, 101, "2018-06-30", "NT1", 1, "M8_1", 1, "NT7.2", 1, "NT7", 1, "M8_8", 1);
    }

    /**
     * Change of kommune LEFT_OUT: R (trin 5 in 101, then trin 5 in 147) and S (trin 8 in 101, then
     * trin 5 in 147) are left out of NT7–NT10: column "S" of their row and SKIFT. T keeps a spell in
     * 101 (and gets trin 6 in 147): not a change, "5 -> 6" as usual. Rows still sum to their base.
     */
    @Test
    void aChangeOfKommuneMayBeLeftOut() {
        SpellFixture f = new SpellFixture();
        f.person("R").born(1970, 1, 1).trin(5, 101, "2017-01-01", "2018-01-31").trin(5, 147, "2018-02-01", null)
                .person("S").born(1970, 1, 1).trin(8, 101, "2016-01-01", "2018-01-31").trin(5, 147, "2018-02-01", null)
                .person("T").born(1970, 1, 1).trin(5, 101, "2017-01-01", null).trin(6, 147, "2018-03-01", null);
        f.coverUntil("2018-06-30");
        FigureResult r = compute(f, rules(HandlekommuneTie.LATEST_START, Nt8Scope.ANY_LOWER_TRIN,
                DeathRule.SEPARATE_LINE, KommuneChangeRule.LEFT_OUT));
        expectExactly(r, 101, "2018-06-30", "M5_6", 1, "SKIFT", 2);
        assertEquals(1, r.count(101, d("2018-06-30"), FigureId.matrixMoved(5)));
        assertEquals(1, r.count(101, d("2018-06-30"), FigureId.matrixMoved(8)));
        assertEquals(2, r.count(101, d("2018-06-30"), FigureId.matrixBase(5)));
        assertEquals(r.count(101, d("2017-12-31"), FigureId.NT1), r.count(101, d("2018-06-30"), FigureId.matrixBase(8)));
        assertTrue(FigureId.standard(r.rules()).contains(FigureId.matrixMoved(8)), "written when used");
        assertTrue(!FigureId.standard().contains(FigureId.matrixMoved(8)));
    }

    @Test
    void absentSettingsAreTheSpecsDecisions() {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            assertEquals(StaircaseRules.defaults(), WorkspaceSettings.load(ws).staircaseRules());
            StaircaseRules other = rules(HandlekommuneTie.EARLIEST_START, Nt8Scope.LOWER_STEP_ON_STAIRCASE,
                    DeathRule.AS_MOVEMENT, KommuneChangeRule.LEFT_OUT);
            WorkspaceSettings.save(ws, WorkspaceSettings.defaults().withStaircaseRules(other));
            assertEquals(other, WorkspaceSettings.load(ws).staircaseRules());
        }
    }
}
