package dk.trappen.core.export;

import dk.trappen.core.Messages;
import dk.trappen.core.figures.FigureException;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.io.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures as rows of unit, cut date, figure and value: {@code ;}-separated CSV
 * ({@code kommune;cut_date;figure;value}, the first column named after the level) or JSON, every
 * value as the workspace's discretion shows it. Without discretion the first line says so.
 * NT11–NT20 get a row only where defined (a source the workspace lacks is left out, not 0).
 */
public final class FigureWriter {

    /** The two forms, by the name the command line uses. */
    public enum Format {
        CSV, JSON;

        /** "csv" or "json". */
        public static Optional<Format> parse(String name) {
            for (Format f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final Format format;
    private final Level level;
    private final List<ComparisonUnit> units;
    private final List<LocalDate> dates;
    private final PublishedFigures published;

    /** The rows of {@code units} (all of {@code level}) at {@code dates}, in that order. */
    public FigureWriter(Format format, Level level, List<ComparisonUnit> units, List<LocalDate> dates,
            PublishedFigures published) {
        this.format = format;
        this.level = level;
        this.units = List.copyOf(units);
        this.dates = List.copyOf(dates);
        this.published = published;
    }

    /**
     * Writes UTF-8 to {@code file} through a hidden temporary file, so a failure leaves no half-written
     * file; returns the number of data rows.
     *
     * @throws FigureException when the file cannot be written
     */
    public long write(Path file) {
        long[] rows = new long[1];
        try {
            AtomicFile.write(file, out -> rows[0] = write(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
            throw new FigureException(e, "figures.cannotWrite", file.toAbsolutePath(), e.getMessage());
        }
        return rows[0];
    }

    /** Writes the header and one row per unit, cut date and figure, and flushes; returns the number of data rows. */
    public long write(Writer w) throws IOException {
        BufferedWriter b = w instanceof BufferedWriter ? (BufferedWriter) w : new BufferedWriter(w);
        long rows = format == Format.JSON ? writeJson(b) : writeCsv(b);
        b.flush();
        return rows;
    }

    private long writeCsv(BufferedWriter w) throws IOException {
        if (published.discretion().isOff()) {
            w.write("# " + Discretion.offNotice(Messages.DANISH));
            w.newLine();
        }
        w.write(level.cliName() + ";cut_date;figure;value");
        w.newLine();
        return eachRow((index, unit, d, f, cell) -> {
            w.write(unit.id() + ";" + d + ";");
            w.write(f.id());
            w.write(';');
            w.write(cell.text());
            w.newLine();
        });
    }

    private long writeJson(BufferedWriter w) throws IOException {
        FigureResult result = published.result();
        Discretion discretion = published.discretion();
        // The first line carries the warning when discretion is off; the rows follow one per line.
        w.write('{');
        if (discretion.isOff()) {
            w.write("\"warning\":" + quote(Discretion.offNotice(Messages.DANISH)) + ",");
            w.newLine();
        }
        w.write("\"level\":" + quote(level.cliName()) + ",\"discretion\":" + !discretion.isOff()
                + ",\"threshold\":" + discretion.threshold() + ",\"data_version\":" + result.dataVersion() + ",\"rows\":[");
        w.newLine();
        String key = quote(level.cliName());
        long rows = eachRow((index, unit, d, f, c) -> {
            if (index > 0) {
                w.write(',');
                w.newLine();
            }
            w.write('{' + key + ':' + quote(unit.id()) + ",\"cut_date\":\"" + d + "\",\"figure\":\"" + f.id()
                    + "\",\"value\":" + (c.shown() ? number(c.value().getAsDouble(), f.decimals()) : quote(c.text()))
                    + '}');
        });
        w.newLine();
        w.write("]}");
        w.newLine();
        return rows;
    }

    /** One row of output: its number from 0, the unit, cut date and figure, and the cell as discretion shows it. */
    @FunctionalInterface
    private interface Row {
        void write(long index, ComparisonUnit unit, LocalDate date, FigureId figure, Cell cell) throws IOException;
    }

    /** Every row in order (units, then dates, then figures); returns how many. */
    private long eachRow(Row row) throws IOException {
        List<FigureId> figures = figures(published.result());
        long rows = 0;
        for (ComparisonUnit unit : units) {
            // The workspace's one pattern: the same cell in every output, whatever level or range is asked.
            DisplaySeries shown = published.shown(unit);
            for (LocalDate d : dates) {
                for (FigureId f : figures) {
                    if (written(shown, d, f)) {
                        row.write(rows++, unit, d, f, shown.cell(d, f));
                    }
                }
            }
        }
        return rows;
    }

    /** Whether a figure gets a row at the date: NT11–NT20 only where defined (absent sources are left out). */
    private static boolean written(DisplaySeries shown, LocalDate d, FigureId f) {
        return !f.isExtended() || shown.defined(d, f);
    }

    /** The figures written: NT1–NT10 and the matrix, then NT11–NT20.6. */
    private static List<FigureId> figures(FigureResult result) {
        List<FigureId> all = new ArrayList<>(FigureId.standard(result.rules()));
        all.addAll(FigureId.extended());
        return all;
    }

    /** A JSON number: a count, or a mean/share rounded as the CSV shows it (with a decimal point). */
    static String number(double value, int decimals) {
        return decimals == 0 ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            // Quote, backslash, newline, return and tab by a letter or themselves; other controls by their code.
            int escaped = "\"\\\n\r\t".indexOf(ch);
            if (escaped >= 0) {
                b.append('\\').append("\"\\nrt".charAt(escaped));
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
