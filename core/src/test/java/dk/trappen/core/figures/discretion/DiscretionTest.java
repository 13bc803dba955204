package dk.trappen.core.figures.discretion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.TestSeries;
import dk.trappen.core.figures.StaircaseRules;
import dk.trappen.core.figures.WorkspaceSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Discretion per key-figures.md §10: primary ("&lt;5"), means over few persons, secondary suppression. */
class DiscretionTest {

    private static final LocalDate BASE = LocalDate.of(2017, 6, 30);
    private static final LocalDate D = LocalDate.of(2017, 12, 31);
    private final Discretion five = Discretion.of(WorkspaceSettings.defaults());

    @Test
    void smallCountsAreShownAsBelowTheThresholdAndZeroAsZero() {
        assertEquals("<5", five.count(3).text());
        assertEquals(CellStatus.BELOW_THRESHOLD, five.count(3).status());
        assertTrue(five.count(3).value().isEmpty(), "no number behind a hidden cell");
        assertEquals("<5", five.count(1).text());
        assertEquals("<5", five.count(4).text());
        assertEquals("0", five.count(0).text());
        assertEquals("5", five.count(5).text());
        assertEquals(5.0, five.count(5).value().getAsDouble());
        assertEquals("<3", Discretion.withThreshold(3).count(2).text(), "the threshold is a setting");
        assertEquals("3", Discretion.withThreshold(3).count(3).text());
        assertEquals("1", Discretion.withThreshold(0).count(1).text(), "0 turns it off");
        assertEquals("1", Discretion.off().count(1).text());
    }

    @Test
    void aMeanOverFewerPersonsThanTheThresholdIsNotShown() {
        assertEquals("x", five.mean(42.0, 4).text());
        assertEquals(CellStatus.TOO_FEW, five.mean(42.0, 4).status());
        assertEquals("42,5", five.mean(42.5, 5).text());
        assertEquals(CellStatus.NOT_AVAILABLE, five.mean(Double.NaN, 0).status());
        assertEquals("42,0", Discretion.off().mean(42.0, 1).text());
    }

    /**
     * NT7 = 7.1 + 7.2 + 7.3 with 7.1 = 3, 7.2 = 10, 7.3 = 6 (NT7 = 19). 7.1 is "<5"; with NT7 and
     * the other two shown a reader gets 7.1 = 19 − 10 − 6, so the next smallest part, 7.3, is hidden.
     * The cascade through the matrix: 7.3 is M6_5 alone, so M6_5 is hidden; then row 6 (base 20 =
     * M6_5 + M6_6) hides M6_6. 7.1 is M8_6 = 3 ("<5"), so row 8 (base 20 = 3 + M8_5 10 + M8_8 7)
     * hides its next smallest cell M8_8. NT7 and NT7.2 stay shown: each relation now has two hidden
     * cells.
     */
    @Test
    void nt7AndItsPartsAndTheMatrixRows() {
        FigureSeries s = TestSeries.over(BASE, D)
                .stock(BASE, 8, 20).stock(BASE, 7, 20).stock(BASE, 6, 20)
                .cell(D, FigureId.matrix(8, 6), 3).cell(D, FigureId.matrix(8, 5), 10).cell(D, FigureId.matrix(8, 8), 7)
                .cell(D, FigureId.matrix(7, 7), 20)
                .cell(D, FigureId.matrix(6, 5), 6).cell(D, FigureId.matrix(6, 6), 14)
                .build();
        DisplaySeries shown = five.apply(s);
        assertEquals("<5", shown.cell(D, FigureId.NT7_1).text());
        assertEquals("10", shown.cell(D, FigureId.NT7_2).text());
        assertEquals("6", shown.cell(D, FigureId.NT7_3).text());
        // NT7 = 3 + 10 + 6 would give NT7.1 away: of NT7 (19), NT7.2 (10) and NT7.3 (6) the total is
        // cheapest to hide, since it is in no other relation, where each part opens its matrix sum.
        assertEquals("x", shown.cell(D, FigureId.NT7).text());
        assertEquals(CellStatus.SECONDARY, shown.cell(D, FigureId.NT7).status());
        assertEquals("<5", shown.cell(D, FigureId.matrix(8, 6)).text());
        // Row 8 (base 20 = 3 + 10 + 7): M8_8 (the stayers) is in no other sum, M8_5 is in NT7.2.
        assertEquals("x", shown.cell(D, FigureId.matrix(8, 8)).text());
        assertEquals("10", shown.cell(D, FigureId.matrix(8, 5)).text());
        assertEquals("6", shown.cell(D, FigureId.matrix(6, 5)).text());
        assertEquals("14", shown.cell(D, FigureId.matrix(6, 6)).text());
        assertEquals("20", shown.cell(D, FigureId.matrix(7, 7)).text());
        assertEquals("0", shown.cell(D, FigureId.matrix(7, 6)).text(), "zeros are never hidden");
        assertEquals("20", shown.cell(BASE, FigureId.NT1).text(), "the base itself stays shown");
    }

