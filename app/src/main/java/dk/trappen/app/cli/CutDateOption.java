package dk.trappen.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --cut DATE}, shared by the commands that write one cut date (export, factsheet). */
final class CutDateOption {

    // The description is looked up by picocli as "cut" (or "trappen.<command>.cut") in usage.properties.
    @Option(names = "--cut", paramLabel = "DATE", converter = DateConverter.CutDate.class)
    private LocalDate cut;

    /** The chosen cut date, or empty for the latest in the data. */
    Optional<LocalDate> date() {
        return Optional.ofNullable(cut);
    }
}
