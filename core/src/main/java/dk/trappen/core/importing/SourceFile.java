package dk.trappen.core.importing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file opened for reading, the same way for a preview and an import: probed, refused when it
 * is empty, binary or undecodable, then read as a delimited text (one table) or a workbook (a
 * table per sheet with a header).
 */
final class SourceFile implements AutoCloseable {

    private final String name;
    private final FileProbe.Result probe;
    private final Closeable reader;
    private final List<SourceTable> tables;
    /** Bytes read so far of a text file; null for a workbook, whose sheets are not read in file order. */
    private final AtomicLong bytesRead;

    private SourceFile(String name, FileProbe.Result probe, Closeable reader, List<SourceTable> tables,
            AtomicLong bytesRead) {
        this.name = name;
        this.probe = probe;
        this.reader = reader;
        this.tables = tables;
        this.bytesRead = bytesRead;
    }

    /**
     * Opens a file; its kind and encoding are judged from the first {@code probeLimit} bytes
     * ({@code Long.MAX_VALUE}: all, which an import needs for the hash of the whole file).
     */
    static SourceFile open(Path file, long probeLimit) {
        String name = file.getFileName().toString();
        try {
            FileProbe.Result probe = FileProbe.probe(file, probeLimit);
            refuseUnreadable(name, probe);
            if (probe.kind() == FileProbe.Kind.XLSX) {
                XlsxTables book = XlsxTables.open(file);
                try {
                    return new SourceFile(name, probe, book, sheets(name, book), null);
                } catch (RuntimeException e) {
                    closeAfterFailure(book, e);
                    throw e;
                }
            }
            AtomicLong bytes = new AtomicLong();
            DelimitedTable table = DelimitedTable.open(file, probe.charset(), probe.bomLength(), bytes::set);
            return new SourceFile(name, probe, table, List.of(table), bytes);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** A file that is empty, binary or in no known encoding is refused before it is parsed. */
    private static void refuseUnreadable(String name, FileProbe.Result probe) {
        switch (probe.kind()) {
            case EMPTY:
                throw new ImportException("import.file.empty", name);
            case BINARY:
                throw new ImportException("import.file.binary", name);
            case UNDECODABLE:
                throw new ImportException("import.file.undecodable", name);
            default:
                break;
        }
    }

    /** A workbook's sheets with a header; none refuses the file. */
    private static List<SourceTable> sheets(String name, XlsxTables book) {
        List<SourceTable> tables = book.tables();
        if (tables.isEmpty()) {
            throw new ImportException("import.file.noHeader", name);
        }
        return tables;
    }

    private static void closeAfterFailure(Closeable c, RuntimeException failure) {
        try {
            c.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static ImportException unreadable(String name, IOException e) {
        return new ImportException(e, "import.file.unreadable", name, e.getMessage());
    }

    /** The file's name, as messages name it. */
    String name() {
        return name;
    }

    FileProbe.Result probe() {
        return probe;
    }

    /** The tables in file order: one for a text file, one a sheet with a header for a workbook. */
    List<SourceTable> tables() {
        return tables;
    }

    /** Whether progress can be told in bytes of the file ({@link #bytesRead()}); else only in rows. */
    boolean countsBytes() {
        return bytesRead != null;
    }

    long bytesRead() {
        return bytesRead == null ? -1 : bytesRead.get();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }
}
