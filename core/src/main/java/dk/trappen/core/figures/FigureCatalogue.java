package dk.trappen.core.figures;

import dk.trappen.core.Messages;
import dk.trappen.core.reference.Enhed;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Trin;
import dk.trappen.core.reference.Udvikling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The one definition of a figure for every output (window, workbook, fact sheet, command line): its
 * title, short title, unit, count-ness, decimals and desired direction, all from the reference data
 * ({@link Figure}: {@code noegletal.csv} and {@code ekstra_figurer.csv}), joined to the engine's
 * {@link FigureId}. It is the only reader of the title columns, because NT12.1's title follows the
 * workspace's NT12.1 setting: the catalogue's row names the default (trin 2, §82a/b); a variant is
 * the extra row {@code NT12.1.<variant>} (today {@code NT12.1.SEL85}).
 */
public final class FigureCatalogue {

    private final ReferenceData reference;
    private final WorkspaceSettings.Nt121Variant nt121;

    /** The catalogue under the default settings (NT12.1 over trin 2). */
    public FigureCatalogue(ReferenceData reference) {
        this(reference, WorkspaceSettings.defaults().nt121Variant());
    }

    public FigureCatalogue(ReferenceData reference, WorkspaceSettings.Nt121Variant nt121) {
        this.reference = reference;
        this.nt121 = nt121;
    }

    /** The catalogue under a workspace's settings. */
    public static FigureCatalogue of(ReferenceData reference, WorkspaceSettings settings) {
        return new FigureCatalogue(reference, settings.nt121Variant());
    }

    /** The reference row of a figure; every figure the engine computes has one. */
    public Figure entry(FigureId figure) {
        return reference.figure(figure.id()).orElseThrow(
                () -> new IllegalArgumentException(figure.id() + " has no row in noegletal.csv or ekstra_figurer.csv"));
    }

    /** The row whose titles name the figure: NT12.1's variant row under the SEL85 setting. */
    private Figure titled(FigureId figure) {
        if (figure == FigureId.NT12_1 && nt121 == WorkspaceSettings.Nt121Variant.SEL85) {
            return reference.figure(figure.id() + "." + nt121.name()).orElseThrow(() -> new IllegalArgumentException(
                    figure.id() + "." + nt121.name() + " has no row in ekstra_figurer.csv"));
        }
        return entry(figure);
    }

    /** The full title in the user's language (without the id). */
    public String title(FigureId figure, Locale locale) {
        Figure f = titled(figure);
        return english(locale) ? f.titleEn() : f.titleDa();
    }

    /** The short Danish title, for the fact sheet where space is scarce; the full title where a row has none. */
    public String shortTitle(FigureId figure) {
        Figure f = titled(figure);
        return f.shortTitleDa().isEmpty() ? f.titleDa() : f.shortTitleDa();
    }

    /** The short title in the user's language; the full title where a row has none. */
    public String shortTitle(FigureId figure, Locale locale) {
        if (!english(locale)) {
            return shortTitle(figure);
        }
        Figure f = titled(figure);
        return f.shortTitleEn().isEmpty() ? f.titleEn() : f.shortTitleEn();
    }

    /** The unit a figure is counted in. */
    public Enhed unit(FigureId figure) {
        return entry(figure).unit();
    }

    /** Counts of persons or events: these get a rate per 10,000 adults beside them, and no decimals. */
    public boolean isCount(FigureId figure) {
        return entry(figure).isCount();
    }

    /** Decimals of the figure's own value as every output shows it. */
    public int decimals(FigureId figure) {
        return entry(figure).decimals();
    }

    /** The development the catalogue calls desirable ({@link Udvikling#INGEN} for the extra figures). */
    public Udvikling expected(FigureId figure) {
        return entry(figure).expected();
    }

    /** The catalogue's key figures in catalogue order (NT1 … NT20.6), without the extra figures. */
    public List<FigureId> figures() {
        return ids(reference.figures());
    }

    /** The catalogue's key figures of an area, in catalogue order. */
    public List<FigureId> figures(Omraade area) {
        return ids(reference.figures(area));
    }

    private static List<FigureId> ids(List<Figure> rows) {
        List<FigureId> out = new ArrayList<>();
        for (Figure f : rows) {
            out.add(FigureId.parse(f.id()).orElseThrow(
                    () -> new IllegalArgumentException(f.id() + " in noegletal.csv is not computed by the engine")));
        }
        return out;
    }

    /**
     * The staircase label of NT1–NT6 from the trin table: the trin it counts and their law,
     * "Trin 8 · §108 (NT1)", "Trin 3–4 · §103/§104 (NT5)". The law drops "SEL " (all of them are
     * SEL but NT2's ABL §105).
     */
    public String step(FigureId figure, Locale locale) {
        List<Trin> steps = new ArrayList<>();
        for (Trin t : reference.trin()) {
            if (figure.id().equals(t.keyFigure())) {
                steps.add(t);
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(figure.id() + " counts no trin of the staircase");
        }
        steps.sort((a, b) -> Integer.compare(a.trin(), b.trin()));
        String trin = steps.size() == 1 ? Integer.toString(steps.get(0).trin())
                : steps.get(0).trin() + "–" + steps.get(steps.size() - 1).trin();
        List<String> laws = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            laws.add(steps.get(i).law().replace("SEL ", "")); // from the top, as the staircase reads: §103 (trin 4), §104
        }
        return Messages.format(locale, "figures.step", trin, String.join("/", laws), figure.id());
    }

    /** NT1–NT6, the figure of each trin of the staircase from the top. */
    public static List<FigureId> steps() {
        return Collections.unmodifiableList(List.of(FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4, FigureId.NT5,
                FigureId.NT6));
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
