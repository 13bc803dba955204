package dk.trappen.core.factsheet;

import dk.trappen.core.store.ImportLogEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which periods the workspace's imported data cover, per input type (ydelser, dream, …), from the
 * import log: the earliest and latest date of all imports of the type.
 */
public record DataCoverage(List<Period> periods) {

    /** The order types are listed in: the staircase's own data first. */
    private static final List<String> ORDER = List.of("ydelser", "doede", "befolkning", "dream", "lpr", "maalinger",
            "regnskab");

    /** One input type's span; {@code from}/{@code to} may be null when no import of it logged a date. */
    public record Period(String type, LocalDate from, LocalDate to) {
    }

    public DataCoverage {
        periods = List.copyOf(periods);
    }

    public static DataCoverage of(List<ImportLogEntry> log) {
        Map<String, Period> byType = new LinkedHashMap<>();
        for (ImportLogEntry e : log) {
            if (e.rowsStored() == 0 && e.rowsDuplicate() == 0) {
                continue; // a refused or empty file covers nothing
            }
            Period p = byType.get(e.fileType());
            byType.put(e.fileType(), p == null ? new Period(e.fileType(), e.periodFrom(), e.periodTo())
                    : new Period(e.fileType(), earlier(p.from(), e.periodFrom()), later(p.to(), e.periodTo())));
        }
        List<Period> out = new ArrayList<>();
        for (String type : ORDER) {
            if (byType.containsKey(type)) {
                out.add(byType.remove(type));
            }
        }
        out.addAll(byType.values());
        return new DataCoverage(out);
    }

    public Optional<Period> of(String type) {
        return periods.stream().filter(p -> p.type().equals(type)).findFirst();
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
