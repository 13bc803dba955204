package dk.trappen.core.figures;

import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.PersonStore;
import dk.trappen.core.store.SpellStore;
import dk.trappen.core.store.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed unit test: builds a national-size synthetic workspace directly in SQL
 * (60,000 persons, about 400,000 spells over 98 kommuner 2014–2025, deaths), then times the
 * computation of NT1–NT10, DOED, SKIFT and the matrix for every kommune and cut date, cold (a new
 * service, empty caches), cached in memory, and kept in the workspace (a new session), and the
 * discretion of every unit's series. Run with
 * {@code mvn -B -pl core test -Dtest=FigureBenchmark -Dbenchmark=true}; sizes with
 * {@code -Dbenchmark.persons=N}; {@code -Dbenchmark.dir=DIR} keeps the workspace in a new folder;
 * {@code -Dbenchmark.workspace=DIR} times an existing workspace instead (the national sample imported).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FigureBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 7);

    @TempDir
    Path tmp;

    @Test
    void national() throws Exception {
        ReferenceData ref = FigureAssertions.reference();
        int persons = Integer.getInteger("benchmark.persons", 60_000);
        // -Dbenchmark.workspace=DIR times an existing workspace (e.g. the national sample imported);
        // -Dbenchmark.dir=DIR keeps the generated one (e.g. to time the command line on it).
        String existing = System.getProperty("benchmark.workspace");
        String keep = System.getProperty("benchmark.dir");
        Path dir = existing != null ? Path.of(existing) : keep != null ? Path.of(keep) : tmp.resolve("ws");
        try (Workspace ws = existing != null ? Workspace.open(dir) : Workspace.create(dir)) {
            if (existing == null) {
                long t0 = System.nanoTime();
                int spells = generate(ws, ref, persons, new Random(20_251_123L));
                System.out.printf("generated %,d persons, %,d spells in %.1f s%n", persons, spells,
                        (System.nanoTime() - t0) / 1e9);
            }
            try (Connection c = ws.connection()) {
                System.out.printf("workspace %s: %,d spells of %,d persons, %d cores, max heap %d MB%n", dir,
                        SpellStore.BLOCKS.count(c), PersonStore.maxId(c), Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
            }

            // The very first computation in this JVM: cold in every sense (classes, JIT, H2 caches).
            System.gc();
            resetPeaks();
            long first = timeCold(ws, ref);
            long firstPeak = peakHeap();
            System.out.printf("first cold run in a fresh JVM: %d ms, peak heap %d MB%n", first / 1_000_000, firstPeak >> 20);

            for (int i = 0; i < 3; i++) {
                timeCold(ws, ref); // warm-up
            }
            long[] cold = new long[RUNS];
            long peak = 0;
            for (int i = 0; i < RUNS; i++) {
                System.gc();
                resetPeaks();
                cold[i] = timeCold(ws, ref);
                peak = Math.max(peak, peakHeap());
            }
            report("cold (new service, empty cache)", cold);
            long[] read = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                new RegisterReader(ref).read(ws, WorkspaceSettings.load(ws), new dk.trappen.core.progress.CancellationToken());
                read[i] = System.nanoTime() - t;
            }
            report("  of which reading the workspace (SQL into arrays)", read);
            report("  of which NT11–NT20 (DREAM, measurements, LPR, accounts)", timeExtra(ws, ref));
            System.out.printf("peak heap during a cold run: %d MB (max heap %d MB)%n", peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);

            FigureService service = new FigureService(ref);
            FigureResult result = service.compute(ws);
            long[] cached = new long[RUNS * 3];
            for (int i = 0; i < cached.length; i++) {
                long t = System.nanoTime();
                service.compute(ws);
                cached[i] = System.nanoTime() - t;
            }
            report("cached (same service)", cached);
            long[] session = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                new FigureService(ref).compute(ws);
                session[i] = System.nanoTime() - t;
            }
            report("new session (new service, figures kept in the workspace)", session);

            Discretion discretion = Discretion.of(WorkspaceSettings.load(ws));
            ComparisonUnits units = new ComparisonUnits(ref);
            long[] shown = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                for (Level level : List.of(Level.KOMMUNE, Level.REGION, Level.SUNDHEDSKLYNGE, Level.KOMMUNEGRUPPE, Level.LAND)) {
                    for (ComparisonUnit u : units.units(level)) {
                        discretion.apply(u.series(result));
                    }
                }
                shown[i] = System.nanoTime() - t;
            }
            report("discretion of every unit's series (all levels)", shown);
            int nt1 = 0;
            for (Kommune k : ref.kommuner()) {
                nt1 += result.count(k.code(), result.cutDates().get(result.cutDates().size() - 1), FigureId.NT1);
            }
            System.out.printf("%d cut dates %s..%s; NT1 at the last, all kommuner: %,d%n", result.cutDates().size(),
                    result.cutDates().get(0), result.cutDates().get(result.cutDates().size() - 1), nt1);
            FigureSeries land = result.series(result.kommuner());
            for (LocalDate d : List.of(result.cutDates().get(result.cutDates().size() - 1),
                    result.cutDates().get(result.cutDates().size() - 2))) {
                StringBuilder line = new StringBuilder("hele landet " + d + ":");
                for (FigureId f : FigureId.extended()) {
                    java.util.OptionalDouble v = land.value(d, f);
                    line.append(' ').append(f.id()).append('=').append(v.isPresent()
                            ? String.format(java.util.Locale.ROOT, "%.2f", v.getAsDouble())
                            : land.absentReason(d, f).orElse("-"));
                }
                System.out.println(line);
            }
        }
    }

    /** NT11–NT20 alone, after the register read and the staircase sweep that place the persons. */
    private static long[] timeExtra(Workspace ws, ReferenceData ref) {
        dk.trappen.core.figures.WorkspaceSettings settings = WorkspaceSettings.load(ws);
        dk.trappen.core.progress.CancellationToken cancel = new dk.trappen.core.progress.CancellationToken();
        FigureResult result = new FigureService(ref).compute(ws);
        RegisterData data = new RegisterReader(ref).read(ws, settings, cancel);
        int[] codes = result.codes();
        int[] spellKommune = new int[data.spells()];
        for (int s = 0; s < spellKommune.length; s++) {
            spellKommune[s] = Arrays.binarySearch(codes, data.kommune()[s]);
        }
        int[] days = result.dates().stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
        Placement placed = new Placement(data.personSlots(), days.length, data.inRegister());
        StaircaseEngine.count(data, spellKommune, codes.length, days, settings.staircaseRules(), cancel,
                dk.trappen.core.progress.ProgressListener.NONE, placed);
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            ExtraFigures.compute(ws, ref, settings, result.dates(), codes, placed, cancel);
            times[i] = System.nanoTime() - t;
        }
        // Each source on its own (one run each, after the runs above warmed up).
        try (dk.trappen.core.store.Session c = ws.read()) {
            ExtraSums sums = new ExtraSums(codes.length, days.length);
            for (Source s : Source.values()) {
                long t = System.nanoTime();
                ExtraFigures.Presence p = ExtraFigures.presence(c, s);
                switch (s) {
                    case DREAM:
                        DreamFigures.compute(c, ref, settings.nt121Variant(), result.dates(), placed, p, sums, cancel);
                        break;
                    case MAALINGER:
                        MeasurementFigures.compute(c, settings.wellbeingMeasurement(), result.dates(), codes, placed, sums, cancel);
                        break;
                    case LPR:
                        ReadmissionFigures.compute(c, result.dates(), placed, p, sums, cancel);
                        break;
                    default:
                        AccountFigures.compute(c, ref, result.dates(), codes, sums);
                }
                System.out.printf("    %s: %d ms%n", s, (System.nanoTime() - t) / 1_000_000);
            }
        }
        return times;
    }

    /** A new service with nothing kept, in memory or in the workspace. */
    private static long timeCold(Workspace ws, ReferenceData ref) {
        FigureService service = new FigureService(ref);
        service.clearCache(ws);
        long t = System.nanoTime();
        service.compute(ws);
        return System.nanoTime() - t;
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: median %d ms, min %d ms, max %d ms (%d runs)%n", what, s[s.length / 2] / 1_000_000,
                s[0] / 1_000_000, s[s.length - 1] / 1_000_000, s.length);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * Persons with a home kommune (10% move once), 1–12 spells each between 2014 and 2025: mostly
     * staircase services of the target group, some other målgrupper and off-staircase services,
     * a fifth ongoing; 6% die.
     */
    private static int generate(Workspace ws, ReferenceData ref, int persons, Random rnd) throws SQLException {
        int[] kommuner = ref.kommuner().stream().mapToInt(Kommune::code).toArray();
        String[] staircase = {"1.8.1", "1.12.0.1", "1.8.2", "1.12.0.2", "1.12.0.2", "1.12.0.2", "1.4", "1.1", "1.1",
            "1.18.1", "1.18.2", "1.18.2"};
        String[] other = {"1.13.4", "1.13.2", "1.17", "1.3"};
        String[] groups = {"1.2.2", "1.2.2", "1.2.2", "1.2.2.1", "1.2.2.2", "1.2.2.3", "1.2.1", "2"};
        int from = (int) LocalDate.of(2014, 1, 1).toEpochDay();
        int to = (int) LocalDate.of(2025, 12, 31).toEpochDay();
        int spells = 0;
        try (Connection c = ws.connection()) {
            c.setAutoCommit(false);
            List<PersonStore.NewPerson> people = new ArrayList<>();
            SpellStore.Columns spell = new SpellStore.Columns();
            try (PreparedStatement death = c.prepareStatement(
                            "INSERT INTO death (import_id, person_id, death_date, row_hash) VALUES (1, ?, ?, 0)")) {
                for (int p = 1; p <= persons; p++) {
                    people.add(new PersonStore.NewPerson(p, "P" + p, rnd.nextInt(50) == 0 ? PersonStore.NO_BIRTH
                            : (int) LocalDate.of(1940, 1, 1).toEpochDay() + rnd.nextInt(66 * 365)));
                    int home = kommuner[rnd.nextInt(kommuner.length)];
                    int moved = rnd.nextInt(10) == 0 ? kommuner[rnd.nextInt(kommuner.length)] : home;
                    int moveDay = from + rnd.nextInt(to - from);
                    int n = 1 + rnd.nextInt(12);
                    int personGroup = rnd.nextInt(groups.length);
                    for (int s = 0; s < n; s++) {
                        int start = from + rnd.nextInt(to - from);
                        boolean ongoing = rnd.nextInt(5) == 0;
                        int end = Math.min(to, start + 30 + rnd.nextInt(1500));
                        String ydelse = rnd.nextInt(8) == 0 ? other[rnd.nextInt(other.length)]
                                : staircase[rnd.nextInt(staircase.length)];
                        int kommune = start >= moveDay ? moved : home;
                        String group = rnd.nextInt(10) == 0 ? groups[rnd.nextInt(groups.length)] : groups[personGroup];
                        spell.add(p, kommune, kommune, kommune, ydelse, null, group, start,
                                ongoing ? SpellStore.NO_END : end, rnd.nextLong());
                        spells++;
                    }
                    if (rnd.nextInt(100) < 6) {
                        death.setInt(1, p);
                        death.setDate(2, Date.valueOf(LocalDate.ofEpochDay(from + rnd.nextInt(to - from))));
                        death.addBatch();
                    }
                    if (p % 2_000 == 0) {
                        death.executeBatch();
                    }
                }
                PersonStore.append(c, people);
                SpellStore.append(c, 1, spell);
                death.executeBatch();
                try (PreparedStatement pop = c.prepareStatement("INSERT INTO population (import_id, kommune, ref_date, "
                        + "age_from, age_to, inhabitants, row_hash) VALUES (1, ?, ?, ?, ?, ?, 0)")) {
                    List<LocalDate> refs = new ArrayList<>();
                    for (int y = 2017; y <= 2025; y++) {
                        for (int q = 1; q <= 10; q += 3) {
                            refs.add(LocalDate.of(y, q, 1));
                        }
                    }
                    for (int k : kommuner) {
                        for (LocalDate d : refs) {
                            for (int age = 0; age <= 100; age += 5) {
                                pop.setInt(1, k);
                                pop.setDate(2, Date.valueOf(d));
                                pop.setInt(3, age);
                                if (age == 100) {
                                    pop.setNull(4, Types.SMALLINT);
                                } else {
                                    pop.setInt(4, age + 4);
                                }
                                pop.setInt(5, 500 + rnd.nextInt(3000));
                                pop.addBatch();
                            }
                        }
                        pop.executeBatch();
                    }
                }
            }
            Workspace.bumpDataVersion(c);
            c.commit();
        }
        return spells;
    }
}
