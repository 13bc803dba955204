package dk.trappen.core.factsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with a round step (1, 2 or 5 times a power of ten). Tick labels are whole numbers
 * only from a step of 5 up, so an axis never prints a bare 1–4 that could be read as a count.
 */
record Axis(double min, double max, double step, int decimals) {

    private static final int TARGET_TICKS = 5;
    /** A line chart's axis spans at least this share of its top value, so a small change does not look steep. */
    private static final double MIN_SPAN = 0.3;

    /** An axis from 0 reaching at least {@code value} (bars); {@code minStep} keeps count axes at steps of 5 or more. */
    static Axis covering(double value, double minStep) {
        return spanning(0, value, minStep);
    }

    /** An axis around the values from {@code low} to {@code high} (lines): from 0 only when that is near. */
    static Axis spanning(double low, double high, double minStep) {
        double top = Math.max(high, 0);
        double bottom = Math.max(0, Math.min(low, top));
        double span = Math.max(top - bottom, top * MIN_SPAN);
        if (span == 0) {
            span = Math.max(minStep, 1);
        }
        double raw = span / TARGET_TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double step = Math.max((norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude, minStep);
        double min = Math.floor(Math.max(0, Math.min(bottom, top - span)) / step + 1e-9) * step;
        double max = Math.max(min + step, Math.ceil(top / step - 1e-9) * step);
        int decimals = step >= 5 ? 0 : step >= 0.1 ? 1 : 2;
        return new Axis(min, max, step, decimals);
    }

    List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; min + i * step <= max + step * 1e-6; i++) {
            out.add(min + i * step);
        }
        return out;
    }

    String label(double v) {
        return DanishFormat.number(v, decimals);
    }

    /** The fraction of the axis height a value reaches (0 at the bottom, 1 at the top). */
    double fraction(double v) {
        return max == min ? 0 : Math.min(1, Math.max(0, (v - min) / (max - min)));
    }
}
