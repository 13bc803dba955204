package dk.trappen.core.store;

import static dk.trappen.core.store.ColumnKind.INT;
import static dk.trappen.core.store.ColumnKind.SHORT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The DREAM weeks of a workspace, kept as blocks of columns like {@link SpellStore}: one row of
 * {@code dream_block} holds up to {@value #BLOCK_ROWS} entries of one import. An entry is a person's
 * ISO year, the weeks it covers (bit {@code w - 1} for week {@code w}) and the code of each covered
 * week ({@code ""}: covered, no benefit). A person-year's weeks are the entries applied in import and
 * block order, a later entry overriding exactly the weeks it covers; weeks no entry covers are
 * {@code ""}. A row per person-year made the store most of a DREAM import's time. The blocks are
 * {@link BlockStore}'s; this declares their columns and maps entries onto them.
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

    /**
     * The columns of a DREAM block, in stored order; the layout gives their kinds in the same order.
     * The week codes follow them.
     */
    private enum Col {
        PERSON, YEAR, COVERED
    }

    private static final BlockLayout LAYOUT = new BlockLayout("dream_block", "dream", 1, MAX_CODES, Col.values(),
            INT, SHORT, ColumnKind.WEEKS);
    public static final BlockStore<Block> BLOCKS = new BlockStore<>(LAYOUT, Block::new);

    private DreamStore() {
    }

    /**
     * Entries collected column by column. Codes are indexes into a dictionary the caller may share
     * and keep growing (an import keeps one for all its blocks); each block stores a copy.
     */
    public static final class Entries {
        private final BlockRows rows;
        private final boolean ownDictionary;

        /** Codes given as indexes into {@code dictionary}. */
        public Entries(List<String> dictionary) {
            this.rows = new BlockRows(LAYOUT, dictionary);
            this.ownDictionary = false;
        }

        /** Codes given as text ({@link #add(int, int, long, String[])}), with a dictionary of its own. */
        public Entries() {
            this.rows = new BlockRows(LAYOUT);
            this.ownDictionary = true;
        }

        public int size() {
            return rows.size();
        }

        /** Adds an entry: {@code codes[w - 1]} is the dictionary index of covered week {@code w}. */
        public void add(int personId, int isoYear, long covered, char[] codeOfWeek) {
            int i = rows.addRow();
            rows.setInt(Col.PERSON, i, personId);
            rows.setShort(Col.YEAR, i, (short) isoYear);
            rows.setWeeks(Col.COVERED, i, covered, codeOfWeek);
        }

        /** Adds an entry with codes as text: {@code slots[w - 1]} of each covered week, null read as "". */
        public void add(int personId, int isoYear, long covered, String[] slots) {
            if (!ownDictionary) {
                throw new IllegalStateException("entries coded by a shared dictionary");
            }
            char[] index = new char[WEEKS];
            for (long m = covered; m != 0; m &= m - 1) {
                int w = Long.numberOfTrailingZeros(m);
                index[w] = (char) rows.code(slots[w] == null ? "" : slots[w]);
            }
            add(personId, isoYear, covered, index);
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

        private Block(BlockData d) {
            size = d.size;
            dictionary = d.dictionary;
            person = d.ints(Col.PERSON);
            year = d.shorts(Col.YEAR);
            weeks = d.longs(Col.COVERED);
            codes = d.weekCodes;
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
        BLOCKS.append(c, importId, entries.rows, blockRows);
    }

    /**
     * The merged weeks of one person-year as 53 codes ({@code ""}: no benefit), or null when no
     * import has it: for checks, not for bulk work.
     */
    public static List<String> weeks(Connection c, int person, int isoYear) throws SQLException {
        String[] merged = null;
        for (BlockRef ref : BLOCKS.blocks(c)) { // in import order: the order entries apply in
            Block b = BLOCKS.read(c, ref);
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
        SqlWork.run(s, c -> append(c, importId, entries));
    }

    /** {@link #append(Connection, long, Entries, int)} in a session. */
    public static void append(Session s, long importId, Entries entries, int blockRows) {
        SqlWork.run(s, c -> append(c, importId, entries, blockRows));
    }

    /** {@link #weeks(Connection, int, int)} in a session. */
    public static List<String> weeks(Session s, int person, int isoYear) {
        return SqlWork.call(s, c -> weeks(c, person, isoYear));
    }
}
