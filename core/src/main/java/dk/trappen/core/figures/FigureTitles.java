package dk.trappen.core.figures;

import dk.trappen.core.Messages;
import dk.trappen.core.reference.Noegletal;
import dk.trappen.core.reference.ReferenceData;
import java.util.Locale;
import java.util.Optional;

/** The title of a figure in the user's language: NT figures from the catalogue table, the rest from core's texts. */
public final class FigureTitles {

    private final ReferenceData reference;

    public FigureTitles(ReferenceData reference) {
        this.reference = reference;
    }

    public String title(FigureId figure, Locale locale) {
        Optional<Noegletal> nt = reference.noegletal(figure.id());
        if (nt.isPresent()) {
            return "en".equals(locale.getLanguage()) ? nt.get().titleEn() : nt.get().titleDa();
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
}
