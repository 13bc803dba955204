package dk.trappen.core.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DREAM weeks of a workspace, kept as blocks of columns like {@link SpellStore}: one row of
 * {@code dream_block} holds up to {@value #BLOCK_ROWS} entries of one import. An entry is a person's
 * ISO year, the weeks it covers (bit {@code w - 1} for week {@code w}) and the code of each covered
 * week ({@code ""}: covered, no benefit). A person-year's weeks are the entries applied in import and
 * block order, a later entry overriding exactly the weeks it covers; weeks no entry covers are
 * {@code ""}. A row per person-year made the store most of a DREAM import's time.
 */
public final class DreamStore {

    /** Week slots of an ISO year. */
    public static final int WEEKS = 53;
    /** Every week of a year covered. */
    public static final long ALL_WEEKS = (1L << WEEKS) - 1;
    /** Entries per block. */
    public static final int BLOCK_ROWS = 1 << 16;
    /** Codes per dictionary: indexes are kept as 16 bits. */
    public static final int MAX_CODES = 1 << 16;
    private static final int FORMAT = 1;
    private static final BlockTable TABLE = new BlockTable("dream_block");

    private DreamStore() {
    }

    /**
     * Entries collected column by column. Codes are indexes into a dictionary the caller may share
     * and keep growing (an import keeps one for all its blocks); each block stores a copy.
     */
    public static final class Entries {
        private final List<String> dictionary;
        private final Map<String, Integer> own;
        private int size;
        private int[] person = new int[1024];
        private short[] year = new short[1024];
        private long[] weeks = new long[1024];
        private char[] codes = new char[16 * 1024];
        private int codeCount;

        /** Codes given as indexes into {@code dictionary}. */
        public Entries(List<String> dictionary) {
            this.dictionary = dictionary;
            this.own = null;
        }

        /** Codes given as text ({@link #add(int, int, long, String[])}), with a dictionary of its own. */
        public Entries() {
            this.dictionary = new ArrayList<>();
            this.own = new HashMap<>();
        }

        public int size() {
            return size;
        }

        /** Adds an entry: {@code codes[w - 1]} is the dictionary index of covered week {@code w}. */
        public void add(int personId, int isoYear, long covered, char[] codeOfWeek) {
            if (size == person.length) {
                person = Arrays.copyOf(person, size * 2);
                year = Arrays.copyOf(year, size * 2);
                weeks = Arrays.copyOf(weeks, size * 2);
            }
            if (codeCount + WEEKS > codes.length) {
                codes = Arrays.copyOf(codes, codes.length * 2);
            }
            person[size] = personId;
            year[size] = (short) isoYear;
            weeks[size] = covered;
            for (long m = covered; m != 0; m &= m - 1) {
                codes[codeCount++] = codeOfWeek[Long.numberOfTrailingZeros(m)];
            }
            size++;
        }

        /** Adds an entry with codes as text: {@code slots[w - 1]} of each covered week, null read as "". */
        public void add(int personId, int isoYear, long covered, String[] slots) {
            if (own == null) {
                throw new IllegalStateException("entries coded by a shared dictionary");
            }
            char[] index = new char[WEEKS];
            for (long m = covered; m != 0; m &= m - 1) {
                int w = Long.numberOfTrailingZeros(m);
                String s = slots[w] == null ? "" : slots[w];
                Integer c = own.get(s);
                if (c == null) {
                    if (dictionary.size() == MAX_CODES) {
                        throw new IllegalStateException("more than " + MAX_CODES + " DREAM codes");
                    }
                    c = dictionary.size();
                    own.put(s, c);
                    dictionary.add(s);
                }
                index[w] = (char) c.intValue();
            }
            add(personId, isoYear, covered, index);
        }

        /** Entries [from, to) as one block's bytes; {@code codeFrom} is where entry {@code from}'s codes start. */
        private byte[] encode(int from, int to, int codeFrom, int codeTo) {
            byte[] dict = BlockCodec.dictionary(dictionary);
            int n = to - from;
            int m = codeTo - codeFrom;
            ByteBuffer b = ByteBuffer.allocate(12 + dict.length + n * (4 + 2 + 8) + m * 2);
            b.putInt(FORMAT).putInt(n).put(dict);
            b.asIntBuffer().put(person, from, n);
            b.position(b.position() + 4 * n);
            b.asShortBuffer().put(year, from, n);
            b.position(b.position() + 2 * n);
            b.asLongBuffer().put(weeks, from, n);
            b.position(b.position() + 8 * n);
            b.putInt(m);
            b.asCharBuffer().put(codes, codeFrom, m);
            return b.array();
        }
    }

    /** One block decoded: read-only columns. Entry {@code i}'s codes follow entry {@code i - 1}'s in {@link #codes}. */
    public static final class Block {
        public final int size;
        public final int[] person;
        public final short[] year;
        public final long[] weeks;
        /** The dictionary index of each covered week, entry by entry and week by week. */
        public final char[] codes;
        private final String[] dictionary;

        private Block(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != FORMAT) {
                throw new IllegalStateException("unknown dream block format");
            }
            size = b.getInt();
            dictionary = BlockCodec.dictionary(b);
            person = new int[size];
            b.asIntBuffer().get(person);
            b.position(b.position() + 4 * size);
            year = new short[size];
            b.asShortBuffer().get(year);
            b.position(b.position() + 2 * size);
            weeks = new long[size];
            b.asLongBuffer().get(weeks);
            b.position(b.position() + 8 * size);
            codes = new char[b.getInt()];
            b.asCharBuffer().get(codes);
        }

        /** The code text of a dictionary index. */
        public String code(int index) {
            return dictionary[index];
        }

        /** The dictionary's size: indexes are 0 … {@code dictionarySize() - 1}. */
        public int dictionarySize() {
            return dictionary.length;
        }
    }

    /** Writes the entries as blocks of the import (in the caller's transaction). */
    public static void append(Connection c, long importId, Entries entries) throws SQLException {
        append(c, importId, entries, BLOCK_ROWS);
    }

    /** With a chosen block size, so tests can make small workspaces of many blocks. */
    public static void append(Connection c, long importId, Entries entries, int blockRows) throws SQLException {
        try (BlockTable.Writer out = TABLE.writer(c, importId)) {
            int codeFrom = 0;
            for (int from = 0; from < entries.size; from += blockRows) {
                int to = Math.min(entries.size, from + blockRows);
                int codeTo = codeFrom;
                for (int i = from; i < to; i++) {
                    codeTo += Long.bitCount(entries.weeks[i]);
                }
                out.add(to - from, entries.encode(from, to, codeFrom, codeTo));
                codeFrom = codeTo;
            }
        }
    }

    /** Every block, in import and block order: the order entries apply in. */
    public static List<BlockRef> blocks(Connection c) throws SQLException {
        return TABLE.refs(c);
    }

    public static Block read(Connection c, BlockRef ref) throws SQLException {
        return new Block(TABLE.data(c, ref));
    }

    /**
     * The merged weeks of one person-year as 53 codes ({@code ""}: no benefit), or null when no
     * import has it: for checks, not for bulk work.
     */
    public static List<String> weeks(Connection c, int person, int isoYear) throws SQLException {
        String[] merged = null;
        for (BlockRef ref : blocks(c)) {
            Block b = read(c, ref);
            int at = 0;
            for (int i = 0; i < b.size; i++) {
                long m = b.weeks[i];
                if (b.person[i] != person || b.year[i] != isoYear) {
                    at += Long.bitCount(m);
                    continue;
                }
                if (merged == null) {
                    merged = new String[WEEKS];
                    Arrays.fill(merged, "");
                }
                for (; m != 0; m &= m - 1) {
                    merged[Long.numberOfTrailingZeros(m)] = b.code(b.codes[at++]);
                }
            }
        }
        return merged == null ? null : List.of(merged);
    }

    // Session forms: what code outside store calls (issue 14); the Connection forms are for this package.

    /** {@link #append(Connection, long, Entries)} in a session. */
    public static void append(Session s, long importId, Entries entries) {
        try {
            append(s.connection(), importId, entries);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #append(Connection, long, Entries, int)} in a session. */
    public static void append(Session s, long importId, Entries entries, int blockRows) {
        try {
            append(s.connection(), importId, entries, blockRows);
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

    /** {@link #weeks(Connection, int, int)} in a session. */
    public static List<String> weeks(Session s, int person, int isoYear) {
        try {
            return weeks(s.connection(), person, isoYear);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
