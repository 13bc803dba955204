package dk.trappen.app.ui.charts;

import dk.trappen.core.figures.compare.Level;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * One look for every chart: the same colour for the kommune on every screen, one colour per kind of
 * comparison line, the UI's number format on axes and in hover texts.
 */
public final class ChartStyle {

    /** The kommune's colour everywhere (the accent of the workbench). */
    public static final Color KOMMUNE = new Color(0x1f, 0x4e, 0x79);
    private static final Color GROUP = new Color(0xd9, 0x82, 0x2b);
    private static final Color REGION = new Color(0x4f, 0x8a, 0x3a);
    private static final Color KLYNGE = new Color(0x7b, 0x5e, 0xa7);
    private static final Color LAND = new Color(0x6b, 0x6b, 0x6b);
    private static final Color[] SERIES = {
        new Color(0x1f, 0x4e, 0x79), new Color(0xd9, 0x82, 0x2b), new Color(0x4f, 0x8a, 0x3a),
        new Color(0x7b, 0x5e, 0xa7), new Color(0xb0, 0x3a, 0x2e), new Color(0x2a, 0x9d, 0x8f),
        new Color(0x8c, 0x6d, 0x31), new Color(0x6b, 0x6b, 0x6b)};
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 12);
    private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 14);

    private ChartStyle() {
    }

    public static Color colour(Level level) {
        switch (level) {
            case KOMMUNE:
                return KOMMUNE;
            case SAMMENLIGNINGSGRUPPE:
                return GROUP;
            case REGION:
                return REGION;
            case SUNDHEDSKLYNGE:
                return KLYNGE;
            default:
                return LAND;
        }
    }

    /** The i-th colour of a chart whose series are not comparison lines (trin, accounts). */
    public static Color series(int i) {
        return SERIES[i % SERIES.length];
    }

    public static NumberFormat numbers(Locale locale, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(decimals);
        return f;
    }

    /** Fonts, white background, legend at the bottom, Danish numbers on the value axis and in hover texts. */
    public static void apply(JFreeChart chart, Locale locale, int decimals, boolean rotateCategories) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(FONT);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof CategoryPlot) {
            CategoryPlot plot = (CategoryPlot) chart.getPlot();
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xd5, 0xdb, 0xe3));
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            plot.setOutlineVisible(false);
            CategoryAxis x = plot.getDomainAxis();
            x.setTickLabelFont(FONT);
            x.setLabelFont(FONT);
            x.setMaximumCategoryLabelLines(2);
            if (rotateCategories) {
                x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            }
            NumberAxis y = (NumberAxis) plot.getRangeAxis();
            y.setTickLabelFont(FONT);
            y.setLabelFont(FONT);
            // The axis picks its own tick size from units formatted in the UI's language; whole
            // numbers only for counts.
            y.setStandardTickUnits(decimals == 0 ? NumberAxis.createIntegerTickUnits(locale)
                    : NumberAxis.createStandardTickUnits(locale));
            if (plot.getRenderer() instanceof AbstractCategoryItemRenderer) {
                ((AbstractCategoryItemRenderer) plot.getRenderer()).setDefaultToolTipGenerator(
                        new StandardCategoryToolTipGenerator("{0} · {1}: {2}", numbers(locale, decimals)));
            }
        }
    }
}
