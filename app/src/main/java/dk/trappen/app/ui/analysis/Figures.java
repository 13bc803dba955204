package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.reference.Enhed;
import dk.trappen.core.reference.Omraade;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The catalogue's figures as the screens use them: per area, titled in the UI's language, formatted. */
public final class Figures {

    private Figures() {
    }

    /** The catalogue's figures of an area, in catalogue order. */
    public static List<FigureId> of(FigureCatalogue catalogue, Omraade area) {
        return catalogue.figures(area);
    }

    /** Every figure of the catalogue, in catalogue order. */
    public static List<FigureId> all(FigureCatalogue catalogue) {
        return catalogue.figures();
    }

    /**
     * "NT4 Modtagere af socialpædagogisk støtte (SEL §85)" in the UI's language: the catalogue's title,
     * NT12.1's following the workspace's setting (core's {@link FigureCatalogue}, as the workbook and the
     * fact sheet name it).
     */
    public static String title(FigureCatalogue catalogue, FigureId f, Locale locale) {
        return f.id() + " " + shortTitle(catalogue, f, locale);
    }

    /** The title without the id. */
    public static String shortTitle(FigureCatalogue catalogue, FigureId f, Locale locale) {
        return catalogue.title(f, locale);
    }

    /** The figure's unit in the catalogue, as an axis or column names it ("Personer", "Score (0–100)", …). */
    public static String unit(FigureCatalogue catalogue, FigureId f, I18n i18n) {
        return unit(catalogue.unit(f), i18n);
    }

    public static String unit(Enhed unit, I18n i18n) {
        return i18n.text("unit." + unit.name().toLowerCase(Locale.ROOT));
    }

    /** A staircase step as the charts name it: "Trin 8 · §108 (NT1)", from the trin table. */
    public static String step(FigureCatalogue catalogue, FigureId f, Locale locale) {
        return catalogue.step(f, locale);
    }

    static boolean english(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /**
     * A cell as the screens show it: a shown value with the locale's separators (1.234 and 12,5 in
     * Danish), otherwise the discretion text ("&lt;5", "x") or empty.
     */
    public static String text(Cell cell, int decimals, Locale locale) {
        if (!cell.shown()) {
            return cell.text();
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(cell.value().getAsDouble());
    }
}
