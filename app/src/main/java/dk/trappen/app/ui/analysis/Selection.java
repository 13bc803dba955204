package dk.trappen.app.ui.analysis;

import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.reference.Kommune;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every analysis screen shows at a moment: the kommune (always the first line), the cut date
 * and the chosen comparison lines, each already through discretion.
 */
public record Selection(FigureResult result, Kommune kommune, LocalDate cutDate, List<Line> lines,
        Discretion discretion) {

    public Selection {
        lines = List.copyOf(lines);
    }

    public Line kommuneLine() {
        return lines.get(0);
    }

    /** The cut dates up to the chosen one, oldest first: the x axis of the development charts. */
    public List<LocalDate> datesUpToCut() {
        return result.cutDates().stream().filter(d -> !d.isAfter(cutDate)).collect(java.util.stream.Collectors.toList());
    }

    /**
     * Whether charts of a count compare rates per 10,000 adults: only when every line has them at
     * every date, so one chart never mixes rates and counts.
     */
    public boolean rates(dk.trappen.core.figures.FigureId figure, List<LocalDate> dates) {
        for (Line line : lines) {
            for (LocalDate d : dates) {
                if (line.shown().defined(d, figure) && !line.hasRate(d, figure)) {
                    return false;
                }
            }
        }
        return !dates.isEmpty() && !lines.isEmpty() && kommuneLine().catalogue().isCount(figure);
    }

    /** The previous cut date (half a year earlier), when the data have it. */
    public Optional<LocalDate> previousCut() {
        LocalDate p = CutDates.previous(cutDate);
        return result.cutDates().contains(p) ? Optional.of(p) : Optional.empty();
    }
}
