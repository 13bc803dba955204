package dk.trappen.core.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The persons of a workspace: pseudonym (never a CPR number) and birth date per integer id. New
 * persons are written as one block per import (a row each made the unique-index upkeep a large
 * part of an import); a birth date learnt after the person was stored goes to
 * {@code person_birth}. Ids are given by the one import running at a time (see ImportService),
 * which keeps pseudonyms unique.
 */
public final class PersonStore {

    /** No birth date known, in epoch days. */
    public static final int NO_BIRTH = Integer.MIN_VALUE;
    private static final int FORMAT = 1;

    private PersonStore() {
    }

    /** Every person: index = id; ids never used hold a null pseudonym. */
    public record Persons(String[] pseudonyms, int[] births) {

        public int maxId() {
            return pseudonyms.length - 1;
        }

        public LocalDate birth(int id) {
            return id < births.length && births[id] != NO_BIRTH ? LocalDate.ofEpochDay(births[id]) : null;
        }
    }

    /** A person to store: its id, pseudonym and birth (epoch day or {@link #NO_BIRTH}). */
    public record NewPerson(int id, String pseudonym, int birth) {
    }

    /** Stores new persons as one block (in the caller's transaction). */
    public static void append(Connection c, List<NewPerson> persons) throws SQLException {
        if (persons.isEmpty()) {
            return;
        }
        byte[][] names = new byte[persons.size()][];
        int bytes = 8;
        for (int i = 0; i < names.length; i++) {
            names[i] = persons.get(i).pseudonym().getBytes(StandardCharsets.UTF_8);
            bytes += 4 + 4 + 2 + names[i].length;
        }
        ByteBuffer b = ByteBuffer.allocate(bytes).putInt(FORMAT).putInt(names.length);
        int maxId = 0;
        for (int i = 0; i < names.length; i++) {
            NewPerson p = persons.get(i);
            b.putInt(p.id()).putInt(p.birth()).putShort((short) names[i].length).put(names[i]);
            maxId = Math.max(maxId, p.id());
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO person_block (max_id, row_count, data) VALUES (?, ?, ?)")) {
            ps.setInt(1, maxId);
            ps.setInt(2, names.length);
            ps.setBytes(3, b.array());
            ps.executeUpdate();
        }
    }

    /** Records birth dates learnt for persons already stored (id → birth date). */
    public static void learnBirths(Connection c, java.util.Map<Integer, LocalDate> births) throws SQLException {
        if (births.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO person_birth (person_id, birth_date) KEY (person_id) VALUES (?, ?)")) {
            for (var e : births.entrySet()) {
                ps.setInt(1, e.getKey());
                ps.setDate(2, Date.valueOf(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The highest id given so far (0 when none). */
    public static int maxId(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(max_id), 0) FROM person_block")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public static Persons read(Connection c) throws SQLException {
        int max = maxId(c);
        String[] pseudonyms = new String[max + 1];
        int[] births = new int[max + 1];
        Arrays.fill(births, NO_BIRTH);
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT data FROM person_block ORDER BY max_id")) {
            while (rs.next()) {
                ByteBuffer b = ByteBuffer.wrap(rs.getBytes(1));
                if (b.getInt() != FORMAT) {
                    throw new IllegalStateException("unknown person block format");
                }
                int n = b.getInt();
                for (int i = 0; i < n; i++) {
                    int id = b.getInt();
                    births[id] = b.getInt();
                    byte[] name = new byte[b.getShort() & 0xffff];
                    b.get(name);
                    pseudonyms[id] = new String(name, StandardCharsets.UTF_8);
                }
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT person_id, birth_date FROM person_birth")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                if (id >= 0 && id <= max) {
                    births[id] = (int) rs.getObject(2, LocalDate.class).toEpochDay();
                }
            }
        }
        return new Persons(pseudonyms, births);
    }

    // Session forms: what code outside store calls (issue 14); the Connection forms are for this package.

    /** {@link #append(Connection, List)} in a session. */
    public static void append(Session s, List<NewPerson> persons) {
        try {
            append(s.connection(), persons);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #learnBirths(Connection, java.util.Map)} in a session. */
    public static void learnBirths(Session s, java.util.Map<Integer, LocalDate> births) {
        try {
            learnBirths(s.connection(), births);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #maxId(Connection)} in a session. */
    public static int maxId(Session s) {
        try {
            return maxId(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #read(Connection)} in a session. */
    public static Persons read(Session s) {
        try {
            return read(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
