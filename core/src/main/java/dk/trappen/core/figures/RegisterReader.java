package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Ydelse;
import dk.trappen.core.store.BlockRef;
import dk.trappen.core.store.DeathStore;
import dk.trappen.core.store.PersonStore;
import dk.trappen.core.store.PopulationStore;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.SpellStore;
import dk.trappen.core.store.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a workspace's register data into {@link RegisterData}: one pass over the spell blocks
 * (split in parts read in parallel), then persons, deaths and population.
 */
final class RegisterReader {

    private static final int ADULT_AGE = 18;
    /** Below this many spells a single reader is quicker than starting threads. */
    static final long ROWS_PER_PART = 50_000;
    private static final int MAX_PARTS = 4;

    private final ReferenceData reference;
    private final long rowsPerPart;

    RegisterReader(ReferenceData reference) {
        this(reference, ROWS_PER_PART);
    }

    /** With a chosen range size, so tests can make small tables read in parallel too. */
    RegisterReader(ReferenceData reference, long rowsPerPart) {
        this.reference = reference;
        this.rowsPerPart = rowsPerPart;
    }

    RegisterData read(Workspace ws, WorkspaceSettings settings, CancellationToken cancel) {
        Map<String, Integer> trinOf = new HashMap<>();
        for (Ydelse y : reference.ydelser()) {
            if (y.onStaircase()) {
                trinOf.put(y.code(), y.trin());
            }
        }
        List<SpellChunk> chunks = readSpells(ws, settings, trinOf, rowsPerPart, cancel);
        IntColumns spells = new IntColumns(5, chunks.stream().mapToInt(ch -> ch.rows.size()).sum());
        LocalDate latest = null;
        BitSet inRegister = new BitSet();
        for (SpellChunk ch : chunks) {
            spells.addAll(ch.rows);
            inRegister.or(ch.inRegister);
            if (ch.latest != Long.MIN_VALUE && (latest == null || ch.latest > latest.toEpochDay())) {
                latest = LocalDate.ofEpochDay(ch.latest);
            }
        }
        try (Session s = ws.read()) {
            int maxPerson = spells.max(0);
            int[][] persons = readPersons(s, maxPerson);
            cancel.check();
            return new RegisterData(spells.size(), spells.column(0), spells.column(1), spells.column(2),
                    spells.column(3), spells.column(4), persons[0], persons[1], latest, readAdults(s), inRegister);
        }
    }

