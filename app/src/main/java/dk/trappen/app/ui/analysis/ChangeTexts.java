package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.Change;
import java.text.NumberFormat;

/**
 * How the screens word a {@link Change} (computed in core from the cells after discretion): an
 * arrow and the signed difference in the UI's number format, and the judgement against the
 * catalogue's desired direction as a symbol and a word ("✓ bedre", "✗ dårligere"), so it never
 * rests on colour alone. No judgement where the catalogue names no direction.
 */
public final class ChangeTexts {

    /** Style classes a view may colour a change by, besides its text. */
    public static final String BETTER = "change-better";
    public static final String WORSE = "change-worse";

    private final I18n i18n;
    private final FigureCatalogue catalogue;

    /** {@code catalogue} gives each figure's decimals. */
    public ChangeTexts(I18n i18n, FigureCatalogue catalogue) {
        this.i18n = i18n;
        this.catalogue = catalogue;
    }

    /** A tile's line: "▲ +6 siden 30-06-2025 · ✓ bedre", or why there is no change to show. */
    public String line(Change c, FigureId f) {
        String since = SelectionBar.DATE.format(c.since());
        switch (c.status()) {
            case HIDDEN:
                return i18n.text("change.hidden", since);
            case NOT_AVAILABLE:
                return i18n.text("change.none", since);
            default:
                String judged = judgement(c.judgement());
                String text = i18n.text("change.since", difference(c, f), since);
                return judged.isEmpty() ? text : text + " · " + judged;
        }
    }

    /** A table cell: "▲ +6 ✓ bedre", "skjult" when a side is hidden, empty without an earlier value. */
    public String cell(Change c, FigureId f) {
        switch (c.status()) {
            case HIDDEN:
                return i18n.text("change.hiddenShort");
            case NOT_AVAILABLE:
                return "";
            default:
                String judged = judgement(c.judgement());
                return judged.isEmpty() ? difference(c, f) : difference(c, f) + " " + judged;
        }
    }

    /** The arrow and the signed difference at the figure's decimals: "▲ +6", "▼ -2,5", "● 0". */
    public String difference(Change c, FigureId f) {
        NumberFormat nf = NumberFormat.getNumberInstance(i18n.locale());
        nf.setMinimumFractionDigits(catalogue.decimals(f));
        nf.setMaximumFractionDigits(catalogue.decimals(f));
        double d = c.difference();
        return d > 0 ? "▲ +" + nf.format(d) : d < 0 ? "▼ " + nf.format(d) : "● " + nf.format(0);
    }

    /** "✓ bedre", "✗ dårligere", "uændret", or empty when there is nothing to judge. */
    public String judgement(Change.Judgement j) {
        switch (j) {
            case BETTER:
                return i18n.text("change.better");
            case WORSE:
                return i18n.text("change.worse");
            case UNCHANGED:
                return i18n.text("change.unchanged");
            default:
                return "";
        }
    }

    /** {@link #BETTER}, {@link #WORSE} or null: a colour on top of the text, never instead of it. */
    public static String styleClass(Change c) {
        switch (c.judgement()) {
            case BETTER:
                return BETTER;
            case WORSE:
                return WORSE;
            default:
                return null;
        }
    }
}
