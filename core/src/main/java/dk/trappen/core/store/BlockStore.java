package dk.trappen.core.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A table of blocks, {@code (import_id, block_no, row_count, data)}, of one {@link BlockLayout}: the
 * one code that writes, lists, reads, hashes and counts the blocks of {@link SpellStore},
 * {@link DreamStore} and {@link LprStore}, and the one place that knows a block's bytes. Each register
 * gives its layout and {@code view}, which turns a decoded block into the register's own block type.
 * The migrations that first wrote these tables keep their own frozen copy of the format instead
 * (see {@code migration.FormatOneBlocks}).
 *
 * @param <V> the register's view of a decoded block
 */
public final class BlockStore<V> {

    private final BlockLayout layout;
    private final Function<BlockData, V> view;

    BlockStore(BlockLayout layout, Function<BlockData, V> view) {
        this.layout = layout;
        this.view = view;
    }

    /** Reads a register's row {@code i} of a block (of an import) as a record. */
    @FunctionalInterface
    interface RowOf<V, R> {
        R row(V block, long importId, int i);
    }

    /**
     * Writes the rows as blocks of up to {@code blockRows} rows, numbered after the import's blocks so
     * far, in the caller's transaction.
     */
    void append(Connection c, long importId, BlockRows rows, int blockRows) throws SQLException {
        int next;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(block_no) + 1, 0) FROM " + layout.table + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getInt(1);
            }
        }
        byte[] dictionary = dictionary(rows.dictionary());
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + layout.table + " (import_id, block_no, row_count, data) VALUES (?, ?, ?, ?)")) {
            int codeFrom = 0;
            for (int from = 0; from < rows.size(); from += blockRows) {
                int to = Math.min(rows.size(), from + blockRows);
                int codeTo = codeFrom;
                if (layout.weeks >= 0) {
                    long[] weeks = (long[]) rows.column(layout.weeks);
                    for (int i = from; i < to; i++) {
                        codeTo += Long.bitCount(weeks[i]);
                    }
                }
                insert.setLong(1, importId);
                insert.setInt(2, next++);
                insert.setInt(3, to - from);
                insert.setBytes(4, encode(rows, dictionary, from, to, codeFrom, codeTo));
                insert.executeUpdate();
                codeFrom = codeTo;
            }
        }
    }

    /** Rows [from, to) as one block's bytes; their week codes are [codeFrom, codeTo). */
    private byte[] encode(BlockRows rows, byte[] dictionary, int from, int to, int codeFrom, int codeTo) {
        int n = to - from;
        int codes = codeTo - codeFrom;
        ByteBuffer b = ByteBuffer.allocate(8 + dictionary.length + n * layout.rowWidth
                + (layout.weeks < 0 ? 0 : 4 + 2 * codes));
        b.putInt(layout.format).putInt(n).put(dictionary);
        // Each column as a bulk copy that leaves the position, then moved past.
        for (int column = 0; column < layout.kinds.size(); column++) {
            Object values = rows.column(column);
            int width = layout.kinds.get(column).width;
            switch (width) {
                case 1:
                    b.put(b.position(), (byte[]) values, from, n);
                    break;
                case 2:
                    b.asShortBuffer().put((short[]) values, from, n);
                    break;
                case 4:
                    b.asIntBuffer().put((int[]) values, from, n);
                    break;
                default:
                    b.asLongBuffer().put((long[]) values, from, n);
                    break;
            }
            b.position(b.position() + width * n);
        }
        if (layout.weeks >= 0) {
            b.putInt(codes);
            b.asCharBuffer().put(rows.weekCodes(), codeFrom, codes);
        }
        // Issue 15: a block's CRC32C checksum is written here, and checked in decode.
        return b.array();
    }

    /** A dictionary as bytes: its size, then each text as a length and UTF-8. */
    private static byte[] dictionary(List<String> dictionary) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(dictionary.size());
            for (String s : dictionary) {
                byte[] utf = s.getBytes(StandardCharsets.UTF_8);
                out.writeShort(utf.length);
                out.write(utf);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
    }

    /**
     * Reads what {@link #encode} wrote. Every length and count read from the block is checked
     * against the block's row count (kept in its own column) and the bytes left before an array
     * is made from it, so damaged bytes give {@link DamagedBlock}, never a huge allocation.
     */
    private BlockData decode(byte[] bytes, BlockRef ref) {
        try {
            return decodeBounded(ByteBuffer.wrap(bytes), ref);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new DamagedBlock(layout.table, ref, "ends early");
        }
    }

    private BlockData decodeBounded(ByteBuffer b, BlockRef ref) {
        // Issue 15: a checksum over the block's bytes is to be checked here first.
        int format = b.getInt();
        if (format != layout.format) {
            throw new DamagedBlock(layout.table, ref, "format " + format);
        }
        int n = b.getInt();
        if (n != ref.rows() || n < 0) {
            throw new DamagedBlock(layout.table, ref, n + " rows, " + ref.rows() + " recorded");
        }
        int words = b.getInt();
        if (words < 0 || words > b.remaining() / 2) { // each entry takes at least its 2-byte length
            throw new DamagedBlock(layout.table, ref, "dictionary of " + words);
        }
        String[] dictionary = new String[words];
        for (int i = 0; i < dictionary.length; i++) {
            int length = b.getShort() & 0xffff;
            if (length > b.remaining()) {
                throw new DamagedBlock(layout.table, ref, "text of " + length + " bytes");
            }
            byte[] utf = new byte[length];
            b.get(utf);
            dictionary[i] = new String(utf, StandardCharsets.UTF_8);
        }
        if ((long) n * layout.rowWidth > b.remaining()) {
            throw new DamagedBlock(layout.table, ref, "columns of " + n + " rows");
        }
        Object[] columns = new Object[layout.kinds.size()];
        for (int column = 0; column < columns.length; column++) {
            int width = layout.kinds.get(column).width;
            switch (width) {
                case 1:
                    byte[] flags = new byte[n];
                    b.get(b.position(), flags);
                    columns[column] = flags;
                    break;
                case 2:
                    short[] shorts = new short[n];
                    b.asShortBuffer().get(shorts);
                    columns[column] = shorts;
                    break;
                case 4:
                    int[] ints = new int[n];
                    b.asIntBuffer().get(ints);
                    columns[column] = ints;
                    break;
                default:
                    long[] longs = new long[n];
                    b.asLongBuffer().get(longs);
                    columns[column] = longs;
                    break;
            }
            b.position(b.position() + width * n);
        }
        char[] weekCodes = null;
        if (layout.weeks >= 0) {
            int codes = b.getInt();
            if (codes < 0 || codes > b.remaining() / 2) {
                throw new DamagedBlock(layout.table, ref, codes + " week codes");
            }
            weekCodes = new char[codes];
            b.asCharBuffer().get(weekCodes);
        }
        return new BlockData(n, dictionary, columns, weekCodes);
    }

    /** Every block, in import and block order. */
    public List<BlockRef> blocks(Connection c) throws SQLException {
        List<BlockRef> refs = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT import_id, block_no, row_count FROM " + layout.table + " ORDER BY import_id, block_no")) {
            while (rs.next()) {
                refs.add(new BlockRef(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return refs;
    }

    /** One block, decoded, as the register's view. */
    public V read(Connection c, BlockRef ref) throws SQLException {
        return view.apply(data(c, ref));
    }

    private BlockData data(Connection c, BlockRef ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data FROM " + layout.table + " WHERE import_id = ? AND block_no = ?")) {
            ps.setLong(1, ref.importId());
            ps.setInt(2, ref.blockNo());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException(layout.table + " block " + ref + " is gone");
                }
                return decode(rs.getBytes(1), ref);
            }
        }
    }

    /** The fingerprints of every stored row, in stored order (to skip rows a new import repeats). */
    public long[] hashes(Connection c) throws SQLException {
        if (layout.hash < 0) {
            throw new IllegalStateException(layout.name + " blocks hold no fingerprints");
        }
        List<BlockRef> refs = blocks(c);
        long[] all = new long[refs.stream().mapToInt(BlockRef::rows).sum()];
        int at = 0;
        for (BlockRef ref : refs) {
            BlockData b = data(c, ref);
            System.arraycopy(b.longs(layout.hash), 0, all, at, b.size);
            at += b.size;
        }
        return all;
    }

    /** The number of stored rows. */
    public long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(row_count), 0) FROM " + layout.table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row as a record, in stored order: for checks and small fixtures, not for bulk work. */
    <R> List<R> rows(Connection c, RowOf<V, R> row) throws SQLException {
        List<R> out = new ArrayList<>();
        for (BlockRef ref : blocks(c)) {
            V block = read(c, ref);
            for (int i = 0; i < ref.rows(); i++) {
                out.add(row.row(block, ref.importId(), i));
            }
        }
        return out;
    }

    /** Removes every block. */
    void clear(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + layout.table);
        }
    }

    /** Records grouped by import, imports in ascending order, each group in the given order. */
    static <R> Map<Long, List<R>> byImport(List<R> rows, ToLongFunction<R> importOf) {
        Map<Long, List<R>> groups = new TreeMap<>();
        for (R r : rows) {
            groups.computeIfAbsent(importOf.applyAsLong(r), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    // In a session: what code outside store calls.

    /** Every block, in import and block order. */
    public List<BlockRef> blocks(Session s) {
        return SqlWork.call(s, c -> blocks(c));
    }

    /** One block, decoded into the register's view. */
    public V read(Session s, BlockRef ref) {
        return SqlWork.call(s, c -> read(c, ref));
    }

    /** The fingerprints of every stored row (to skip rows a new import repeats). */
    public long[] hashes(Session s) {
        return SqlWork.call(s, c -> hashes(c));
    }

    /** The number of stored rows. */
    public long count(Session s) {
        return SqlWork.call(s, c -> count(c));
    }
}
