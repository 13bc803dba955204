package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file read with Commons CSV: the delimiter is detected from the header line
 * among ';' ',' TAB '|'; the encoding comes from {@link FileProbe}.
 */
final class DelimitedTable implements SourceTable, Closeable {

    static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final char delimiter;

    private DelimitedTable(String fileName, CSVParser parser, List<String> header, char delimiter) {
        this.fileName = fileName;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.delimiter = delimiter;
    }

    /**
     * Opens the file; {@code bytesRead} hears how far the reading has come (for progress).
     */
    static DelimitedTable open(Path file, Charset charset, int bomLength, LongConsumer bytesRead) throws IOException {
        String name = file.getFileName().toString();
        InputStream raw = new CountingInputStream(Files.newInputStream(file), bytesRead);
        boolean ok = false;
        try {
            raw.skipNBytes(bomLength);
            BufferedReader reader = new BufferedReader(new InputStreamReader(raw, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            reader.mark(1 << 20);
            String first = firstNonEmptyLine(reader);
            if (first == null) {
                throw new ImportException("import.file.noHeader", name);
            }
            reader.reset();
            char delimiter = detect(first);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            CSVParser parser = format.parse(reader);
            Iterator<CSVRecord> it = parser.iterator();
            List<String> header = new ArrayList<>();
            long headerLine = 1;
            try {
                // Lines of blanks only (which Commons CSV reads as one empty field) are no header.
                CSVRecord headerRecord;
                do {
                    headerLine = parser.getCurrentLineNumber() + 1;
                    if (!it.hasNext()) {
                        throw new ImportException("import.file.noHeader", name);
                    }
                    headerRecord = it.next();
                } while (blank(headerRecord.values()));
                headerRecord.forEach(h -> header.add(h.trim()));
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new ImportException(e, "import.file.undecodable", name);
                }
                throw new ImportException(e, "import.file.brokenQuote", name, headerLine);
            }
            DelimitedTable table = new DelimitedTable(name, parser, header, delimiter);
            ok = true;
            return table;
        } catch (CharacterCodingException e) {
            throw new ImportException(e, "import.file.undecodable", name);
        } catch (UncheckedIOException e) {
            throw new ImportException(e, "import.file.unreadable", name, e.getCause().getMessage());
        } finally {
            if (!ok) {
                raw.close();
            }
        }
    }

    private static String firstNonEmptyLine(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /** The candidate that occurs most often in the header line (outside quotes). */
    static char detect(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int i = 0; i < DELIMITERS.length; i++) {
                    if (c == DELIMITERS[i]) {
                        counts[i]++;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    char delimiter() {
        return delimiter;
    }

    /** A delimiter as a message names it: "semikolon (;)". */
    static String delimiterName(char d) {
        switch (d) {
            case ';':
                return Messages.danish("import.delimiter.semicolon");
            case ',':
                return Messages.danish("import.delimiter.comma");
            case '\t':
                return Messages.danish("import.delimiter.tab");
            default:
                return Messages.danish("import.delimiter.pipe");
        }
    }

    private static boolean blank(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() {
        while (true) {
            long before = parser.getCurrentLineNumber();
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord r = records.next();
                String[] cells = r.values();
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                if (blank(cells)) {
                    continue; // a line of blanks or of delimiters only (";;;", as Excel writes) is an empty line
                }
                return new SourceRow(parser.getCurrentLineNumber(), cells);
            } catch (UncheckedIOException | IllegalStateException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new ImportException(e, "import.file.undecodable", fileName);
                }
                // Commons CSV cannot resynchronise after a broken quote: the file is refused at the
                // line where the broken record starts (the parser has read on to the end of the file).
                throw new ImportException(e, "import.file.brokenQuote", fileName, before + 1);
            }
        }
    }

    @Override
    public String where(SourceRow row) {
        return Messages.danish("import.where.line", row.line());
    }

    @Override
    public String sheet() {
        return null;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts bytes as they are read, for the progress bar. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private final LongConsumer listener;
        private long count;

        CountingInputStream(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                listener.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                listener.accept(count);
            }
            return n;
        }
    }
}