    /**
     * Reads the spell blocks, split in parts read in parallel (one connection and thread each:
     * decoding is most of the time, and it parallelises). Every spell is looked at once: its
     * dates give the latest date of the services data and its person is marked as in the register
     * (§7), and only target-group spells of staircase services are kept. The parts are separate transactions: the service re-reads if the data
     * version moved meanwhile.
     */
    private static List<SpellChunk> readSpells(Workspace ws, WorkspaceSettings settings, Map<String, Integer> trinOf,
            long rowsPerPart, CancellationToken cancel) {
        List<BlockRef> blocks;
        try (Session s = ws.read()) {
            blocks = SpellStore.BLOCKS.blocks(s);
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        long rows = blocks.stream().mapToLong(BlockRef::rows).sum();
        int parts = (int) Math.min(Math.min(blocks.size(), Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors())),
                rows <= rowsPerPart ? 1 : (rows - 1) / rowsPerPart + 1);
        List<Callable<SpellChunk>> work = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<BlockRef> mine = new ArrayList<>();
            for (int i = p; i < blocks.size(); i += parts) {
                mine.add(blocks.get(i));
            }
            work.add(() -> readBlocks(ws, settings, trinOf, mine, cancel));
        }
        if (parts == 1) {
            try {
                return List.of(work.get(0).call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
            Thread t = new Thread(r, "trappen-figures-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<SpellChunk> out = new ArrayList<>();
            for (Future<SpellChunk> f : pool.invokeAll(work)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static SpellChunk readBlocks(Workspace ws, WorkspaceSettings settings, Map<String, Integer> trinOf,
            List<BlockRef> blocks, CancellationToken cancel) {
        IntColumns rows = new IntColumns(5, (int) Math.min(1 << 16,
                blocks.stream().mapToLong(BlockRef::rows).sum()));
        long latest = Long.MIN_VALUE;
        BitSet inRegister = new BitSet();
        try (Session s = ws.read()) {
            for (BlockRef ref : blocks) {
                cancel.check();
                SpellStore.Block b = SpellStore.BLOCKS.read(s, ref);
                // Decided once per code of the block, not per row: trin (0 = not on the staircase), target group.
                int[] trinOfCode = new int[b.codes()];
                boolean[] target = new boolean[b.codes()];
                for (int k = 0; k < trinOfCode.length; k++) {
                    Integer trin = trinOf.get(b.code(k));
                    trinOfCode[k] = trin == null ? 0 : trin;
                    target[k] = settings.inTargetGroup(b.code(k));
                }
                for (int i = 0; i < b.size; i++) {
                    long start = b.start[i];
                    long end = b.end[i] == SpellStore.NO_END ? RegisterData.NO_END : b.end[i];
                    latest = Math.max(latest, b.end[i] == SpellStore.NO_END ? start : Math.max(start, end));
                    int trin = trinOfCode[b.ydelse[i]];
                    int person = b.person[i];
                    if (person >= 0) {
                        inRegister.set(person);
                    }
                    if (trin <= 0 || person < 0 || !target[b.maalgruppe[i]]) {
                        continue;
                    }
                    rows.add(person, b.handlekommune[i], trin, (int) start, (int) end);
                }
            }
        }
        return new SpellChunk(rows, latest, inRegister);
    }

    /**
     * The kept spells of one part, the latest date of all its rows (Long.MIN_VALUE if none) and the
     * persons of all its rows.
     */
    private record SpellChunk(IntColumns rows, long latest, BitSet inRegister) {
    }

    /** [0] first adult day per person id, [1] death day per person id. */
    private static int[][] readPersons(Session s, int maxSpellPerson) {
        int size = maxSpellPerson + 1;
        int[] adultFrom = new int[size];
        int[] death = new int[size];
        Arrays.fill(adultFrom, RegisterData.ALWAYS_ADULT);
        Arrays.fill(death, RegisterData.NO_DEATH);
        PersonStore.Persons stored = PersonStore.read(s);
        for (int id = 0; id <= Math.min(maxSpellPerson, stored.maxId()); id++) {
            LocalDate birth = stored.birth(id);
            if (birth != null) {
                adultFrom[id] = (int) firstAdultDay(birth);
            }
        }
        DeathStore.earliestDeaths(s, maxSpellPerson, (id, day) -> death[id] = day);
        return new int[][] {adultFrom, death};
    }

    /**
     * The first day on which the person is 18. Someone born on 29 February turns 18 on 1 March in a
     * common year (as {@link java.time.Period} counts ages); cut dates never fall on either day.
     */
    static long firstAdultDay(LocalDate birth) {
        LocalDate d = birth.plusYears(ADULT_AGE);
        return (d.getDayOfMonth() != birth.getDayOfMonth() ? d.plusDays(1) : d).toEpochDay();
    }

    /**
     * Adults (age 18 or more) per kommune and reference date. A later import of the same kommune,
     * date and age band replaces an earlier one; a band across 18 counts pro rata; an open band
     * starting below 18 cannot be split and is left out.
     */
    private static Map<Integer, NavigableMap<Integer, Long>> readAdults(Session s) {
        Map<List<Integer>, Integer> latestRow = new HashMap<>();
        for (PopulationStore.AgeBand band : PopulationStore.bandsInImportOrder(s)) {
            latestRow.put(List.of(band.kommune(), band.refDay(), band.ageFrom(), band.ageTo()), band.inhabitants());
        }
        Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
        for (Map.Entry<List<Integer>, Integer> e : latestRow.entrySet()) {
            int kommune = e.getKey().get(0);
            int day = e.getKey().get(1);
            int from = e.getKey().get(2);
            int to = e.getKey().get(3);
            double adults;
            if (from >= ADULT_AGE) {
                adults = e.getValue();
            } else if (to >= ADULT_AGE) {
                adults = e.getValue() * (double) (to - ADULT_AGE + 1) / (to - from + 1);
            } else {
                continue;
            }
            sums.computeIfAbsent(kommune, k -> new HashMap<>()).merge(day, adults, Double::sum);
        }
        Map<Integer, NavigableMap<Integer, Long>> out = new HashMap<>();
        sums.forEach((kommune, byDay) -> {
            NavigableMap<Integer, Long> m = new TreeMap<>();
            byDay.forEach((day, a) -> m.put(day, Math.round(a)));
            out.put(kommune, m);
        });
        return out;
    }

    /** Growable int columns, so a row costs no object. */
    static final class IntColumns {
        private int[][] cols;
        private int size;

        void addAll(IntColumns other) {
            for (int i = 0; i < other.size; i++) {
                add(other.cols[0][i], other.cols[1][i], other.cols[2][i], other.cols[3][i], other.cols[4][i]);
            }
        }

        IntColumns(int columns, int capacity) {
            cols = new int[columns][Math.max(capacity, 16)];
        }

        /** Adds a row of five columns (the spell query's shape). */
        void add(int a, int b, int c, int d, int e) {
            if (size == cols[0].length) {
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = Arrays.copyOf(cols[i], size * 2);
                }
            }
            cols[0][size] = a;
            cols[1][size] = b;
            cols[2][size] = c;
            cols[3][size] = d;
            cols[4][size] = e;
            size++;
        }

        int size() {
            return size;
        }

        int[] column(int i) {
            return Arrays.copyOf(cols[i], size);
        }

        int max(int col) {
            int m = 0;
            for (int i = 0; i < size; i++) {
                m = Math.max(m, cols[col][i]);
            }
            return m;
        }
    }
}
