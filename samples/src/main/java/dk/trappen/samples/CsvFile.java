package dk.trappen.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A delimited text file in one of the variants: UTF-8 without BOM, {@code ;}, ISO dates and LF;
 * or Windows-1252, {@code ,}, dd-mm-yyyy and CRLF. Characters the charset cannot hold are an
 * error, never a silent '?'. Fields are quoted RFC 4180-style only when needed.
 */
final class CsvFile implements Closeable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final BufferedWriter out;
    private final SampleVariant variant;
    private final char delimiter;
    private final String newline;
    private final Path path;
    private long rows = -1;

    CsvFile(Path path, SampleVariant variant) throws IOException {
        this.path = path;
        this.variant = variant;
        Charset charset = variant == SampleVariant.CP1252 ? WINDOWS_1252 : StandardCharsets.UTF_8;
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path),
                charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.delimiter = variant == SampleVariant.CP1252 ? ',' : ';';
        this.newline = variant == SampleVariant.CP1252 ? "\r\n" : "\n";
    }

    char delimiter() {
        return delimiter;
    }

    /** Writes one row; the first row written is the header and is not counted. */
    void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            field(fields[i]);
        }
        out.write(newline);
        rows++;
    }

    /** Writes a line already joined with {@link #delimiter()} (fields known not to need quotes). */
    void line(CharSequence joined) throws IOException {
        out.append(joined);
        out.write(newline);
        rows++;
    }

    private void field(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    /** A date in the variant's format. */
    String date(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    String date(int y, int m, int d) {
        char[] c = new char[10];
        if (variant == SampleVariant.CP1252) {
            two(c, 0, d);
            c[2] = '-';
            two(c, 3, m);
            c[5] = '-';
            four(c, 6, y);
        } else {
            four(c, 0, y);
            c[4] = '-';
            two(c, 5, m);
            c[7] = '-';
            two(c, 8, d);
        }
        return new String(c);
    }

    /** A timestamp: {@code 2024-12-31T13:45} or {@code 31-12-2024 13:45}. */
    String timestamp(long minutes) {
        int day = (int) Math.floorDiv(minutes, 1440);
        int mod = Math.floorMod(minutes, 1440);
        StringBuilder sb = new StringBuilder(16).append(date(day));
        sb.append(variant == SampleVariant.CP1252 ? ' ' : 'T');
        sb.append((char) ('0' + mod / 600)).append((char) ('0' + mod / 60 % 10)).append(':');
        sb.append((char) ('0' + mod % 60 / 10)).append((char) ('0' + mod % 10));
        return sb.toString();
    }

    /** The register's "no end" date, 31-12-9999. */
    String sentinel() {
        return date(9999, 12, 31);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void four(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 1000);
        c[at + 1] = (char) ('0' + v / 100 % 10);
        c[at + 2] = (char) ('0' + v / 10 % 10);
        c[at + 3] = (char) ('0' + v % 10);
    }

    /** Data rows written so far (the header not counted). */
    long rows() {
        return Math.max(0, rows);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
