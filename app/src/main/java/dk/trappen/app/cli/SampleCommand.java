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
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trappen sample}: writes a deterministic synthetic extract of every input type. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Danner syntetiske data (ydelser, dødsfald, befolkning, DREAM, LPR, regnskab og målinger) "
                + "til afprøvning. Samme frø giver de samme filer, byte for byte.")
public final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Mappe som filerne skrives til.")
    Path out;

    @Option(names = "--scale", paramLabel = "small|kommune|national", defaultValue = "small",
            description = "Størrelse: small (3 kommuner), kommune (én kommune) eller national (alle 98). Standard: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Frø for tilfældighederne. Standard: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", defaultValue = "2025-12-31",
            description = "Udtræksdato: intet ligger efter den. Standard: ${DEFAULT-VALUE}.")
    String until;

    @Option(names = "--variant", paramLabel = "utf8|cp1252", defaultValue = "utf8",
            description = "Filformat: utf8 (; og ISO-datoer) eller cp1252 (Windows-1252, komma, dd-mm-åååå, CRLF). Standard: ${DEFAULT-VALUE}.")
    String variant;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SampleOptions options;
        try {
            LocalDate untilDate = LocalDate.parse(until);
            options = new SampleOptions(SampleScale.parse(scale), seed, untilDate, SampleVariant.parse(variant));
        } catch (DateTimeParseException e) {
            err.println("Ugyldig dato i --until: '" + until + "' (brug ÅÅÅÅ-MM-DD, fx 2025-12-31)");
            err.flush();
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        String dir = System.getProperty("trappen.reference.dir");
        ReferenceData ref = ReferenceLoader.load(dir == null ? null : Path.of(dir));
        SampleReport report;
        try {
            report = new SampleGenerator().generate(ref, options, out, ProgressListener.NONE, new CancellationToken());
        } catch (IOException e) {
            err.println("Kunne ikke skrive syntetiske data til " + out + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        for (SampleReport.FileEntry f : report.files()) {
            o.println(String.format(Locale.forLanguageTag("da"), "%-15s %,11d rækker %,15d byte", f.name(), f.rows(),
                    f.bytes()));
        }
        o.flush();
        return 0;
    }
}
