package dk.trappen.core.figures.compare;

import dk.trappen.core.figures.FigureException;
import java.util.List;
import java.util.TreeSet;

/** A named set of kommuner to compare with (§10), saved in the workspace. Members are kept sorted and unique. */
public record ComparisonGroup(String name, List<Integer> kommuner) {

    public ComparisonGroup {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new FigureException("figures.group.noName");
        }
        kommuner = List.copyOf(new TreeSet<>(kommuner));
        if (kommuner.isEmpty()) {
            throw new FigureException("figures.group.empty", name);
        }
    }
}
