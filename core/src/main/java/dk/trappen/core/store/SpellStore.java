package dk.trappen.core.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service spells (ydelser) of a workspace, kept as blocks of columns: one row of
 * {@code spell_block} holds up to {@value #BLOCK_ROWS} spells of one import. An import writes a
 * few blocks instead of a row per spell (a row per spell made the store most of an import's
 * time), and the computations decode whole columns. Blocks are written in the import's
 * transaction, so an import is still all or nothing.
 */
public final class SpellStore {

    /** A kommune column left empty. Kommune codes are 1–999. */
    public static final int NO_KOMMUNE = 0;
    /** The end of an ongoing spell, in epoch days. */
    public static final int NO_END = Integer.MAX_VALUE;
    /** Spells per block. */
    public static final int BLOCK_ROWS = 1 << 16;
    private static final int FORMAT = 1;
    private static final BlockTable TABLE = new BlockTable("spell_block");

    private SpellStore() {
    }

    /** One spell as a row, for checks and small fixtures; the import uses {@link Columns}. */
    public record Spell(long importId, int person, int handlekommune, Integer betalingskommune,
            Integer bopaelskommune, String ydelse, String tilbud, String maalgruppe, LocalDate start,
            LocalDate end, long hash) {
    }

    /** Spells collected column by column (codes as indexes into one dictionary). */
    public static final class Columns {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> dictionary = new ArrayList<>();
        private int size;
        private int[] person = new int[1024];
        private short[] handle = new short[1024];
        private short[] pay = new short[1024];
        private short[] home = new short[1024];
        private int[] ydelse = new int[1024];
        private int[] tilbud = new int[1024];
        private int[] maal = new int[1024];
        private int[] start = new int[1024];
        private int[] end = new int[1024];
        private long[] hash = new long[1024];

        public int size() {
            return size;
        }

        /**
         * Adds a spell: kommuner as codes ({@link #NO_KOMMUNE} for none), dates as epoch days
         * ({@link #NO_END} for ongoing), {@code tilbud} null for none.
         */
        public void add(int personId, int handlekommune, int betalingskommune, int bopaelskommune, String ydelseCode,
                String tilbudCode, String maalgruppe, int startDay, int endDay, long rowHash) {
            if (size == person.length) {
                grow();
            }
            person[size] = personId;
            handle[size] = (short) handlekommune;
            pay[size] = (short) betalingskommune;
            home[size] = (short) bopaelskommune;
            ydelse[size] = code(ydelseCode);
            tilbud[size] = tilbudCode == null ? -1 : code(tilbudCode);
            maal[size] = code(maalgruppe);
            start[size] = startDay;
            end[size] = endDay;
            hash[size] = rowHash;
            size++;
        }

        public void add(Spell s) {
            add(s.person(), s.handlekommune(), orNone(s.betalingskommune()), orNone(s.bopaelskommune()), s.ydelse(),
                    s.tilbud(), s.maalgruppe(), (int) s.start().toEpochDay(),
                    s.end() == null ? NO_END : (int) s.end().toEpochDay(), s.hash());
        }

        private static int orNone(Integer kommune) {
            return kommune == null ? NO_KOMMUNE : kommune;
        }

        private int code(String s) {
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
            handle = Arrays.copyOf(handle, n);
            pay = Arrays.copyOf(pay, n);
            home = Arrays.copyOf(home, n);
            ydelse = Arrays.copyOf(ydelse, n);
            tilbud = Arrays.copyOf(tilbud, n);
            maal = Arrays.copyOf(maal, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            hash = Arrays.copyOf(hash, n);
        }

        /** Rows [from, to) as one block's bytes. */
        byte[] encode(int from, int to) {
            byte[] dict = BlockCodec.dictionary(dictionary);
            int n = to - from;
            ByteBuffer b = ByteBuffer.allocate(8 + dict.length + n * (4 + 2 + 2 + 2 + 4 + 4 + 4 + 4 + 4 + 8));
            b.putInt(FORMAT).putInt(n).put(dict);
            b.asIntBuffer().put(person, from, n);
            b.position(b.position() + 4 * n);
            b.asShortBuffer().put(handle, from, n);
            b.position(b.position() + 2 * n);
            b.asShortBuffer().put(pay, from, n);
            b.position(b.position() + 2 * n);
            b.asShortBuffer().put(home, from, n);
            b.position(b.position() + 2 * n);
            for (int[] column : new int[][] {ydelse, tilbud, maal, start, end}) {
                b.asIntBuffer().put(column, from, n);
                b.position(b.position() + 4 * n);
            }
            b.asLongBuffer().put(hash, from, n);
            return b.array();
        }
    }

    /** One block decoded: read-only columns, codes resolved through {@link #code(int)}. */
    public static final class Block {
        public final int size;
        public final int[] person;
        public final short[] handlekommune;
        public final short[] betalingskommune;
        public final short[] bopaelskommune;
        public final int[] ydelse;
        public final int[] tilbud;
        public final int[] maalgruppe;
        public final int[] start;
        public final int[] end;
        public final long[] hash;
        private final String[] dictionary;

        private Block(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != FORMAT) {
                throw new IllegalStateException("unknown spell block format");
            }
            size = b.getInt();
            dictionary = BlockCodec.dictionary(b);
            person = BlockCodec.ints(b, size);
            handlekommune = BlockCodec.shorts(b, size);
            betalingskommune = BlockCodec.shorts(b, size);
            bopaelskommune = BlockCodec.shorts(b, size);
            ydelse = BlockCodec.ints(b, size);
            tilbud = BlockCodec.ints(b, size);
            maalgruppe = BlockCodec.ints(b, size);
            start = BlockCodec.ints(b, size);
            end = BlockCodec.ints(b, size);
            hash = new long[size];
            b.asLongBuffer().get(hash);
        }

        /** The code text of an index ({@code -1}: none, as a spell without tilbud). */
        public String code(int index) {
            return index < 0 ? null : dictionary[index];
        }

        /** The dictionary's size: codes are 0 … {@code codes() - 1}. */
        public int codes() {
            return dictionary.length;
        }

        Spell row(long importId, int i) {
            return new Spell(importId, person[i], handlekommune[i], kommune(betalingskommune[i]),
                    kommune(bopaelskommune[i]), code(ydelse[i]), code(tilbud[i]), code(maalgruppe[i]),
                    LocalDate.ofEpochDay(start[i]), end[i] == NO_END ? null : LocalDate.ofEpochDay(end[i]), hash[i]);
        }

        private static Integer kommune(short code) {
            return code == NO_KOMMUNE ? null : (int) code;
        }


    }

    /** Writes the spells as blocks of the import (in the caller's transaction). */
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

    /** Every block, in import and block order. */
    public static List<BlockRef> blocks(Connection c) throws SQLException {
        return TABLE.refs(c);
    }

    public static Block read(Connection c, BlockRef ref) throws SQLException {
        return new Block(TABLE.data(c, ref));
    }

    /** The fingerprints of every stored spell (to skip rows a new import repeats). */
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

    /** The number of stored spells. */
    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }

    /** Every spell as a row, in stored order: for checks and the migration, not for bulk work. */
    public static List<Spell> rows(Connection c) throws SQLException {
        List<Spell> out = new ArrayList<>();
        for (BlockRef ref : blocks(c)) {
            Block b = read(c, ref);
            for (int i = 0; i < b.size; i++) {
                out.add(b.row(ref.importId(), i));
            }
        }
        return out;
    }

    /** Replaces every stored spell by {@code rows}: for the migration and tests. */
    public static void replaceAll(Connection c, List<Spell> rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM spell_block");
        }
        append(c, rows, BLOCK_ROWS);
    }

    /** Adds spells given as rows, as blocks of their imports: for the migration and small fixtures. */
    public static void append(Connection c, List<Spell> rows, int blockRows) throws SQLException {
        Map<Long, Columns> byImport = new java.util.TreeMap<>();
        for (Spell s : rows) {
            byImport.computeIfAbsent(s.importId(), k -> new Columns()).add(s);
        }
        for (Map.Entry<Long, Columns> e : byImport.entrySet()) {
            append(c, e.getKey(), e.getValue(), blockRows);
        }
    }

    public static void append(Connection c, List<Spell> rows) throws SQLException {
        append(c, rows, BLOCK_ROWS);
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
    public static List<Spell> rows(Session s) {
        try {
            return rows(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #replaceAll(Connection, List)} in a session. */
    public static void replaceAll(Session s, List<Spell> rows) {
        try {
            replaceAll(s.connection(), rows);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #append(Connection, List, int)} in a session. */
    public static void append(Session s, List<Spell> rows, int blockRows) {
        try {
            append(s.connection(), rows, blockRows);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #append(Connection, List)} in a session. */
    public static void append(Session s, List<Spell> rows) {
        try {
            append(s.connection(), rows);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
