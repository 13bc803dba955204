package dk.trappen.core.export;

import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;

/**
 * A chart's data as cells of the Diagramdata sheet: the reference Excel reads, and the same values
 * for the chart's cache. Marked as a cell range so POI neither copies them into an embedded
 * workbook nor reads the streamed sheet back.
 */
final class ChartRange {

    private ChartRange() {
    }

    /** Numbers, null where the cell is empty (a gap). */
    static XDDFNumericalDataSource<Double> numbers(String reference, List<Double> values, String format) {
        return new Numbers(reference, values, format);
    }

    /** Category labels as the cells show them. */
    static XDDFCategoryDataSource labels(String reference, List<String> labels) {
        return new Labels(reference, labels);
    }

    /** What both kinds share: the cells' reference and the values for the cache. */
    private abstract static class InCells<T> implements XDDFDataSource<T> {
        private final String reference;
        private final List<T> values;

        InCells(String reference, List<T> values) {
            this.reference = reference;
            this.values = values;
        }

        @Override
        public int getPointCount() {
            return values.size();
        }

        @Override
        public T getPointAt(int index) {
            return values.get(index);
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public boolean isReference() {
            return true;
        }

        @Override
        public boolean isLiteral() {
            return false;
        }

        @Override
        public int getColIndex() {
            return 0;
        }

        @Override
        public String getDataRangeReference() {
            return reference;
        }
    }

    private static final class Numbers extends InCells<Double> implements XDDFNumericalDataSource<Double> {
        private String format;

        Numbers(String reference, List<Double> values, String format) {
            super(reference, values);
            this.format = format;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public String getFormatCode() {
            return format;
        }

        @Override
        public void setFormatCode(String formatCode) {
            this.format = formatCode;
        }

        /** POI leaves out the point count when every point is a gap; readers expect it. */
        @Override
        public void fillNumericalCache(CTNumData cache) {
            XDDFNumericalDataSource.super.fillNumericalCache(cache);
            if (!cache.isSetPtCount()) {
                cache.addNewPtCount().setVal(getPointCount());
            }
        }
    }

    private static final class Labels extends InCells<String> implements XDDFCategoryDataSource {
        Labels(String reference, List<String> labels) {
            super(reference, labels);
        }

        @Override
        public boolean isNumeric() {
            return false;
        }

        @Override
        public String getFormatCode() {
            return null;
        }
    }
}
