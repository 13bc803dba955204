package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.reference.Figure;
import java.util.Locale;

/** A figure's definition as the info panels and tooltips show it: title, definition, source, frequency, desired direction. */
final class Definitions {

    private Definitions() {
    }

    static String text(AnalysisViewModel vm, FigureId f) {
        I18n i18n = vm.i18n();
        FigureCatalogue catalogue = vm.catalogue();
        Figure n = catalogue.entry(f);
        if (n.extra()) {
            return f.id(); // Trappen's own figures have no catalogue definition
        }
        return Figures.title(catalogue, f, i18n.locale()) + "\n\n" + n.definition() + "\n\n"
                + i18n.text("figure.source", n.source()) + "\n" + i18n.text("figure.frequency", n.frequency()) + "\n"
                + i18n.text("figure.expected", i18n.text("expected." + n.expected().name().toLowerCase(Locale.ROOT)));
    }
}
