package dk.trappen.core.figures.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.TestSeries;
import dk.trappen.core.figures.compare.Change.Judgement;
import dk.trappen.core.figures.compare.Change.Status;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Udvikling;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Changes since the last half-year and since the same time the year before (seed 002 §2.2.3),
 * judged by the catalogue's desired direction, from cells after discretion (threshold 5).
 */
class ChangeTest {

    private static final LocalDate BASE = LocalDate.of(2022, 6, 30);
    private static final LocalDate DEC22 = LocalDate.of(2022, 12, 31);
    private static final LocalDate JUN23 = LocalDate.of(2023, 6, 30);
    private static final LocalDate DEC23 = LocalDate.of(2023, 12, 31);

    /**
     * NT6 (trin 2, desired rising): 20, 24, 30. NT1 (trin 8, desired falling): 40, 35, 38. NT4
     * (trin 5, no direction): 3 at the base date ("&lt;5"), then 12, 12, 12. NT2 (trin 7, falling):
     * 10, 10, 10. NT13 (rising): 250.1/5 = 50.02 ("50,0"), 250.2/5 = 50.04 ("50,0"), 251.3/5 =
     * 50.26 ("50,3"). NT14: 150/3 at DEC23, fewer than 5 persons ("x"), 300/5 = 60 at JUN23.
     */
    private static DisplaySeries shown() {
        TestSeries s = TestSeries.over(BASE, DEC22, JUN23, DEC23)
                .stock(BASE, 2, 18).stock(DEC22, 2, 20).stock(JUN23, 2, 24).stock(DEC23, 2, 30)
                .stock(BASE, 8, 41).stock(DEC22, 8, 40).stock(JUN23, 8, 35).stock(DEC23, 8, 38)
                .stock(BASE, 5, 3).stock(DEC22, 5, 12).stock(JUN23, 5, 12).stock(DEC23, 5, 12)
                .stock(BASE, 7, 10).stock(DEC22, 7, 10).stock(JUN23, 7, 10).stock(DEC23, 7, 10)
                .extended(DEC22, FigureId.NT13, 250.1, 5).extended(JUN23, FigureId.NT13, 250.2, 5)
                .extended(DEC23, FigureId.NT13, 251.3, 5)
                .extended(JUN23, FigureId.NT14, 300, 5).extended(DEC23, FigureId.NT14, 150, 3);
        return Discretion.withThreshold(5).apply(s.build());
    }

    @Test
    void aRiseIsBetterWhenRisingIsDesired() {
        DisplaySeries s = shown();
        // NT6: 30 − 24 = +6 since 30-06-2023; 30 − 20 = +10 since 31-12-2022.
        assertEquals(Optional.of(new Change(Status.SHOWN, JUN23, 6, Judgement.BETTER)),
                Change.sinceHalfYear(s, FigureId.NT6, DEC23, Udvikling.STIGENDE));
        assertEquals(new Change(Status.SHOWN, DEC22, 10, Judgement.BETTER),
                Change.sinceYear(s, FigureId.NT6, DEC23, Udvikling.STIGENDE));
    }

    @Test
    void aRiseIsWorseWhenFallingIsDesired() {
        DisplaySeries s = shown();
        // NT1: 38 − 35 = +3 (worse); 38 − 40 = −2 (better).
        assertEquals(Optional.of(new Change(Status.SHOWN, JUN23, 3, Judgement.WORSE)),
                Change.sinceHalfYear(s, FigureId.NT1, DEC23, Udvikling.FALDENDE));
        assertEquals(new Change(Status.SHOWN, DEC22, -2, Judgement.BETTER),
                Change.sinceYear(s, FigureId.NT1, DEC23, Udvikling.FALDENDE));
    }

    @Test
    void noDirectionNoJudgementAndNoChangeIsUnchanged() {
        DisplaySeries s = shown();
        // NT4: 12 − 12 = 0 with no desired direction; NT2: 10 − 10 = 0, desired falling: unchanged.
        assertEquals(new Change(Status.SHOWN, DEC22, 0, Judgement.NONE),
                Change.sinceYear(s, FigureId.NT4, DEC23, Udvikling.INGEN));
        assertEquals(new Change(Status.SHOWN, DEC22, 0, Judgement.UNCHANGED),
                Change.sinceYear(s, FigureId.NT2, DEC23, Udvikling.FALDENDE));
    }

