package dk.trappen.app.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * What a category chart shows, worked out by a screen's view model: its title, the value axis, the
 * decimals of its ticks and its series in order (a missing value is a gap). The view only draws it.
 */
public record ChartData(String title, String valueAxis, int decimals, List<Series> series) {

    public ChartData {
        series = List.copyOf(series);
    }

    /** One line or bar series: its points in category order. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }

        /** The value at a category; null when absent or a gap. */
        public Double value(String category) {
            return points.stream().filter(p -> p.category().equals(category)).findFirst().map(Point::value).orElse(null);
        }
    }

    /** A value at a category (a date, a year, a kommune); null is a gap. */
    public record Point(String category, Double value) {
    }

    /** The categories in the order they first appear: the x axis. */
    public List<String> categories() {
        Set<String> out = new LinkedHashSet<>();
        series.forEach(s -> s.points().forEach(p -> out.add(p.category())));
        return new ArrayList<>(out);
    }

    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + name));
    }

    /** The chart library's dataset, filled series by series in the order above. */
    public DefaultCategoryDataset dataset() {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (Series s : series) {
            for (Point p : s.points()) {
                ds.addValue(p.value(), s.name(), p.category());
            }
        }
        return ds;
    }
}