    /**
     * A matrix row and its base: trin 5 at D⁻ has 10 persons (NT4), at D 8 stayed and 2 went to
     * trin 1. M5_1 = 2 is "<5" (and so NT8, which is M5_1 here); with NT4(D⁻) = 10 shown a reader
     * gets 2 = 10 − 8, so M5_5 is hidden too.
     */
    @Test
    void aMatrixRowAndItsBase() {
        FigureSeries s = TestSeries.over(BASE, D).stock(BASE, 5, 10)
                .cell(D, FigureId.matrix(5, 5), 8).cell(D, FigureId.matrix(5, 1), 2).build();
        DisplaySeries shown = five.apply(s);
        assertEquals("<5", shown.cell(D, FigureId.matrix(5, 1)).text());
        assertEquals("<5", shown.cell(D, FigureId.NT8).text());
        assertEquals("x", shown.cell(D, FigureId.matrix(5, 5)).text());
        assertEquals("10", shown.cell(BASE, FigureId.NT4).text());
    }

    /**
     * Under the setting that leaves a change of kommune out of NT7–NT10, SKIFT is the "S" column's
     * sum and the column is part of its row: trin 5 at D⁻ has 10 persons, 7 stayed, 3 changed
     * kommune. M5_S = 3 and SKIFT = 3 are "<5"; the row would give 3 = 10 − 7 away, so M5_5 is hidden.
     * Under NT8's "on the staircase only" setting M5_1 is no part of NT8, so hiding M5_1 = 2 does not
     * reach NT8 = M5_4 = 13; by default (NT8 = M5_1 + M5_4) it hides M5_4 as well.
     */
    @Test
    void theRelationsFollowTheSettings() {
        StaircaseRules leftOut = new StaircaseRules(StaircaseRules.HandlekommuneTie.LATEST_START,
                StaircaseRules.Nt8Scope.ANY_LOWER_TRIN, StaircaseRules.DeathRule.SEPARATE_LINE,
                StaircaseRules.KommuneChangeRule.LEFT_OUT);
        DisplaySeries shown = five.apply(TestSeries.over(BASE, D).rules(leftOut).stock(BASE, 5, 10)
                .cell(D, FigureId.matrix(5, 5), 7).cell(D, FigureId.matrixMoved(5), 3).cell(D, FigureId.SKIFT, 3).build());
        assertEquals("<5", shown.cell(D, FigureId.matrixMoved(5)).text());
        assertEquals("<5", shown.cell(D, FigureId.SKIFT).text());
        assertEquals("x", shown.cell(D, FigureId.matrix(5, 5)).text());

        StaircaseRules onStaircase = new StaircaseRules(StaircaseRules.HandlekommuneTie.LATEST_START,
                StaircaseRules.Nt8Scope.LOWER_STEP_ON_STAIRCASE, StaircaseRules.DeathRule.SEPARATE_LINE,
                StaircaseRules.KommuneChangeRule.COUNTED_AND_LINE);
        TestSeries row = TestSeries.over(BASE, D).stock(BASE, 5, 20)
                .cell(D, FigureId.matrix(5, 4), 13).cell(D, FigureId.matrix(5, 1), 2).cell(D, FigureId.matrix(5, 5), 5);
        shown = five.apply(row.rules(onStaircase).build());
        assertEquals("<5", shown.cell(D, FigureId.matrix(5, 1)).text());
        assertEquals("x", shown.cell(D, FigureId.matrix(5, 5)).text(), "the row (20 = 13 + 5 + 2) hides its next smallest");
        assertEquals("13", shown.cell(D, FigureId.NT8).text(), "NT8 = M5_4 alone");
        assertEquals("13", shown.cell(D, FigureId.matrix(5, 4)).text());
        // By default NT8 = M5_1 + M5_4 = 15: with M5_1 hidden, M5_4 must go too.
        shown = five.apply(row.rules(StaircaseRules.defaults()).build());
        assertEquals("15", shown.cell(D, FigureId.NT8).text());
        assertEquals("x", shown.cell(D, FigureId.matrix(5, 4)).text());
    }

