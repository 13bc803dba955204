package dk.trappen.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of blocks, {@code (import_id, block_no, row_count, data)}: what {@link SpellStore},
 * {@link DreamStore} and {@link LprStore} share. Each store encodes its own entries; this writes and finds the bytes.
 */
final class BlockTable {

    private final String table;

    /** {@code table}: one of the schema's block tables (a constant, never user input). */
    BlockTable(String table) {
        this.table = table;
    }

    /** Writes blocks of one import, numbered after those it has: {@link Writer#add} each, in order. */
    Writer writer(Connection c, long importId) throws SQLException {
        int next;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(block_no) + 1, 0) FROM " + table + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getInt(1);
            }
        }
        return new Writer(c.prepareStatement(
                "INSERT INTO " + table + " (import_id, block_no, row_count, data) VALUES (?, ?, ?, ?)"), importId, next);
    }

    /** Inserts the blocks of one import (in the caller's transaction). */
    static final class Writer implements AutoCloseable {
        private final PreparedStatement insert;
        private final long importId;
        private int next;

        private Writer(PreparedStatement insert, long importId, int next) {
            this.insert = insert;
            this.importId = importId;
            this.next = next;
        }

        void add(int rows, byte[] data) throws SQLException {
            insert.setLong(1, importId);
            insert.setInt(2, next++);
            insert.setInt(3, rows);
            insert.setBytes(4, data);
            insert.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    /** Every block, in import and block order. */
    List<BlockRef> refs(Connection c) throws SQLException {
        List<BlockRef> refs = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT import_id, block_no, row_count FROM " + table + " ORDER BY import_id, block_no")) {
            while (rs.next()) {
                refs.add(new BlockRef(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return refs;
    }

    /** A block's bytes. */
    byte[] data(Connection c, BlockRef ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data FROM " + table + " WHERE import_id = ? AND block_no = ?")) {
            ps.setLong(1, ref.importId());
            ps.setInt(2, ref.blockNo());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException(table + " block " + ref + " is gone");
                }
                return rs.getBytes(1);
            }
        }
    }

    /** The entries of all blocks. */
    long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(row_count), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
