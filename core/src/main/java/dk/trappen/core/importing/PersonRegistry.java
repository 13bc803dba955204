package dk.trappen.core.importing;

import dk.trappen.core.store.Pseudonymiser;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a PNR into the workspace's integer person id: the value is hashed with the workspace
 * key first, so neither the CPR number nor anything derived without the key is stored. New
 * persons and newly learnt birth dates are written in the import's own transaction.
 */
final class PersonRegistry {

    private final Pseudonymiser pseudonymiser;
    private final Map<String, Integer> ids = new HashMap<>();
    private final BitSet knownBirth = new BitSet();
    private final PreparedStatement insert;
    private final PreparedStatement updateBirth;
    private int nextId;
    private int pending;

    PersonRegistry(Connection c, Pseudonymiser pseudonymiser) throws SQLException {
        this.pseudonymiser = pseudonymiser;
        int max = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, pseudonym, birth_date IS NOT NULL FROM person")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                ids.put(rs.getString(2), id);
                if (rs.getBoolean(3)) {
                    knownBirth.set(id);
                }
                max = Math.max(max, id);
            }
        }
        nextId = max + 1;
        insert = c.prepareStatement("INSERT INTO person (id, pseudonym, birth_date) VALUES (?, ?, ?)");
        updateBirth = c.prepareStatement("UPDATE person SET birth_date = ? WHERE id = ?");
    }

    /** The id of a person (created if new); a CPR-looking value is normalised before hashing. */
    int idOf(String pnr, LocalDate birth) throws SQLException {
        String key = Cpr.looksLikeCpr(pnr) ? Cpr.normalise(pnr) : pnr;
        String pseudonym = pseudonymiser.pseudonym(key);
        Integer id = ids.get(pseudonym);
        if (id == null) {
            id = nextId++;
            ids.put(pseudonym, id);
            insert.setInt(1, id);
            insert.setString(2, pseudonym);
            insert.setDate(3, birth == null ? null : Date.valueOf(birth));
            insert.addBatch();
            if (birth != null) {
                knownBirth.set(id);
            }
            batched();
        } else if (birth != null && !knownBirth.get(id)) {
            updateBirth.setDate(1, Date.valueOf(birth));
            updateBirth.setInt(2, id);
            updateBirth.addBatch();
            knownBirth.set(id);
            batched();
        }
        return id;
    }

    /** A local id (not a CPR number) made unreadable the same way, kept apart from person ids. */
    String localPseudonym(String localId) {
        return pseudonymiser.pseudonym("lokal:" + localId);
    }

    private void batched() throws SQLException {
        if (++pending >= 5000) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            updateBirth.executeBatch();
            pending = 0;
        }
    }
}
