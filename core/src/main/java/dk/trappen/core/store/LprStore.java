package dk.trappen.core.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hospital contacts (lpr) of a workspace, kept as blocks of columns like {@link SpellStore}:
 * one row of {@code lpr_block} holds up to {@value #BLOCK_ROWS} contacts of one import. A row per
 * contact made the store most of an lpr import's time and the readmission figures' reading.
 * Timestamps are local date-times held as epoch seconds read as UTC (what the SQL reader computed
 * with {@code DATEDIFF(SECOND, TIMESTAMP '1970-01-01 00:00:00', …)}).
 */
public final class LprStore {

    /** A kommune column left empty. Kommune codes are 1–999. */
    public static final int NO_KOMMUNE = 0;
    /** Contacts per block. */
    public static final int BLOCK_ROWS = 1 << 16;
    private static final int FORMAT = 1;
    private static final BlockTable TABLE = new BlockTable("lpr_block");

    private LprStore() {
    }

    /** One contact as a row, for checks, the migration and small fixtures; the import uses {@link Columns}. */
    public record Contact(long importId, int person, LocalDateTime start, LocalDateTime end, String specialty,
            String diagnosis, String contactType, String priority, Integer bopaelskommune, boolean psychiatric,
            long hash) {
    }

    /** A local date-time as the store keeps it. */
    public static long seconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /** Contacts collected column by column (texts as indexes into one dictionary, -1 for none). */
    public static final class Columns {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> dictionary = new ArrayList<>();
        private int size;
        private int[] person = new int[1024];
        private long[] start = new long[1024];
        private long[] end = new long[1024];
        private int[] specialty = new int[1024];
        private int[] diagnosis = new int[1024];
        private int[] type = new int[1024];
        private int[] priority = new int[1024];
        private short[] home = new short[1024];
        private byte[] psychiatric = new byte[1024];
        private long[] hash = new long[1024];

        public int size() {
            return size;
        }

        /** Adds a contact: times as {@link #seconds}, texts null for none, kommune {@link #NO_KOMMUNE} for none. */
        public void add(int personId, long startSecond, long endSecond, String specialtyText, String diagnosisText,
                String contactType, String priorityText, int bopaelskommune, boolean isPsychiatric, long rowHash) {
            if (size == person.length) {
                grow();
            }
            person[size] = personId;
            start[size] = startSecond;
            end[size] = endSecond;
            specialty[size] = code(specialtyText);
            diagnosis[size] = code(diagnosisText);
            type[size] = code(contactType);
            priority[size] = code(priorityText);
            home[size] = (short) bopaelskommune;
            psychiatric[size] = (byte) (isPsychiatric ? 1 : 0);
            hash[size] = rowHash;
            size++;
        }

        public void add(Contact r) {
            add(r.person(), seconds(r.start()), seconds(r.end()), r.specialty(), r.diagnosis(), r.contactType(),
                    r.priority(), r.bopaelskommune() == null ? NO_KOMMUNE : r.bopaelskommune(), r.psychiatric(),
                    r.hash());
        }

        private int code(String s) {
            if (s == null) {
                return -1;
            }
            Integer c = codes.get(s);
            if (c == null) {
                c = dictionary.size();
                codes.put(s, c);
                dictionary.add(s);
            }
            return c;
        }

        private void grow() {
            int n = person.length * 2;
            person = Arrays.copyOf(person, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            specialty = Arrays.copyOf(specialty, n);
            diagnosis = Arrays.copyOf(diagnosis, n);
            type = Arrays.copyOf(type, n);
            priority = Arrays.copyOf(priority, n);
            home = Arrays.copyOf(home, n);
            psychiatric = Arrays.copyOf(psychiatric, n);
            hash = Arrays.copyOf(hash, n);
        }

        /** Rows [from, to) as one block's bytes. */
        byte[] encode(int from, int to) {
            byte[] dict = BlockCodec.dictionary(dictionary);
            int n = to - from;
            ByteBuffer b = ByteBuffer.allocate(8 + dict.length + n * (4 + 8 + 8 + 4 * 4 + 2 + 1 + 8));
            b.putInt(FORMAT).putInt(n).put(dict);
            b.asIntBuffer().put(person, from, n);
            b.position(b.position() + 4 * n);
            for (long[] column : new long[][] {start, end}) {
                b.asLongBuffer().put(column, from, n);
                b.position(b.position() + 8 * n);
            }
            for (int[] column : new int[][] {specialty, diagnosis, type, priority}) {
                b.asIntBuffer().put(column, from, n);
                b.position(b.position() + 4 * n);
            }
            b.asShortBuffer().put(home, from, n);
            b.position(b.position() + 2 * n);
            b.put(psychiatric, from, n);
            b.asLongBuffer().put(hash, from, n);
            return b.array();
        }
    }

    /** One block decoded: read-only columns, texts resolved through {@link #code(int)}. */
    public static final class Block {
        public final int size;
        public final int[] person;
        public final long[] start;
        public final long[] end;
        public final int[] specialty;
        public final int[] diagnosis;
        public final int[] contactType;
        public final int[] priority;
        public final short[] bopaelskommune;
        public final byte[] psychiatric;
        public final long[] hash;
        private final String[] dictionary;

        private Block(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != FORMAT) {
                throw new IllegalStateException("unknown lpr block format");
            }
            size = b.getInt();
            dictionary = BlockCodec.dictionary(b);
            person = BlockCodec.ints(b, size);
            start = BlockCodec.longs(b, size);
            end = BlockCodec.longs(b, size);
            specialty = BlockCodec.ints(b, size);
            diagnosis = BlockCodec.ints(b, size);
            contactType = BlockCodec.ints(b, size);
            priority = BlockCodec.ints(b, size);
            bopaelskommune = new short[size];
            b.asShortBuffer().get(bopaelskommune);
            b.position(b.position() + 2 * size);
            psychiatric = new byte[size];
            b.get(psychiatric);
            hash = BlockCodec.longs(b, size);
        }

        /** The text of a code ({@code -1}: none). */
        public String code(int index) {
            return index < 0 ? null : dictionary[index];
        }

        Contact row(long importId, int i) {
            return new Contact(importId, person[i], LocalDateTime.ofEpochSecond(start[i], 0, ZoneOffset.UTC),
                    LocalDateTime.ofEpochSecond(end[i], 0, ZoneOffset.UTC), code(specialty[i]), code(diagnosis[i]),
                    code(contactType[i]), code(priority[i]),
                    bopaelskommune[i] == NO_KOMMUNE ? null : (int) bopaelskommune[i], psychiatric[i] != 0, hash[i]);
        }


    }

    /** Writes the contacts as blocks of the import (in the caller's transaction). */
    public static void append(Connection c, long importId, Columns rows) throws SQLException {
        append(c, importId, rows, BLOCK_ROWS);
    }

    /** With a chosen block size, so tests can make small workspaces of many blocks. */
    public static void append(Connection c, long importId, Columns rows, int blockRows) throws SQLException {
        try (BlockTable.Writer out = TABLE.writer(c, importId)) {
            for (int from = 0; from < rows.size; from += blockRows) {
                int to = Math.min(rows.size, from + blockRows);
                out.add(to - from, rows.encode(from, to));
            }
        }
    }

    /** Adds contacts given as rows, as blocks of their imports: for the migration and small fixtures. */
    public static void append(Connection c, List<Contact> rows) throws SQLException {
        Map<Long, Columns> byImport = new TreeMap<>();
        for (Contact r : rows) {
            byImport.computeIfAbsent(r.importId(), k -> new Columns()).add(r);
        }
        for (Map.Entry<Long, Columns> e : byImport.entrySet()) {
            append(c, e.getKey(), e.getValue(), BLOCK_ROWS);
        }
    }

    /** Every block, in import and block order. */
    public static List<BlockRef> blocks(Connection c) throws SQLException {
        return TABLE.refs(c);
    }

    public static Block read(Connection c, BlockRef ref) throws SQLException {
        return new Block(TABLE.data(c, ref));
    }

    /** The fingerprints of every stored contact (to skip rows a new import repeats). */
    public static long[] hashes(Connection c) throws SQLException {
        List<BlockRef> refs = blocks(c);
        long[] all = new long[refs.stream().mapToInt(BlockRef::rows).sum()];
        int at = 0;
        for (BlockRef ref : refs) {
            Block b = read(c, ref);
            System.arraycopy(b.hash, 0, all, at, b.size);
            at += b.size;
        }
        return all;
    }

    /** The number of stored contacts. */
    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }

    /** Every contact as a row, in stored order: for checks and tests, not for bulk work. */
    public static List<Contact> rows(Connection c) throws SQLException {
        List<Contact> out = new ArrayList<>();
        for (BlockRef ref : blocks(c)) {
            Block b = read(c, ref);
            for (int i = 0; i < b.size; i++) {
                out.add(b.row(ref.importId(), i));
            }
        }
        return out;
    }

    // Session forms: what code outside store calls (issue 14); the Connection forms are for this package.

    /** {@link #append(Connection, long, Columns)} in a session. */
    public static void append(Session s, long importId, Columns rows) {
        try {
            append(s.connection(), importId, rows);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #append(Connection, long, Columns, int)} in a session. */
    public static void append(Session s, long importId, Columns rows, int blockRows) {
        try {
            append(s.connection(), importId, rows, blockRows);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #append(Connection, List)} in a session. */
    public static void append(Session s, List<Contact> rows) {
        try {
            append(s.connection(), rows);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #blocks(Connection)} in a session. */
    public static List<BlockRef> blocks(Session s) {
        try {
            return blocks(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #read(Connection, BlockRef)} in a session. */
    public static Block read(Session s, BlockRef ref) {
        try {
            return read(s.connection(), ref);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #hashes(Connection)} in a session. */
    public static long[] hashes(Session s) {
        try {
            return hashes(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #count(Connection)} in a session. */
    public static long count(Session s) {
        try {
            return count(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #rows(Connection)} in a session. */
    public static List<Contact> rows(Session s) {
        try {
            return rows(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
