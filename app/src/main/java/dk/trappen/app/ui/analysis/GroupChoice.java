package dk.trappen.app.ui.analysis;

import dk.trappen.core.figures.compare.ComparisonGroup;
import java.util.Optional;

/**
 * An entry of the comparison-group picker: the default (the kommune's own region), a ready-made DST
 * kommunegruppe, or a group the user saved in the workspace.
 */
public record GroupChoice(String label, Optional<ComparisonGroup> group, boolean saved) {

    @Override
    public String toString() {
        return label;
    }
}
