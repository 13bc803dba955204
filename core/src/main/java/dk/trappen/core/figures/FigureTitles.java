package dk.trappen.core.figures;

import dk.trappen.core.Messages;
import dk.trappen.core.reference.Enhed;
import dk.trappen.core.reference.Noegletal;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Trin;
import dk.trappen.core.store.WorkspaceSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one definition of how a figure is named and in which unit it is counted, for every output
 * (window, workbook, fact sheet): NT figures from the catalogue table ({@code noegletal.csv}: titles,
 * short title, {@code enhed}), the extra figures (NT18's base and rate, the staircase total, the
 * matrix cells) from core's texts. NT12.1's title follows the workspace's NT12.1 setting: the
 * catalogue's row names the default (trin 2, §82a/b); the socialpædagogisk-støtte variant is
 * named by {@code figures.title.NT12.1.SEL85} in core's texts.
 */
public final class FigureTitles {

    private final ReferenceData reference;
    private final WorkspaceSettings.Nt121Variant nt121;

    /** Titles under the default settings (NT12.1 over trin 2). */
    public FigureTitles(ReferenceData reference) {
        this(reference, WorkspaceSettings.defaults().nt121Variant());
    }

    public FigureTitles(ReferenceData reference, WorkspaceSettings.Nt121Variant nt121) {
        this.reference = reference;
        this.nt121 = nt121;
    }

    /** Titles under a workspace's settings. */
    public static FigureTitles of(ReferenceData reference, WorkspaceSettings settings) {
        return new FigureTitles(reference, settings.nt121Variant());
    }

    /** Whether NT12.1 is computed over another group than the catalogue's row names. */
    private boolean variant(FigureId figure) {
        return figure == FigureId.NT12_1 && nt121 == WorkspaceSettings.Nt121Variant.SEL85;
    }

    /** The full title in the user's language (without the id). */
    public String title(FigureId figure, Locale locale) {
        if (variant(figure)) {
            return Messages.format(locale, "figures.title.NT12.1.SEL85");
        }
        Optional<Noegletal> nt = reference.noegletal(figure.id());
        if (nt.isPresent()) {
            return english(locale) ? nt.get().titleEn() : nt.get().titleDa();
        }
        if (figure == FigureId.STAIRCASE_TOTAL) {
            return Messages.format(locale, "figures.title.total");
        }
        if (figure == FigureId.DOED || figure == FigureId.SKIFT || figure.isExtended()) {
            return Messages.format(locale, "figures.title." + figure.id());
        }
        if (figure.toTrin() == FigureId.BASE) {
            return Messages.format(locale, "figures.title.matrixBase", figure.fromTrin());
        }
        if (figure.toTrin() == FigureId.DEATH) {
            return Messages.format(locale, "figures.title.matrixDeath", figure.fromTrin());
        }
        return Messages.format(locale, "figures.title.matrix", figure.fromTrin(), figure.toTrin());
    }

    /**
     * The short Danish title of a catalogue figure (the catalogue's {@code kort_titel_da}), for the
     * fact sheet; empty for figures outside the catalogue.
     */
    public Optional<String> shortTitle(FigureId figure) {
        if (variant(figure)) {
            return Optional.of(Messages.danish("figures.shortTitle.NT12.1.SEL85"));
        }
        return reference.noegletal(figure.id()).map(Noegletal::shortTitleDa);
    }

    /**
     * The unit a figure is counted in: the catalogue's {@code enhed} for NT figures; admissions for
     * NT18's base, per cent for its rate, persons for the staircase total, the matrix and its lines.
     */
    public Enhed unit(FigureId figure) {
        Optional<Noegletal> nt = reference.noegletal(figure.id());
        if (nt.isPresent()) {
            return nt.get().unit();
        }
        if (figure == FigureId.NT18_INDL) {
            return Enhed.INDLAEGGELSER;
        }
        if (figure == FigureId.NT18_RATE) {
            return Enhed.PROCENT;
        }
        if (figure.isExtended()) {
            throw new IllegalArgumentException("no unit for " + figure.id());
        }
        return Enhed.PERSONER;
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
