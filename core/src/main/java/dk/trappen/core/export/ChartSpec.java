package dk.trappen.core.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A native chart: its kind, texts and numbers. Categories are cut dates (a development) or labels
 * (units or figures at one date); a series value is null where the table shows "&lt;5", "x" or
 * nothing, so the chart has a gap there and no hidden number behind it.
 */
record ChartSpec(Kind kind, String title, String categoryHeader, String valueAxisTitle, ValueFormat format,
        List<LocalDate> dates, List<String> labels, List<Series> series) {

    enum Kind {
        LINE,
        /** Bars side by side per category. */
        BAR,
        /** Each category's bar split into the series' shares of 100 %. */
        STACKED_PERCENT
    }

    /** One line or one colour of bars. */
    record Series(String name, List<Double> values) {
        Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed: gaps
        }
    }

    ChartSpec {
        dates = List.copyOf(dates);
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** A line chart over the cut dates. */
    static ChartSpec overTime(String title, String categoryHeader, String valueAxisTitle, ValueFormat format,
            List<LocalDate> dates, List<Series> series) {
        return new ChartSpec(Kind.LINE, title, categoryHeader, valueAxisTitle, format, dates, List.of(), series);
    }

    /** Bars for labelled categories (figures or units) at one date. */
    static ChartSpec bars(Kind kind, String title, String categoryHeader, String valueAxisTitle, ValueFormat format,
            List<String> labels, List<Series> series) {
        return new ChartSpec(kind, title, categoryHeader, valueAxisTitle, format, List.of(), labels, series);
    }

    int categoryCount() {
        return dates.isEmpty() ? labels.size() : dates.size();
    }

    /** Whether any series has a value to draw. */
    boolean hasValues() {
        return series.stream().anyMatch(s -> s.values().stream().anyMatch(v -> v != null));
    }
}
