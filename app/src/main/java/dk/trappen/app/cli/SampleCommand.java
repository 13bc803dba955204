package dk.trappen.app.cli;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.samples.SampleGenerator;
import dk.trappen.samples.SampleOptions;
import dk.trappen.samples.SampleReport;
import dk.trappen.samples.SampleScale;
import dk.trappen.samples.SampleVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trappen sample}: writes a deterministic synthetic extract of every input type. */
@Command(name = "sample", mixinStandardHelpOptions = true, resourceBundle = CliTexts.BUNDLE)
public final class SampleCommand implements Callable<Integer> {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "sample.option.out")
    Path out;

    @Option(names = "--scale", paramLabel = "small|kommune|national", defaultValue = "small",
            descriptionKey = "sample.option.scale")
    String scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "sample.option.seed")
    long seed;

    @Option(names = "--until", paramLabel = "DATE", defaultValue = "2025-12-31", converter = DateConverter.class,
            descriptionKey = "sample.option.until")
    LocalDate until;

    @Option(names = "--variant", paramLabel = "utf8|cp1252", defaultValue = "utf8",
            descriptionKey = "sample.option.variant")
    String variant;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SampleOptions options;
        try {
            options = new SampleOptions(SampleScale.parse(scale), seed, until, SampleVariant.parse(variant));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return Cli.USAGE;
        }
        String dir = System.getProperty("trappen.reference.dir");
        ReferenceData ref = ReferenceLoader.load(dir == null ? null : Path.of(dir));
        SampleReport report;
        try {
            report = new SampleGenerator().generate(ref, options, out, ProgressListener.NONE, new CancellationToken());
        } catch (IOException e) {
            err.println(CliTexts.get("msg.sample.cannotWrite", out, e.getMessage()));
            err.flush();
            return Cli.FAILED;
        }
        PrintWriter o = spec.commandLine().getOut();
        for (SampleReport.FileEntry f : report.files()) {
            o.println(CliTexts.get("msg.sample.file", String.format("%-15s", f.name()),
                    String.format(DANISH, "%,11d", f.rows()), String.format(DANISH, "%,15d", f.bytes())));
        }
        o.flush();
        return Cli.OK;
    }
}
