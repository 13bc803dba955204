package dk.trappen.core.figures.compare;

import dk.trappen.core.Messages;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A unit figures are shown for: a kommune or a set of kommuner whose counts are summed.
 *
 * @param level    what kind of unit
 * @param id       its key in exports: the kommune, region or kommunegruppe code, the klynge or group name
 * @param name     its Danish name
 * @param kommuner the member kommune codes
 */
public record ComparisonUnit(Level level, String id, String name, List<Integer> kommuner) {

    public ComparisonUnit {
        kommuner = List.copyOf(kommuner);
    }

    /** The unit's figures: counts summed over its kommuner. */
    public FigureSeries series(FigureResult result) {
        return result.series(kommuner);
    }

    /**
     * The unit's name where NT13–NT17 (the kommuner's own measurements) are shown: for a unit of
     * several kommuner that has them at the date, with how many kommuner stand behind them
     * ("Region Midtjylland (19 kommuner)"); otherwise its plain name. {@code series} is this unit's.
     */
    public String measuredName(FigureSeries series, LocalDate date, Locale locale) {
        if (series.kommuner() > 1 && series.has(date, FigureId.NT13)) {
            return Messages.format(locale, "figures.unit.measured", name, series.measuredKommuner(date));
        }
        return name;
    }

    public boolean contains(int kommune) {
        return kommuner.contains(kommune);
    }
}
