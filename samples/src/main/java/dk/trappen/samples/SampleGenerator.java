package dk.trappen.samples;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Ydelse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a deterministic synthetic extract of every input type Trappen reads: the same
 * reference data, options and seed give byte-identical files. Persons are generated kommune by
 * kommune and streamed to the per-person files; the yearly accounts, population and workbook
 * are written at the end from small aggregates.
 */
public final class SampleGenerator {

    public static final String YDELSER = "ydelser.csv";
    public static final String DOEDE = "doede.csv";
    public static final String BEFOLKNING = "befolkning.csv";
    public static final String DREAM = "dream.csv";
    public static final String LPR = "lpr.csv";
    public static final String REGNSKAB = "regnskab.csv";
    public static final String MAALINGER = "maalinger.xlsx";
    /** The files of a run, in report order. */
    public static final List<String> FILES = List.of(YDELSER, DOEDE, BEFOLKNING, DREAM, LPR, REGNSKAB, MAALINGER);

    /** First year of the accounts: the first cut date's year. */
    static final int FIRST_ACCOUNT_YEAR = 2017;
    private static final long SALT_ENTRANTS = 0x454E_5452L;

    public SampleReport generate(ReferenceData ref, SampleOptions options, Path outDir, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        Files.createDirectories(outDir);
        try {
            return run(ref, options, outDir, progress == null ? ProgressListener.NONE : progress,
                    cancel == null ? new CancellationToken() : cancel);
        } catch (IOException | RuntimeException e) {
            // Never leave a half-written sample behind (cancelled or failed).
            for (String f : FILES) {
                Files.deleteIfExists(outDir.resolve(f));
            }
            throw e;
        }
    }

    private SampleReport run(ReferenceData ref, SampleOptions options, Path outDir, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        long seed = options.seed();
        ScaleSetup setup = ScaleSetup.of(options.scale(), ref, PopulationTable.load());
        Periods periods = new Periods(options.until());
        Codes codes = Codes.of(ref);
        DreamWeeks weeks = new DreamWeeks(periods);
        TargetSimulator targets = new TargetSimulator(setup, periods, codes, seed);
        OtherGroupSimulator others = new OtherGroupSimulator(setup, periods, codes, seed);
        LprSimulator lpr = new LprSimulator(periods, seed);
        DreamSimulator dream = new DreamSimulator(weeks, new DreamModel(ref), seed);
        WellbeingSimulator wellbeing = new WellbeingSimulator(periods, codes, setup.measuring, indsatsTexts(ref), seed);
        int lastYear = lastAccountYear(options.until());
        UserDays users = new UserDays(setup, FIRST_ACCOUNT_YEAR, lastYear, periods.until());
        List<Measurement> measurements = new ArrayList<>();
        Cpr cpr = new Cpr();
        int dreamFrom = periods.cut(periods.firstPopulationPeriod());

        long steps = setup.kommuner.size() + 3L;
        long step = 0;
        Map<String, Long> rows = new HashMap<>();
        try (RecordWriters out = new RecordWriters(outDir, options.variant(), weeks)) {
            PersonSink sink = p -> {
                if (p.spells.isEmpty()) {
                    return;
                }
                out.spells(p);
                out.death(p, periods.until());
                out.contacts(p, lpr.contacts(p));
                if (p.target && activeSince(p, dreamFrom) && dream.inExtract(p)) {
                    out.dream(p, dream);
                }
                wellbeing.measure(p, measurements);
                users.add(p);
            };
            for (Kommune k : setup.kommuner) {
                cancel.check();
                progress.progress(step++, steps, "Danner syntetiske borgere i " + k.name() + " (" + k.codeText() + ")");
                generateKommune(k, setup, periods, targets, others, cpr, seed, sink, cancel);
            }
            rows.put(YDELSER, out.ydelser.rows());
            rows.put(DOEDE, out.doede.rows());
            rows.put(LPR, out.lpr.rows());
            rows.put(DREAM, out.dream.rows());
        }
        cancel.check();
        progress.progress(step++, steps, "Skriver " + BEFOLKNING);
        rows.put(BEFOLKNING, BefolkningWriter.write(outDir.resolve(BEFOLKNING), options.variant(), setup, periods));
        progress.progress(step++, steps, "Skriver " + REGNSKAB);
        rows.put(REGNSKAB, RegnskabWriter.write(outDir.resolve(REGNSKAB), options.variant(), ref, setup, users,
                FIRST_ACCOUNT_YEAR, lastYear, seed));
        cancel.check();
        progress.progress(step++, steps, "Skriver " + MAALINGER);
        rows.put(MAALINGER, MaalingerWriter.write(outDir.resolve(MAALINGER), options.variant(), measurements));
        progress.progress(steps, steps, "Syntetiske data er skrevet til " + outDir);

        List<SampleReport.FileEntry> entries = new ArrayList<>();
        for (String f : FILES) {
            entries.add(new SampleReport.FileEntry(f, rows.get(f), Files.size(outDir.resolve(f))));
        }
        return new SampleReport(entries);
    }

    @FunctionalInterface
    private interface PersonSink {
        void accept(Person p) throws IOException;
    }

    private static void generateKommune(Kommune k, ScaleSetup setup, Periods periods, TargetSimulator targets,
            OtherGroupSimulator others, Cpr cpr, long seed, PersonSink sink, CancellationToken cancel)
            throws IOException {
        KommuneProfile profile = KommuneProfile.of(seed, k.code());
        double stock = StaircaseModel.PREVALENCE_PER_1000 / 1000 * setup.scaledAdults(k.code()) * profile.prevalence();
        int initial = (int) Math.round(stock);
        for (int i = 0; i < initial; i++) {
            sink.accept(targets.simulate(profile, -1, i, cpr));
        }
        for (int h = 0; h < periods.count(); h++) {
            cancel.check();
            int from = periods.start(h);
            double covered = Math.min(1.0, (periods.until() - from + 1.0) / periods.length(h));
            double growth = 1 + StaircaseModel.ENTRY_GROWTH_PER_YEAR * (Periods.yearOf(from) - 2014);
            double expected = stock * StaircaseModel.ENTRY_RATE * growth * covered;
            int n = (int) Math.floor(expected + Rng.of(seed, SALT_ENTRANTS, k.code(), h).nextDouble());
            for (int i = 0; i < n; i++) {
                sink.accept(targets.simulate(profile, h, i, cpr));
            }
        }
        int otherCount = OtherGroupSimulator.count(setup, k.code());
        for (int i = 0; i < otherCount; i++) {
            sink.accept(others.simulate(k.code(), i, cpr));
        }
    }

    /** Whether the person has a spell that runs on or after the day (the DREAM extract's population). */
    private static boolean activeSince(Person p, int day) {
        for (Spell s : p.spells) {
            if (s.ongoing() || s.end() >= day) {
                return true;
            }
        }
        return false;
    }

    /** The last year whose 31 December is on or before until. */
    static int lastAccountYear(LocalDate until) {
        return until.getMonthValue() == 12 && until.getDayOfMonth() == 31 ? until.getYear() : until.getYear() - 1;
    }

    /** INDSATS texts of the workbook: the law without "SEL ", e.g. "§85", "§82b". */
    private static Map<String, String> indsatsTexts(ReferenceData ref) {
        Map<String, String> m = new HashMap<>();
        for (Ydelse y : ref.ydelser()) {
            if (y.law() != null) {
                m.put(y.code(), y.law().replace("SEL ", ""));
            }
        }
        return m;
    }
}
