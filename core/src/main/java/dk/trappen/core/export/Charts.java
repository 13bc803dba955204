package dk.trappen.core.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/** Draws a {@link ChartSpec} as a native Excel chart (DrawingML through POI's XDDF) over its Diagramdata cells. */
final class Charts {

    /** Series colours in order: distinct in print and for the common colour-vision deficiencies. */
    private static final String[] PALETTE = {"1F4E79", "E07B00", "2E8B57", "7F7F7F", "9E3D8F", "C00000", "4BACC6"};
    /** Rows a chart covers (about 300 points at the default height). */
    static final int HEIGHT_ROWS = 20;

    private Charts() {
    }

    /**
     * Draws the chart over columns {@code firstCol}..{@code lastCol} from row {@code firstRow}, on
     * the data of {@code placed}.
     */
    static XSSFChart draw(XSSFDrawing drawing, int firstRow, int firstCol, int lastCol, ChartSpec spec,
            ChartDataSheet.Placed placed) {
        ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstCol, firstRow, lastCol + 1, firstRow + HEIGHT_ROWS);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.setPlotOnlyVisibleCells(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setNumberFormat(spec.kind() == ChartSpec.Kind.STACKED_PERCENT ? "0%" : spec.format().excelFormat());
        values.setTitle(spec.valueAxisTitle());
        values.getOrAddMajorGridProperties().setLineProperties(line("D9D9D9", 0.75));
        if (spec.kind() == ChartSpec.Kind.STACKED_PERCENT) {
            values.setMaximum(1);
        }

        XDDFCategoryDataSource categoryData = ChartRange.labels(placed.categories(), labels(spec));
        XDDFChartData data = chart.createData(spec.kind() == ChartSpec.Kind.LINE ? ChartTypes.LINE : ChartTypes.BAR,
                categories, values);
        data.setVaryColors(false);
        if (data instanceof XDDFLineChartData) {
            // Required by the schema (POI leaves it out); Excel repairs a line chart without it.
            ((XDDFLineChartData) data).setGrouping(Grouping.STANDARD);
        }
        for (int i = 0; i < spec.series().size(); i++) {
            ChartSpec.Series s = spec.series().get(i);
            XDDFChartData.Series series = data.addSeries(categoryData,
                    ChartRange.numbers(placed.values().get(i), s.values(), spec.format().excelFormat()));
            series.setTitle(s.name(), new org.apache.poi.ss.util.CellReference(placed.names().get(i)));
            String colour = PALETTE[i % PALETTE.length];
            if (series instanceof XDDFLineChartData.Series) {
                XDDFLineChartData.Series line = (XDDFLineChartData.Series) series;
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                XDDFShapeProperties props = new XDDFShapeProperties();
                props.setLineProperties(line(colour, 2.25));
                line.setShapeProperties(props);
            } else {
                series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(colour))));
            }
        }
        if (data instanceof XDDFBarChartData) {
            XDDFBarChartData bars = (XDDFBarChartData) data;
            bars.setBarDirection(BarDirection.COL);
            if (spec.kind() == ChartSpec.Kind.STACKED_PERCENT) {
                bars.setBarGrouping(BarGrouping.PERCENT_STACKED);
                bars.setOverlap((byte) 100);
                bars.setGapWidth(60);
            } else {
                bars.setBarGrouping(BarGrouping.CLUSTERED);
                bars.setGapWidth(80);
            }
        }
        chart.plot(data);
        return chart;
    }

    /** The category labels as the cells show them. */
    private static List<String> labels(ChartSpec spec) {
        if (spec.dates().isEmpty()) {
            return spec.labels();
        }
        List<String> out = new ArrayList<>();
        spec.dates().forEach(d -> out.add(Texts.date(d)));
        return out;
    }

    private static XDDFLineProperties line(String colour, double width) {
        XDDFLineProperties p = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(colour))));
        p.setWidth(width);
        return p;
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
            (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }
}
