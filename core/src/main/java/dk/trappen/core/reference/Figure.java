package dk.trappen.core.reference;

/**
 * One figure as the reference data defines it: a key figure of the catalogue ({@code noegletal.csv},
 * seed 002) or an extra figure Trappen adds ({@code ekstra_figurer.csv}: NT18's base and rate, the
 * staircase total, deaths, kommune changes, the transition-matrix cells, NT12.1's title variant).
 * Everything an output needs to name and format a figure is here; the engine's {@code FigureId} holds
 * only how it is computed.
 *
 * <p>The title columns are read through {@code figures.FigureCatalogue} only (an architecture test holds
 * it), because NT12.1's title follows a workspace setting. {@code source}, {@code frequency} and
 * {@code definition} are empty for extra figures; their {@code expected} is {@link Udvikling#INGEN}.
 *
 * @param decimals decimals an output shows of the figure's own value (counts per 10,000 adults have one)
 * @param extra    whether the figure is Trappen's, not the catalogue's
 */
public record Figure(String id, Omraade area, String titleDa, String titleEn, String shortTitleDa, String shortTitleEn,
        Enhed unit, int decimals, String source, String frequency, String definition, Udvikling expected, boolean extra) {

    /** A count of persons or events: shown also per 10,000 adults, with no decimals. */
    public boolean isCount() {
        return unit.isCount();
    }
}
