package dk.trappen.core.store.migration;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Block format 1, frozen as the migrations V6–V8 wrote it: a block is the format number, the row
 * count, a dictionary of texts (its size, then each as a 16-bit length and UTF-8), then each column
 * whole, big-endian. The stores' format may change (issue 15 adds a checksum per block); what an old
 * migration writes must not, so the migrations use this copy and never the stores. Do not edit it to
 * follow the stores; {@code BlockFormatTest} pins the same bytes for the stores.
 */
final class FormatOneBlocks {

    static final int FORMAT = 1;
    /** Rows per block. */
    static final int BLOCK_ROWS = 1 << 16;

    private FormatOneBlocks() {
    }

    /** Texts coded as their index in order of first use; null as -1. */
    private static final class Dictionary {
        private final List<String> texts = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final int max;

        private Dictionary(int max) {
            this.max = max;
        }

        private int code(String text) {
            if (text == null) {
                return -1;
            }
            Integer i = index.get(text);
            if (i == null) {
                if (texts.size() == max) {
                    throw new IllegalStateException("more than " + max + " codes in a block");
                }
                i = texts.size();
                index.put(text, i);
                texts.add(text);
            }
            return i;
        }

        private void write(DataOutputStream out) throws IOException {
            out.writeInt(texts.size());
            for (String s : texts) {
                byte[] utf = s.getBytes(StandardCharsets.UTF_8);
                out.writeShort(utf.length);
                out.write(utf);
            }
        }
    }

    /** One block's columns as they are written, row by row, each to its own stream. */
    static final class Block {
        private final Dictionary dictionary;
        private final ByteArrayOutputStream[] bytes;
        private final DataOutputStream[] columns;
        private int rows;

        private Block(int columnCount, Dictionary dictionary) {
            this.dictionary = dictionary;
            bytes = new ByteArrayOutputStream[columnCount];
            columns = new DataOutputStream[columnCount];
            for (int i = 0; i < columnCount; i++) {
                bytes[i] = new ByteArrayOutputStream();
                columns[i] = new DataOutputStream(bytes[i]);
            }
        }

        /** Appends a value of {@code width} bytes (1, 2, 4 or 8) to column {@code i}. */
        void put(int i, int width, long value) {
            try {
                switch (width) {
                    case 1:
                        columns[i].writeByte((int) value);
                        break;
                    case 2:
                        columns[i].writeShort((int) value);
                        break;
                    case 4:
                        columns[i].writeInt((int) value);
                        break;
                    default:
                        columns[i].writeLong(value);
                        break;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // byte array streams do not fail
            }
        }

        /** A text's index in the block's dictionary (added when new), -1 for null. */
        int code(String text) {
            return dictionary.code(text);
        }

        /** Counts a row whose columns are written. */
        void endRow() {
            rows++;
        }

        /**
         * The block's bytes; {@code countedLast}: the last column is a list of 16-bit values led by its
         * count (the DREAM week codes) rather than one value a row.
         */
        private byte[] bytes(boolean countedLast) {
            try {
                ByteArrayOutputStream block = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(block);
                out.writeInt(FORMAT);
                out.writeInt(rows);
                dictionary.write(out);
                for (int i = 0; i < bytes.length; i++) {
                    if (countedLast && i == bytes.length - 1) {
                        out.writeInt(bytes[i].size() / 2);
                    }
                    bytes[i].writeTo(out);
                }
                return block.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // byte array streams do not fail
            }
        }
    }

    /**
     * Writes rows given in import order as blocks of an import, numbered from 0: a block is written
     * when full or when the import changes; with {@code dictionaryPerImport} an import's blocks share
     * one dictionary (each holds all of it) and are written when the import ends.
     */
    static final class Writer {
        private final Connection c;
        private final String table;
        private final int columns;
        private final int maxCodes;
        private final int blockRows;
        private final boolean dictionaryPerImport;
        private final boolean countedLast;
        private final List<Block> pending = new ArrayList<>();
        private long importId;
        private int blockNo;

        /** {@code table}: one of the schema's block tables (a constant). */
        Writer(Connection c, String table, int columns, int maxCodes, int blockRows, boolean dictionaryPerImport,
                boolean countedLast) {
            this.c = c;
            this.table = table;
            this.columns = columns;
            this.maxCodes = maxCodes;
            this.blockRows = blockRows;
            this.dictionaryPerImport = dictionaryPerImport;
            this.countedLast = countedLast;
        }

        /** The block the next row of {@code id} goes in: {@link Block#put} its columns, then {@link Block#endRow}. */
        Block row(long id) throws SQLException {
            if (id != importId) {
                flush();
                importId = id;
                blockNo = 0;
            }
            Block last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (last == null || last.rows == blockRows) {
                if (last != null && !dictionaryPerImport) {
                    flush();
                }
                last = new Block(columns, pending.isEmpty() ? new Dictionary(maxCodes) : pending.get(0).dictionary);
                pending.add(last);
            }
            return last;
        }

        /** Writes what is left. */
        void finish() throws SQLException {
            flush();
        }

        private void flush() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (import_id, block_no, row_count, data) VALUES (?, ?, ?, ?)")) {
                for (Block b : pending) {
                    ps.setLong(1, importId);
                    ps.setInt(2, blockNo++);
                    ps.setInt(3, b.rows);
                    ps.setBytes(4, b.bytes(countedLast));
                    ps.executeUpdate();
                }
            }
            pending.clear();
        }
    }
}
