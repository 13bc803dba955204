package dk.trappen.core.figures;

import dk.trappen.core.Messages;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonGroups;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes NT1–NT10, DOED, SKIFT and the transition matrix of key-figures.md §1–§5, and NT11–NT20 of
 * §6–§9 over the same placement of persons, for every kommune and cut date of a workspace, and keeps the results, in memory and in the workspace (so a new
 * session starts with them): a result is reused until the workspace's data version, the settings
 * that change figures (target groups, §3/§5 rules, the NT12.1 variant, the NT13–NT17 measurement
 * rule) or the reference tables (ydelser, kommuner, DREAM codes, kontoplan) change. One instance per
 * application (front ends share it); thread-safe.
 */
public final class FigureService {

    /**
     * The version of the computation: part of every cache key (in memory and in the workspace), so
     * a release that changes what a figure comes to recomputes instead of serving the numbers kept
     * by an older one. Raise it with any such change; EngineVersionTest pins the results of each
     * version and fails when they change under the same number.
     */
    public static final int ENGINE_VERSION = 1;

    /** Results kept: a few workspaces/settings, each well under a megabyte. */
    private static final int CACHE_SIZE = 4;
    private static final int MAX_READS = 3;

    private final ReferenceData reference;
    private final long rowsPerReadPart;
    private final FigureCache persisted;
    private final Map<CacheKey, FigureResult> cache = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, FigureResult> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final Map<PatternKey, PublishedFigures> patterns = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<PatternKey, PublishedFigures> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public FigureService(ReferenceData reference) {
        this(reference, RegisterReader.ROWS_PER_PART);
    }

    /** For tests: read the spell table in ranges of this many rows (in parallel when more than one). */
    FigureService(ReferenceData reference, long rowsPerReadPart) {
        this.reference = reference;
        this.rowsPerReadPart = rowsPerReadPart;
        this.persisted = new FigureCache(reference);
    }

    public ReferenceData reference() {
        return reference;
    }

    /** The figures of the workspace under its saved settings. */
    public FigureResult compute(Workspace ws) {
        return compute(ws, WorkspaceSettings.load(ws), ProgressListener.NONE, new CancellationToken());
    }

    public FigureResult compute(Workspace ws, ProgressListener progress, CancellationToken cancel) {
        return compute(ws, WorkspaceSettings.load(ws), progress, cancel);
    }

    /**
     * The figures under the given settings (the target groups, the §3/§5 rules, the NT12.1 variant and
     * the NT13–NT17 measurement rule change them; the discretion threshold is applied when they are
     * shown). Cached by workspace folder, data version and those settings.
     */
    public synchronized FigureResult compute(Workspace ws, WorkspaceSettings settings, ProgressListener progress,
            CancellationToken cancel) {
        cancel.check();
        long version = ws.dataVersion();
        CacheKey key = new CacheKey(ENGINE_VERSION, ws.directory(), version, settings.targetGroups(), settings.staircaseRules(),
                settings.nt121Variant(), settings.wellbeingMeasurement());
        FigureResult cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<FigureResult> kept = persisted.load(ws, settings, version);
        if (kept.isPresent()) {
            cache.put(key, kept.get());
            return kept.get();
        }
        progress.progress(0, -1, Messages.danish("figures.progress.spells"));
        RegisterReader reader = new RegisterReader(reference, rowsPerReadPart);
        RegisterData data = reader.read(ws, settings, cancel);
        // The spell table is read in parallel ranges (separate transactions): if an import
        // committed meanwhile, read again. Should imports keep coming, the result is kept under
        // the version read before it, which the next call sees as stale.
        for (int tries = 1; ws.dataVersion() != version && tries < MAX_READS; tries++) {
            version = ws.dataVersion();
            data = reader.read(ws, settings, cancel);
        }
        FigureResult result = compute(ws, data, version, settings, cancel, progress);
        cache.put(new CacheKey(ENGINE_VERSION, ws.directory(), version, settings.targetGroups(), settings.staircaseRules(),
                settings.nt121Variant(), settings.wellbeingMeasurement()), result);
        persisted.save(ws, settings, result);
        return result;
    }

    /**
     * The workspace's one suppression pattern (key-figures.md §10) under its saved settings and
     * comparison groups: what every output may show. Kept while the figures, threshold and groups stay.
     */
    public PublishedFigures published(Workspace ws) {
        return published(ws, ProgressListener.NONE, new CancellationToken());
    }

    public PublishedFigures published(Workspace ws, ProgressListener progress, CancellationToken cancel) {
        WorkspaceSettings settings = WorkspaceSettings.load(ws);
        FigureResult result = compute(ws, settings, progress, cancel);
        return published(ws, settings, result, new ComparisonGroups(ws, reference).list());
    }

