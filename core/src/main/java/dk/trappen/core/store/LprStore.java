package dk.trappen.core.store;

import static dk.trappen.core.store.ColumnKind.CODE;
import static dk.trappen.core.store.ColumnKind.EPOCH_SECOND;
import static dk.trappen.core.store.ColumnKind.FLAG;
import static dk.trappen.core.store.ColumnKind.HASH;
import static dk.trappen.core.store.ColumnKind.INT;
import static dk.trappen.core.store.ColumnKind.KOMMUNE;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The hospital contacts (lpr) of a workspace, kept as blocks of columns like {@link SpellStore}:
 * one row of {@code lpr_block} holds up to {@value #BLOCK_ROWS} contacts of one import. A row per
 * contact made the store most of an lpr import's time and the readmission figures' reading.
 * Timestamps are local date-times held as epoch seconds read as UTC (what the SQL reader computed
 * with {@code DATEDIFF(SECOND, TIMESTAMP '1970-01-01 00:00:00', …)}). The blocks are
 * {@link BlockStore}'s; this declares their columns and maps contacts onto them.
 */
public final class LprStore {

    /** A kommune column left empty. Kommune codes are 1–999. */
    public static final int NO_KOMMUNE = 0;
    /** Contacts per block. */
    public static final int BLOCK_ROWS = 1 << 16;

    /** The columns of an lpr block, in stored order; the layout gives their kinds in the same order. */
    private enum Col {
        PERSON, START, END, SPECIALTY, DIAGNOSIS, CONTACT_TYPE, PRIORITY, BOPAELSKOMMUNE, PSYCHIATRIC, HASH
    }

    private static final BlockLayout LAYOUT = new BlockLayout("lpr_block", "lpr", 1, Integer.MAX_VALUE,
            Col.values(), INT, EPOCH_SECOND, EPOCH_SECOND, CODE, CODE, CODE, CODE, KOMMUNE, FLAG, HASH);
    public static final BlockStore<Block> BLOCKS = new BlockStore<>(LAYOUT, Block::new);

    private LprStore() {
    }

    /** One contact as a row, for checks and small fixtures; the import uses {@link Columns}. */
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
        private final BlockRows rows = new BlockRows(LAYOUT);

        public int size() {
            return rows.size();
        }

        /** Adds a contact: times as {@link #seconds}, texts null for none, kommune {@link #NO_KOMMUNE} for none. */
        public void add(int personId, long startSecond, long endSecond, String specialtyText, String diagnosisText,
                String contactType, String priorityText, int bopaelskommune, boolean isPsychiatric, long rowHash) {
            int i = rows.addRow();
            rows.setInt(Col.PERSON, i, personId);
            rows.setLong(Col.START, i, startSecond);
            rows.setLong(Col.END, i, endSecond);
            rows.setCode(Col.SPECIALTY, i, specialtyText);
            rows.setCode(Col.DIAGNOSIS, i, diagnosisText);
            rows.setCode(Col.CONTACT_TYPE, i, contactType);
            rows.setCode(Col.PRIORITY, i, priorityText);
            rows.setShort(Col.BOPAELSKOMMUNE, i, (short) bopaelskommune);
            rows.setByte(Col.PSYCHIATRIC, i, (byte) (isPsychiatric ? 1 : 0));
            rows.setLong(Col.HASH, i, rowHash);
        }

        public void add(Contact r) {
            add(r.person(), seconds(r.start()), seconds(r.end()), r.specialty(), r.diagnosis(), r.contactType(),
                    r.priority(), r.bopaelskommune() == null ? NO_KOMMUNE : r.bopaelskommune(), r.psychiatric(),
                    r.hash());
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

        private Block(BlockData d) {
            size = d.size;
            dictionary = d.dictionary;
            person = d.ints(Col.PERSON);
            start = d.longs(Col.START);
            end = d.longs(Col.END);
            specialty = d.ints(Col.SPECIALTY);
            diagnosis = d.ints(Col.DIAGNOSIS);
            contactType = d.ints(Col.CONTACT_TYPE);
            priority = d.ints(Col.PRIORITY);
            bopaelskommune = d.shorts(Col.BOPAELSKOMMUNE);
            psychiatric = d.bytes(Col.PSYCHIATRIC);
            hash = d.longs(Col.HASH);
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
        BLOCKS.append(c, importId, rows.rows, blockRows);
    }

    /** Adds contacts given as rows, as blocks of their imports (one dictionary an import): for small fixtures. */
    public static void append(Connection c, List<Contact> rows) throws SQLException {
        for (Map.Entry<Long, List<Contact>> e : BlockStore.byImport(rows, Contact::importId).entrySet()) {
            Columns columns = new Columns();
            e.getValue().forEach(columns::add);
            append(c, e.getKey(), columns, BLOCK_ROWS);
        }
    }

    /** Every contact as a row, in stored order: for checks and tests, not for bulk work. */
    public static List<Contact> rows(Connection c) throws SQLException {
        return BLOCKS.rows(c, Block::row);
    }

    // Session forms: what code outside store calls (issue 14); the Connection forms are for this package.

    /** {@link #append(Connection, long, Columns)} in a session. */
    public static void append(Session s, long importId, Columns rows) {
        SqlWork.run(s, c -> append(c, importId, rows));
    }

    /** {@link #append(Connection, long, Columns, int)} in a session. */
    public static void append(Session s, long importId, Columns rows, int blockRows) {
        SqlWork.run(s, c -> append(c, importId, rows, blockRows));
    }

    /** {@link #append(Connection, List)} in a session. */
    public static void append(Session s, List<Contact> rows) {
        SqlWork.run(s, c -> append(c, rows));
    }

    /** {@link #rows(Connection)} in a session. */
    public static List<Contact> rows(Session s) {
        return SqlWork.call(s, LprStore::rows);
    }
}
