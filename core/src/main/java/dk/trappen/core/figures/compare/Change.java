package dk.trappen.core.figures.compare;

import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.Source;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.CellStatus;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Udvikling;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The change of a figure of one unit from an earlier cut date to a later one (seed 002 §2.2.3:
 * since the last half-year and since the same time the year before), judged by the catalogue's
 * desired direction. Computed only from cells after discretion: when either side is hidden, the
 * change is hidden too. The two values are taken as shown (rounded to the figure's decimals), so
 * the change is what a reader would work out from the two numbers on the screen.
 *
 * @param status     whether the change can be shown
 * @param since      the earlier cut date
 * @param difference later minus earlier, at the figure's decimals; 0 unless {@link Status#SHOWN}
 * @param judgement  better, worse or unchanged by the desired direction; {@link Judgement#NONE} when
 *                   the catalogue names no direction or the change is not shown
 */
public record Change(Status status, LocalDate since, double difference, Judgement judgement) {

    /** Whether a change can be shown. */
    public enum Status {
        /** Both values are shown: the difference is known. */
        SHOWN,
        /** A value of either date is hidden by discretion ("&lt;5", "x"). */
        HIDDEN,
        /** No earlier value to compare with (the date is outside the data, or no value at either date). */
        NOT_AVAILABLE
    }

    /** The change against the catalogue's desired development (forventet_udvikling). */
    public enum Judgement {
        /** In the desired direction. */
        BETTER,
        /** Against the desired direction. */
        WORSE,
        /** No change at the shown decimals. */
        UNCHANGED,
        /** The catalogue names no desired direction ("ingen"), or there is no change to judge. */
        NONE
    }

    /**
     * Whether the figure is yearly (NT19–NT20.6, kommunale regnskaber, 31 December only): it has
     * only the change since the year before.
     */
    public static boolean yearly(FigureId figure) {
        return figure.isExtended() && figure.source() == Source.REGNSKAB;
    }

    /** The change since the last half-year (D⁻); empty for yearly figures, which have none. */
    public static Optional<Change> sinceHalfYear(DisplaySeries shown, FigureId figure, LocalDate cut, Udvikling expected) {
        if (yearly(figure)) {
            return Optional.empty();
        }
        return Optional.of(between(shown, figure, CutDates.previous(cut), cut, expected));
    }

    /** The change since the same cut date a year earlier. */
    public static Change sinceYear(DisplaySeries shown, FigureId figure, LocalDate cut, Udvikling expected) {
        return between(shown, figure, CutDates.yearBefore(cut), cut, expected);
    }

    /** The change of a figure from {@code since} to {@code cut} in the unit's displayable cells. */
    public static Change between(DisplaySeries shown, FigureId figure, LocalDate since, LocalDate cut, Udvikling expected) {
        if (!shown.defined(since, figure) || !shown.defined(cut, figure)) {
            return notAvailable(since);
        }
        Cell now = shown.cell(cut, figure);
        Cell before = shown.cell(since, figure);
        if (now.status() == CellStatus.NOT_AVAILABLE || before.status() == CellStatus.NOT_AVAILABLE) {
            return notAvailable(since);
        }
        if (!now.shown() || !before.shown()) {
            return new Change(Status.HIDDEN, since, 0, Judgement.NONE);
        }
        BigDecimal diff = rounded(now, figure).subtract(rounded(before, figure));
        return new Change(Status.SHOWN, since, diff.doubleValue(), judge(diff.signum(), expected));
    }

    /** Better or worse by the desired direction: a rise is better when rising is desired, and so on. */
    public static Judgement judge(int sign, Udvikling expected) {
        if (sign == 0) {
            return expected == Udvikling.INGEN ? Judgement.NONE : Judgement.UNCHANGED;
        }
        switch (expected) {
            case STIGENDE:
                return sign > 0 ? Judgement.BETTER : Judgement.WORSE;
            case FALDENDE:
                return sign < 0 ? Judgement.BETTER : Judgement.WORSE;
            default:
                return Judgement.NONE;
        }
    }

    private static Change notAvailable(LocalDate since) {
        return new Change(Status.NOT_AVAILABLE, since, 0, Judgement.NONE);
    }

    /** A shown value at the figure's decimals, rounded as its text is (half up). */
    private static BigDecimal rounded(Cell cell, FigureId figure) {
        return BigDecimal.valueOf(cell.value().getAsDouble()).setScale(figure.decimals(), RoundingMode.HALF_UP);
    }

    public boolean shown() {
        return status == Status.SHOWN;
    }
}