    /**
     * The pattern of the workspace's figures under its threshold and saved groups, kept in the
     * workspace beside the figures, so a later session or command reads it instead of deciding it
     * again (which takes seconds at national size).
     */
    public synchronized PublishedFigures published(Workspace ws, WorkspaceSettings settings, FigureResult result,
            List<ComparisonGroup> saved) {
        Discretion discretion = Discretion.of(settings);
        PatternKey key = key(result, discretion, saved);
        PublishedFigures p = patterns.get(key);
        if (p == null) {
            String name = patternName(discretion, saved);
            Optional<byte[]> kept = persisted.loadPattern(ws, settings, name, result.dataVersion());
            p = PublishedFigures.decide(reference, result, discretion, saved, kept.orElse(null));
            if (kept.isEmpty()) {
                persisted.savePattern(ws, settings, name, result.dataVersion(), p.statuses());
            }
            patterns.put(key, p);
        }
        return p;
    }

    /** The pattern of a result under a discretion and the saved groups, decided in memory (the off switch shows everything). */
    public synchronized PublishedFigures published(FigureResult result, Discretion discretion, List<ComparisonGroup> saved) {
        return patterns.computeIfAbsent(key(result, discretion, saved),
                k -> PublishedFigures.decide(reference, result, discretion, saved));
    }

    private static PatternKey key(FigureResult result, Discretion discretion, List<ComparisonGroup> saved) {
        return new PatternKey(result, discretion.isOff() ? -1 : discretion.threshold(),
                saved.stream().map(ComparisonGroup::kommuner).collect(java.util.stream.Collectors.toList()));
    }

    /** What a kept pattern depends on besides the figures: the suppression's version, the threshold, the groups. */
    static String patternName(Discretion discretion, List<ComparisonGroup> saved) {
        return "v" + Discretion.VERSION + "|t" + discretion.threshold() + "|" + saved.stream()
                .map(g -> g.kommuner().toString()).sorted().collect(java.util.stream.Collectors.joining(";"));
    }

    /** Forgets the results kept in memory (those kept in workspaces stay). */
    public synchronized void clearCache() {
        cache.clear();
    }

    /** Forgets the results kept in memory and those kept in the workspace: the next call computes. */
    public synchronized void clearCache(Workspace ws) {
        cache.clear();
        persisted.clear(ws);
    }

    private FigureResult compute(Workspace ws, RegisterData data, long version, WorkspaceSettings settings, CancellationToken cancel,
            ProgressListener progress) {
        List<LocalDate> dates = new ArrayList<>();
        if (data.latestDate() != null) {
            LocalDate last = CutDates.onOrBefore(data.latestDate());
            if (!last.isBefore(CutDates.FIRST)) {
                dates.add(CutDates.previous(CutDates.FIRST));
                dates.addAll(CutDates.series(last));
            }
        }
        int[] codes = kommuneCodes(data);
        int[] spellKommune = new int[data.spells()];
        for (int s = 0; s < spellKommune.length; s++) {
            spellKommune[s] = Arrays.binarySearch(codes, data.kommune()[s]);
        }
        int[] days = dates.stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
        Placement placed = new Placement(data.personSlots(), days.length, data.inRegister());
        int[] counts = StaircaseEngine.count(data, spellKommune, codes.length, days, settings.staircaseRules(), cancel,
                progress, placed);
        progress.progress(0, -1, Messages.danish("figures.progress.extended"));
        ExtraSums extra = ExtraFigures.compute(ws, reference, settings, dates, codes, placed, cancel);
        long[] adults = new long[codes.length * days.length];
        for (int k = 0; k < codes.length; k++) {
            NavigableMap<Integer, Long> byDay = data.adults().get(codes[k]);
            for (int d = 0; d < days.length; d++) {
                // §10: the population at the cut date, or at the nearest earlier reference date.
                Map.Entry<Integer, Long> e = byDay == null ? null : byDay.floorEntry(days[d]);
                adults[k * days.length + d] = e == null ? -1 : e.getValue();
            }
        }
        return new FigureResult(version, settings.targetGroups(), settings.staircaseRules(), data.latestDate(), dates,
                codes, counts, adults, extra);
    }

    /** Every reference kommune (so they all get rows, zeros included) and any other code in the data. */
    private int[] kommuneCodes(RegisterData data) {
        TreeSet<Integer> codes = new TreeSet<>();
        for (Kommune k : reference.kommuner()) {
            codes.add(k.code());
        }
        boolean[] seen = new boolean[1 << 16];
        for (int code : data.kommune()) {
            int i = code & 0xFFFF;
            if (!seen[i]) {
                seen[i] = true;
                codes.add(code);
            }
        }
        return codes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A pattern's key: the result itself (by identity), the threshold (-1: off) and the saved groups' members. */
    private static final class PatternKey {
        private final FigureResult result;
        private final int threshold;
        private final List<List<Integer>> groups;

        PatternKey(FigureResult result, int threshold, List<List<Integer>> groups) {
            this.result = result;
            this.threshold = threshold;
            this.groups = List.copyOf(groups);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PatternKey && ((PatternKey) o).result == result && ((PatternKey) o).threshold == threshold
                    && ((PatternKey) o).groups.equals(groups);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(result) * 31 + threshold * 17 + groups.hashCode();
        }
    }

    private record CacheKey(int engineVersion, Path workspace, long dataVersion, List<String> targetGroups, StaircaseRules rules,
            WorkspaceSettings.Nt121Variant nt121, WorkspaceSettings.WellbeingMeasurement wellbeing) {
    }
}
