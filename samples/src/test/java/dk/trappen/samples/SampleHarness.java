package dk.trappen.samples;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.reference.ReferenceLoader;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Manual harness, not a test: generates one scale and prints timings, row counts and sizes.
 * {@code java -cp ... dk.trappen.samples.SampleHarness national /tmp/national [seed] [until] [variant]}
 */
public final class SampleHarness {

    private SampleHarness() {
    }

    public static void main(String[] args) throws Exception {
        SampleScale scale = SampleScale.parse(args.length > 0 ? args[0] : "small");
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/trappen-sample");
        SampleOptions options = SampleOptions.defaults().withScale(scale);
        if (args.length > 2) {
            options = options.withSeed(Long.parseLong(args[2]));
        }
        if (args.length > 3) {
            options = options.withUntil(LocalDate.parse(args[3]));
        }
        if (args.length > 4) {
            options = options.withVariant(SampleVariant.parse(args[4]));
        }
        Path refDir = Path.of(System.getProperty("trappen.reference.dir", "../resources"));
        long t0 = System.nanoTime();
        SampleReport report = new SampleGenerator().generate(ReferenceLoader.fromDirectory(refDir), options, out,
                (done, total, msg) -> System.err.printf("[%d/%d] %s%n", done, total, msg), new CancellationToken());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (SampleReport.FileEntry e : report.files()) {
            System.out.printf("%-16s %,12d rows %,15d bytes%n", e.name(), e.rows(), e.bytes());
        }
        System.out.printf("total %,d bytes in %,d ms (scale %s, seed %d)%n", report.totalBytes(), ms,
                scale.cliName(), options.seed());
    }
}
