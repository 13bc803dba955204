package dk.trappen.core.figures.compare;

import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureSeries;
import java.util.List;

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

    public boolean contains(int kommune) {
        return kommuner.contains(kommune);
    }
}
