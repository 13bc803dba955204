package dk.trappen.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figure cache is keyed by {@link FigureService#ENGINE_VERSION}: a release whose figures differ
 * must raise it, or workspaces keep serving the numbers of the old one. This test computes every
 * figure (no discretion) over the data of the golden tests and over the committed small sample,
 * under the default settings and each alternative rule, writes the results as canonical text and
 * compares its SHA-256 with the digest pinned for the current version in {@code engine-versions.txt}.
 * The text is left in {@code target/engine-results.txt}, to diff against an older build's.
 */
class EngineVersionTest {

    private static final String PINNED = "engine-versions.txt";
    /** The golden tests whose fixtures are the engine's reference data (each test writes its own workspaces). */
    private static final List<Class<?>> GOLDEN = List.of(StaircaseGoldenTest.class, ExtraFiguresGoldenTest.class,
            MeasurementFiguresGoldenTest.class);
    private static final List<String> SAMPLE_FILES = List.of("ydelser.csv", "doede.csv", "befolkning.csv", "dream.csv",
            "lpr.csv", "regnskab.csv", "maalinger.xlsx");
    /** Sums of doubles are written to 12 significant digits: a change of summation order is no change of the engine. */
    private static final MathContext DIGITS = new MathContext(12);

    @TempDir
    Path tmp;

    @Test
    void theResultsOfThisEngineVersionAreThePinnedOnes() throws Exception {
        StringBuilder text = new StringBuilder();
        for (Class<?> golden : GOLDEN) {
            for (Method m : testMethods(golden)) {
                Path dir = Files.createDirectories(tmp.resolve(golden.getSimpleName() + "." + m.getName()));
                runGoldenTest(golden, m, dir);
                for (Path ws : workspacesUnder(dir)) {
                    text.append("# ").append(golden.getSimpleName()).append('.').append(m.getName()).append(' ')
                            .append(dir.relativize(ws)).append('\n');
                    append(text, ws, false);
                }
            }
        }
        text.append("# samples/small\n");
        append(text, importSample(tmp.resolve("sample")), true);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "engine-results.txt"), text, StandardCharsets.UTF_8);

        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        Map<Integer, String> pinned = pinned();
        int version = FigureService.ENGINE_VERSION;
        int newest = pinned.keySet().stream().max(Integer::compare).orElse(0);
        assertEquals(newest, version, "ENGINE_VERSION is " + version + " but " + PINNED + " pins up to version " + newest
                + ": the version only ever goes up, one line per version");
        String expected = pinned.get(version);
        assertNotNull(expected, "no digest pinned for ENGINE_VERSION " + version + ": add the line " + version + ";"
                + digest + " to " + PINNED);
        if (!expected.equals(digest)) {
            fail("the engine's results changed: raise ENGINE_VERSION to " + (version + 1) + " and pin the new digest (add "
                    + "the line " + (version + 1) + ";" + digest + " to " + PINNED + "). The results are in "
                    + "target/engine-results.txt; an intended change also changes the golden tests' expected values.");
        }
    }

    /** The test methods of a golden test class, by name (a fixed order). */
    private static List<Method> testMethods(Class<?> golden) {
        List<Method> out = new ArrayList<>();
        for (Method m : golden.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class) && m.getParameterCount() == 0) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Method::getName));
        assertFalse(out.isEmpty(), golden + " has no golden tests");
        return out;
    }

    /** Runs one golden test with its temporary folder at {@code dir}: it writes its fixtures there (and checks them). */
    private static void runGoldenTest(Class<?> golden, Method m, Path dir) throws Exception {
        var constructor = golden.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object test = constructor.newInstance();
        for (Field f : golden.getDeclaredFields()) {
            if (f.isAnnotationPresent(TempDir.class)) {
                f.setAccessible(true);
                f.set(test, dir);
            }
        }
        m.setAccessible(true);
        m.invoke(test);
    }

    private static List<Path> workspacesUnder(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> Files.isDirectory(p) && Workspace.exists(p)).sorted().toList();
        }
    }

    private static Path importSample(Path dir) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);
        try (Workspace ws = Workspace.create(dir)) {
            ImportService importer = new ImportService(ws, FigureAssertions.reference(), clock);
            for (String f : SAMPLE_FILES) {
                importer.importFile(Path.of("..", "samples", "small", f), ImportOptions.defaults(), ProgressListener.NONE,
                        new CancellationToken());
            }
        }
        return dir;
    }

    /**
     * The results under the workspace's saved settings and under the other choice of every rule: all
     * at once, or ({@code eachRule}) each rule on its own, which takes longer.
     */
    private static void append(StringBuilder text, Path dir, boolean eachRule) {
        try (Workspace ws = Workspace.open(dir)) {
            WorkspaceSettings saved = WorkspaceSettings.load(ws);
            List<WorkspaceSettings> variants = new ArrayList<>(List.of(saved));
            variants.addAll(eachRule ? eachAlternative(saved) : List.of(allAlternatives(saved)));
            FigureService service = new FigureService(FigureAssertions.reference());
            // What the golden test computed is kept in the workspace: compute afresh.
            service.clearCache(ws);
            for (WorkspaceSettings s : variants.stream().distinct().toList()) {
                text.append("## ").append(s.staircaseRules()).append(' ').append(s.nt121Variant()).append(' ')
                        .append(s.wellbeingMeasurement()).append(' ').append(s.targetGroups()).append('\n');
                append(text, service.compute(ws, s, ProgressListener.NONE, new CancellationToken()));
            }
        }
    }

    private static <E extends Enum<E>> E other(E value) {
        E[] all = value.getDeclaringClass().getEnumConstants();
        return all[(value.ordinal() + 1) % all.length];
    }

    private static WorkspaceSettings allAlternatives(WorkspaceSettings saved) {
        StaircaseRules r = saved.staircaseRules();
        return new WorkspaceSettings(saved.targetGroups(), saved.discretionThreshold(), other(saved.nt121Variant()),
                new StaircaseRules(other(r.tie()), other(r.nt8()), other(r.deaths()), other(r.kommuneChange())),
                other(saved.wellbeingMeasurement()));
    }

    private static List<WorkspaceSettings> eachAlternative(WorkspaceSettings saved) {
        StaircaseRules r = saved.staircaseRules();
        return List.of(
                saved.withStaircaseRules(new StaircaseRules(other(r.tie()), r.nt8(), r.deaths(), r.kommuneChange())),
                saved.withStaircaseRules(new StaircaseRules(r.tie(), other(r.nt8()), r.deaths(), r.kommuneChange())),
                saved.withStaircaseRules(new StaircaseRules(r.tie(), r.nt8(), other(r.deaths()), r.kommuneChange())),
                saved.withStaircaseRules(new StaircaseRules(r.tie(), r.nt8(), r.deaths(), other(r.kommuneChange()))),
                new WorkspaceSettings(saved.targetGroups(), saved.discretionThreshold(), other(saved.nt121Variant()),
                        r, saved.wellbeingMeasurement()),
                saved.withWellbeingMeasurement(other(saved.wellbeingMeasurement())));
    }

    /** Everything a result holds (what the cache keeps, bar the data version), one line per kommune and date. */
    private static void append(StringBuilder text, FigureResult r) {
        List<java.time.LocalDate> dates = r.dates();
        text.append("latest ").append(r.latestDataDate().map(Object::toString).orElse("-")).append(" dates ")
                .append(dates).append('\n');
        int[] codes = r.codes();
        int[] counts = r.counts();
        long[] adults = r.adultsArray();
        int perDate = dates.isEmpty() ? 0 : counts.length / (codes.length * dates.size());
        for (int k = 0; k < codes.length; k++) {
            for (int d = 0; d < dates.size(); d++) {
                int at = k * dates.size() + d;
                int[] cells = Arrays.copyOfRange(counts, at * perDate, (at + 1) * perDate);
                if (Arrays.stream(cells).allMatch(c -> c == 0) && adults[at] < 0) {
                    continue;
                }
                text.append(codes[k]).append(' ').append(dates.get(d)).append(" adults ").append(adults[at])
                        .append(" counts ").append(Arrays.toString(cells)).append('\n');
            }
        }
        ExtraSums extra = r.extra();
        for (Source s : Source.values()) {
            for (int d = 0; d < extra.dates(); d++) {
                text.append(s).append(' ').append(dates.get(d)).append(' ')
                        .append(extra.defined(s, d) ? "defined" : String.valueOf(extra.absent(s, d))).append('\n');
            }
        }
        double[] sums = extra.sums();
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] != 0) {
                text.append("sum ").append(i).append(' ')
                        .append(new BigDecimal(sums[i]).round(DIGITS).stripTrailingZeros().toPlainString()).append('\n');
            }
        }
    }

    /** The pinned digests by engine version. */
    private static Map<Integer, String> pinned() throws IOException {
        Map<Integer, String> out = new TreeMap<>();
        try (InputStream in = EngineVersionTest.class.getResourceAsStream(PINNED)) {
            assertNotNull(in, PINNED + " is missing from the test resources");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";");
                out.put(Integer.parseInt(parts[0].strip()), parts[1].strip());
            }
        }
        return out;
    }
}
