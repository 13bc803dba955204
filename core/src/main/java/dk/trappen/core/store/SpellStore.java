package dk.trappen.core.store;

import static dk.trappen.core.store.ColumnKind.CODE;
import static dk.trappen.core.store.ColumnKind.EPOCH_DAY;
import static dk.trappen.core.store.ColumnKind.HASH;
import static dk.trappen.core.store.ColumnKind.INT;
import static dk.trappen.core.store.ColumnKind.KOMMUNE;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The service spells (ydelser) of a workspace, kept as blocks of columns: one row of
 * {@code spell_block} holds up to {@value #BLOCK_ROWS} spells of one import. An import writes a
 * few blocks instead of a row per spell (a row per spell made the store most of an import's
 * time), and the computations decode whole columns. Blocks are written in the import's
 * transaction, so an import is still all or nothing. The blocks are {@link BlockStore}'s; this
 * declares their columns and maps spells onto them.
 */
public final class SpellStore {

    /** A kommune column left empty. Kommune codes are 1–999. */
    public static final int NO_KOMMUNE = 0;
    /** The end of an ongoing spell, in epoch days. */
    public static final int NO_END = Integer.MAX_VALUE;
    /** Spells per block. */
    public static final int BLOCK_ROWS = 1 << 16;

    /** The columns of a spell block, in stored order; the layout gives their kinds in the same order. */
    private enum Col {
        PERSON, HANDLEKOMMUNE, BETALINGSKOMMUNE, BOPAELSKOMMUNE, YDELSE, TILBUD, MAALGRUPPE, START, END, HASH
    }

    private static final BlockLayout LAYOUT = new BlockLayout("spell_block", "spell", 1, Integer.MAX_VALUE,
            Col.values(), INT, KOMMUNE, KOMMUNE, KOMMUNE, CODE, CODE, CODE, EPOCH_DAY, EPOCH_DAY, HASH);
    public static final BlockStore<Block> BLOCKS = new BlockStore<>(LAYOUT, Block::new);

    private SpellStore() {
    }

    /** One spell as a row, for checks and small fixtures; the import uses {@link Columns}. */
    public record Spell(long importId, int person, int handlekommune, Integer betalingskommune,
            Integer bopaelskommune, String ydelse, String tilbud, String maalgruppe, LocalDate start,
            LocalDate end, long hash) {
    }

    /** Spells collected column by column (codes as indexes into one dictionary). */
    public static final class Columns {
        private final BlockRows rows = new BlockRows(LAYOUT);

        public int size() {
            return rows.size();
        }

        /**
         * Adds a spell: kommuner as codes ({@link #NO_KOMMUNE} for none), dates as epoch days
         * ({@link #NO_END} for ongoing), {@code tilbud} null for none.
         */
        public void add(int personId, int handlekommune, int betalingskommune, int bopaelskommune, String ydelseCode,
                String tilbudCode, String maalgruppe, int startDay, int endDay, long rowHash) {
            int i = rows.addRow();
            rows.setInt(Col.PERSON, i, personId);
            rows.setShort(Col.HANDLEKOMMUNE, i, (short) handlekommune);
            rows.setShort(Col.BETALINGSKOMMUNE, i, (short) betalingskommune);
            rows.setShort(Col.BOPAELSKOMMUNE, i, (short) bopaelskommune);
            rows.setCode(Col.YDELSE, i, ydelseCode);
            rows.setCode(Col.TILBUD, i, tilbudCode);
            rows.setCode(Col.MAALGRUPPE, i, maalgruppe);
            rows.setInt(Col.START, i, startDay);
            rows.setInt(Col.END, i, endDay);
            rows.setLong(Col.HASH, i, rowHash);
        }

        public void add(Spell s) {
            add(s.person(), s.handlekommune(), orNone(s.betalingskommune()), orNone(s.bopaelskommune()), s.ydelse(),
                    s.tilbud(), s.maalgruppe(), (int) s.start().toEpochDay(),
                    s.end() == null ? NO_END : (int) s.end().toEpochDay(), s.hash());
        }

        private static int orNone(Integer kommune) {
            return kommune == null ? NO_KOMMUNE : kommune;
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

        private Block(BlockData d) {
            size = d.size;
            dictionary = d.dictionary;
            person = d.ints(Col.PERSON);
            handlekommune = d.shorts(Col.HANDLEKOMMUNE);
            betalingskommune = d.shorts(Col.BETALINGSKOMMUNE);
            bopaelskommune = d.shorts(Col.BOPAELSKOMMUNE);
            ydelse = d.ints(Col.YDELSE);
            tilbud = d.ints(Col.TILBUD);
            maalgruppe = d.ints(Col.MAALGRUPPE);
            start = d.ints(Col.START);
            end = d.ints(Col.END);
            hash = d.longs(Col.HASH);
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
        BLOCKS.append(c, importId, rows.rows, blockRows);
    }

    /** Every spell as a row, in stored order: for checks and tests, not for bulk work. */
    public static List<Spell> rows(Connection c) throws SQLException {
        return BLOCKS.rows(c, Block::row);
    }

    /** Replaces every stored spell by {@code rows}: for tests. */
    public static void replaceAll(Connection c, List<Spell> rows) throws SQLException {
        BLOCKS.clear(c);
        append(c, rows, BLOCK_ROWS);
    }

    /** Adds spells given as rows, as blocks of their imports (one dictionary an import): for small fixtures. */
    public static void append(Connection c, List<Spell> rows, int blockRows) throws SQLException {
        for (Map.Entry<Long, List<Spell>> e : BlockStore.byImport(rows, Spell::importId).entrySet()) {
            Columns columns = new Columns();
            e.getValue().forEach(columns::add);
            append(c, e.getKey(), columns, blockRows);
        }
    }

    public static void append(Connection c, List<Spell> rows) throws SQLException {
        append(c, rows, BLOCK_ROWS);
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

    /** {@link #rows(Connection)} in a session. */
    public static List<Spell> rows(Session s) {
        return SqlWork.call(s, SpellStore::rows);
    }

    /** {@link #replaceAll(Connection, List)} in a session. */
    public static void replaceAll(Session s, List<Spell> rows) {
        SqlWork.run(s, c -> replaceAll(c, rows));
    }

    /** {@link #append(Connection, List, int)} in a session. */
    public static void append(Session s, List<Spell> rows, int blockRows) {
        SqlWork.run(s, c -> append(c, rows, blockRows));
    }

    /** {@link #append(Connection, List)} in a session. */
    public static void append(Session s, List<Spell> rows) {
        SqlWork.run(s, c -> append(c, rows));
    }
}