    /**
     * NT1–NT6 and their shown sum: 12, 0, 3, 40, 7 (trin 4: 5 and trin 3: 2), 9 = 71. NT3 = 3 is
     * "<5"; the sum would give it away, so the smallest other non-zero one, NT5 = 7, is hidden.
     * NT2 = 0 stays 0: hiding a zero protects nothing.
     */
    @Test
    void nt1ToNt6AndTheirSum() {
        FigureSeries s = TestSeries.over(BASE).stock(BASE, 8, 12).stock(BASE, 6, 3).stock(BASE, 5, 40)
                .stock(BASE, 4, 5).stock(BASE, 3, 2).stock(BASE, 2, 9).build();
        DisplaySeries shown = five.apply(s);
        assertEquals("12", shown.cell(BASE, FigureId.NT1).text());
        assertEquals("0", shown.cell(BASE, FigureId.NT2).text());
        assertEquals("<5", shown.cell(BASE, FigureId.NT3).text());
        assertEquals("40", shown.cell(BASE, FigureId.NT4).text());
        assertEquals("x", shown.cell(BASE, FigureId.NT5).text());
        assertEquals("9", shown.cell(BASE, FigureId.NT6).text());
        assertEquals("71", shown.cell(BASE, FigureId.STAIRCASE_TOTAL).text());
    }

    /** Two small parts hide each other: nothing more is needed. */
    @Test
    void twoHiddenCellsInARelationNeedNoMore() {
        FigureSeries s = TestSeries.over(BASE).stock(BASE, 8, 2).stock(BASE, 7, 3).stock(BASE, 5, 40).build();
        DisplaySeries shown = five.apply(s);
        assertEquals("<5", shown.cell(BASE, FigureId.NT1).text());
        assertEquals("<5", shown.cell(BASE, FigureId.NT2).text());
        assertEquals("40", shown.cell(BASE, FigureId.NT4).text());
        assertEquals("45", shown.cell(BASE, FigureId.STAIRCASE_TOTAL).text());
    }

    @Test
    void withoutDiscretionEverythingIsShownAndTheNoticeSaysSo() {
        FigureSeries s = TestSeries.over(BASE).stock(BASE, 8, 2).stock(BASE, 5, 40).build();
        DisplaySeries shown = Discretion.off().apply(s);
        assertEquals("2", shown.cell(BASE, FigureId.NT1).text());
        assertTrue(Discretion.off().isOff());
        assertFalse(five.isOff());
        assertTrue(Discretion.offNotice(Locale.forLanguageTag("da")).startsWith("UDEN DISKRETIONERING"));
        assertEquals("<5: færre end 5 personer. x: skjult, så et skjult tal ikke kan regnes ud.",
                five.legend(Locale.forLanguageTag("da")));
    }

    /**
     * A rate would give a hidden count back (count = rate × adults / 10,000): it is hidden with it.
     * NT1 = 2 is "<5", so (sum relation) NT6 = 30 is hidden as well; NT4 = 40 stays shown.
     */
    @Test
    void ratesPer10000FollowTheirCount() {
        FigureSeries s = TestSeries.over(BASE).stock(BASE, 8, 2).stock(BASE, 5, 40).stock(BASE, 2, 30)
                .adults(BASE, 32_000).build();
        DisplaySeries shown = five.apply(s);
        assertEquals("12,5", shown.per10000(BASE, FigureId.NT4).text());
        assertEquals(CellStatus.TOO_FEW, shown.per10000(BASE, FigureId.NT6).status());
        assertEquals(12.5, shown.per10000(BASE, FigureId.NT4).value().getAsDouble(), 1e-9);
        assertEquals("x", shown.per10000(BASE, FigureId.NT1).text());
        assertEquals("0,0", shown.per10000(BASE, FigureId.NT2).text());
        FigureSeries noPopulation = TestSeries.over(BASE).stock(BASE, 5, 40).build();
        assertEquals(CellStatus.NOT_AVAILABLE, five.apply(noPopulation).per10000(BASE, FigureId.NT4).status());
        assertEquals(CellStatus.NOT_AVAILABLE, shown.cell(BASE, FigureId.NT7).status(), "no movements at the base date");
        assertEquals(List.of(), shown.cutDates());
    }
}