    @Test
    void aHiddenSideHidesTheChange() {
        DisplaySeries s = shown();
        // NT4 was 3 at 30-06-2022 (the same time the year before 30-06-2023): shown as "<5".
        assertEquals("<5", s.cell(BASE, FigureId.NT4).text());
        assertEquals(new Change(Status.HIDDEN, BASE, 0, Judgement.NONE),
                Change.sinceYear(s, FigureId.NT4, JUN23, Udvikling.INGEN));
        // NT14 at 31-12-2023 is a mean over 3 persons: "x", so the change is hidden too.
        assertEquals("x", s.cell(DEC23, FigureId.NT14).text());
        assertEquals(Optional.of(new Change(Status.HIDDEN, JUN23, 0, Judgement.NONE)),
                Change.sinceHalfYear(s, FigureId.NT14, DEC23, Udvikling.STIGENDE));
    }

    @Test
    void theChangeIsBetweenTheValuesAsShown() {
        DisplaySeries s = shown();
        // NT13: "50,3" − "50,0" = +0,3 (the raw 50.26 − 50.04 would be 0.22).
        Change c = Change.sinceHalfYear(s, FigureId.NT13, DEC23, Udvikling.STIGENDE).orElseThrow();
        assertEquals(Status.SHOWN, c.status());
        assertEquals(0.3, c.difference(), 1e-12);
        assertEquals(Judgement.BETTER, c.judgement());
        // "50,0" − "50,0" = 0 although the raw values differ by 0.02.
        assertEquals(Optional.of(new Change(Status.SHOWN, DEC22, 0, Judgement.UNCHANGED)),
                Change.sinceHalfYear(s, FigureId.NT13, JUN23, Udvikling.STIGENDE));
    }

    @Test
    void noEarlierValueIsNotAvailable() {
        DisplaySeries s = shown();
        // 31-12-2021 is before the series; movements are not defined at the base date; NT14 has no
        // value at 31-12-2022 (nobody measured).
        assertEquals(Status.NOT_AVAILABLE, Change.sinceYear(s, FigureId.NT6, DEC22, Udvikling.STIGENDE).status());
        assertEquals(Status.NOT_AVAILABLE, Change.sinceYear(s, FigureId.NT7, JUN23, Udvikling.INGEN).status());
        assertEquals(Status.NOT_AVAILABLE,
                Change.sinceHalfYear(s, FigureId.NT14, JUN23, Udvikling.STIGENDE).orElseThrow().status());
        assertFalse(Change.sinceYear(s, FigureId.NT7, JUN23, Udvikling.INGEN).shown());
    }

    @Test
    void yearlyFiguresHaveOnlyTheYearChange() {
        assertTrue(Change.yearly(FigureId.NT19));
        assertTrue(Change.yearly(FigureId.NT20_6));
        assertFalse(Change.yearly(FigureId.NT13));
        assertFalse(Change.yearly(FigureId.NT1));
        assertEquals(Optional.empty(), Change.sinceHalfYear(shown(), FigureId.NT19, DEC23, Udvikling.STIGENDE));
    }

    @Test
    void judgementFollowsTheDesiredDirection() {
        assertEquals(Judgement.BETTER, Change.judge(1, Udvikling.STIGENDE));
        assertEquals(Judgement.WORSE, Change.judge(-1, Udvikling.STIGENDE));
        assertEquals(Judgement.BETTER, Change.judge(-1, Udvikling.FALDENDE));
        assertEquals(Judgement.WORSE, Change.judge(1, Udvikling.FALDENDE));
        assertEquals(Judgement.UNCHANGED, Change.judge(0, Udvikling.FALDENDE));
        assertEquals(Judgement.NONE, Change.judge(1, Udvikling.INGEN));
        assertEquals(Judgement.NONE, Change.judge(0, Udvikling.INGEN));
    }
}
