package dk.trappen.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The weekly columns y_YYWW (ISO week-based year and week) from 2016-W01 to the week containing until. */
final class DreamWeeks {

    final int[] monday;
    final int[] period;
    final String[] labels;

    DreamWeeks(Periods periods) {
        LocalDate first = DreamModel.FROM.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = LocalDate.ofEpochDay(periods.until()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) {
            weeks.add(d);
        }
        monday = new int[weeks.size()];
        period = new int[weeks.size()];
        labels = new String[weeks.size()];
        for (int i = 0; i < weeks.size(); i++) {
            LocalDate m = weeks.get(i);
            monday[i] = (int) m.toEpochDay();
            period[i] = Math.min(periods.count() - 1, periods.periodOf((int) m.plusDays(3).toEpochDay()));
            labels[i] = String.format(java.util.Locale.ROOT, "y_%02d%02d", m.get(IsoFields.WEEK_BASED_YEAR) % 100,
                    m.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    int size() {
        return monday.length;
    }
}
