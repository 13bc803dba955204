package dk.trappen.app.bench;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NT1–NT10 for every kommune and cut date, once by Trappen (open the workspace, read its store,
 * compute, no cache) and once by DuckDB with SQL straight from {@code ydelser.csv} and
 * {@code doede.csv}, each timed with warm-up and repeated runs; then every value is compared and
 * the process exits with 1 on the first mismatch list. The SQL is written from key-figures.md
 * §1–§5, not from Trappen's code, so agreement checks both. Usage:
 * {@code DuckDbComparison CSV_DIR REGISTER_WORKSPACE [RUNS]} (the workspace holds the same files
 * imported; its kept figures are cleared before each Trappen run).
 */
public final class DuckDbComparison {

    private static final List<FigureId> FIGURES = List.of(FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4,
            FigureId.NT5, FigureId.NT6, FigureId.NT7_1, FigureId.NT7_2, FigureId.NT7_3, FigureId.NT7, FigureId.NT8,
            FigureId.NT9, FigureId.NT10);

    private DuckDbComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path workspace = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ReferenceData ref = Bench.reference();

        long t0 = System.nanoTime();
        Map<String, Integer> duck = duckDb(csv);
        double duckFirst = Bench.millisSince(t0);
        Bench.Spread duckTimes = Bench.time(1, runs, () -> duckDb(csv));

        Bench.resetPeaks();
        t0 = System.nanoTime();
        FigureResult trappen = trappenCold(ref, workspace);
        double trappenFirst = Bench.millisSince(t0);
        Bench.Spread trappenTimes = Bench.time(1, runs, () -> trappenCold(ref, workspace));
        long peak = Bench.peakHeapMb();

        Bench.emit("duckdb.nt1-10", duckTimes.text(), String.format(Locale.ROOT, "%.0f", duckFirst));
        Bench.emit("trappen.nt1-10", trappenTimes.text(), String.format(Locale.ROOT, "%.0f", trappenFirst), peak);
        Bench.emit("ratio.nt1-10", String.format(Locale.ROOT, "%.2f", trappenTimes.median() / duckTimes.median()),
                String.format(Locale.ROOT, "%.2f", trappenFirst / duckFirst));

        List<String> differences = compare(ref, trappen, duck);
        Bench.emit("agree.nt1-10", differences.isEmpty() ? "ja" : "nej", checked(ref, trappen), differences.size());
        if (!differences.isEmpty()) {
            System.out.println("Trappen og DuckDB er uenige (kommune, dato, nøgletal: Trappen / DuckDB), de første:");
            differences.stream().limit(20).forEach(System.out::println);
            System.exit(1);
        }
    }

    /** Trappen's cold path: open, drop every kept result, read the store and compute. */
    static FigureResult trappenCold(ReferenceData ref, Path dir) {
        FigureService service = new FigureService(ref);
        try (Workspace ws = Workspace.open(dir)) {
            service.clearCache(ws);
        }
        try (Workspace ws = Workspace.open(dir)) {
            return service.compute(ws);
        }
    }

    private static int checked(ReferenceData ref, FigureResult r) {
        return ref.kommuner().size() * (r.cutDates().size() * FIGURES.size() + 6);
    }

    static List<String> compare(ReferenceData ref, FigureResult trappen, Map<String, Integer> duck) {
        List<String> out = new ArrayList<>();
        List<LocalDate> duckDates = new ArrayList<>();
        duck.keySet().stream().filter(k -> k.startsWith("cut|")).map(k -> LocalDate.parse(k.substring(4))).sorted()
                .forEach(duckDates::add);
        List<LocalDate> ours = new ArrayList<>();
        trappen.baseDate().ifPresent(ours::add);
        ours.addAll(trappen.cutDates());
        if (!ours.equals(duckDates)) {
            out.add("skæringsdatoer: Trappen " + ours + " / DuckDB " + duckDates);
            return out;
        }
        for (Kommune k : ref.kommuner()) {
            for (int d = 0; d < ours.size(); d++) {
                LocalDate date = ours.get(d);
                for (FigureId f : FIGURES) {
                    if (d == 0 && f.kind() != FigureId.Kind.STOCK) {
                        continue; // movements start at the first cut date after the base
                    }
                    int t = trappen.count(k.code(), date, f);
                    int u = f == FigureId.NT7
                            ? value(duck, FigureId.NT7_1, k, date) + value(duck, FigureId.NT7_2, k, date)
                                    + value(duck, FigureId.NT7_3, k, date)
                            : value(duck, f, k, date);
                    if (t != u) {
                        out.add(k.code() + " " + date + " " + f.id() + ": " + t + " / " + u);
                    }
                }
            }
        }
        return out;
    }

    private static int value(Map<String, Integer> duck, FigureId f, Kommune k, LocalDate d) {
        return duck.getOrDefault(f.id() + "|" + k.code() + "|" + d, 0);
    }

    /** NT1–NT10 by DuckDB: key "figure|kommune|date" → count, plus one "cut|date" key per cut date. */
    static Map<String, Integer> duckDb(Path csvDir) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String sql : DuckDbSql.statements(csvDir.resolve("ydelser.csv"), csvDir.resolve("doede.csv"))) {
                st.execute(sql);
            }
            try (ResultSet rs = st.executeQuery("SELECT figure, kom, CAST(d AS VARCHAR), n FROM figures")) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3), rs.getInt(4));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT CAST(d AS VARCHAR) FROM cut")) {
                while (rs.next()) {
                    out.put("cut|" + rs.getString(1), 0);
                }
            }
        }
        return out;
    }
}
