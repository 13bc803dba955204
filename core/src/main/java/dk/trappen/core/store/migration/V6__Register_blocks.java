package dk.trappen.core.store.migration;

import dk.trappen.core.store.PersonStore;
import dk.trappen.core.store.SpellStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 6: spells and persons move from a row each to blocks of columns (see SpellStore and
 * PersonStore); the rows of an older workspace are carried over, then their tables dropped.
 */
public class V6__Register_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE spell_block (import_id BIGINT NOT NULL, block_no INT NOT NULL, "
                    + "row_count INT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, block_no))");
            st.execute("CREATE TABLE person_block (max_id INT NOT NULL PRIMARY KEY, row_count INT NOT NULL, "
                    + "data BLOB NOT NULL)");
            st.execute("CREATE TABLE person_birth (person_id INT NOT NULL PRIMARY KEY, birth_date DATE NOT NULL)");
        }
        List<PersonStore.NewPerson> persons = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, pseudonym, birth_date FROM person ORDER BY id")) {
            while (rs.next()) {
                LocalDate birth = rs.getObject(3, LocalDate.class);
                persons.add(new PersonStore.NewPerson(rs.getInt(1), rs.getString(2),
                        birth == null ? PersonStore.NO_BIRTH : (int) birth.toEpochDay()));
            }
        }
        PersonStore.append(c, persons);
        List<SpellStore.Spell> spells = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT import_id, person_id, handlekommune, betalingskommune, "
                        + "bopaelskommune, ydelse, tilbud, maalgruppe, start_date, end_date, row_hash FROM spell "
                        + "ORDER BY import_id, _ROWID_")) {
            while (rs.next()) {
                spells.add(new SpellStore.Spell(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, Integer.class), rs.getObject(5, Integer.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getLong(11)));
            }
        }
        SpellStore.replaceAll(c, spells);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE spell");
            st.execute("DROP TABLE person");
        }
    }
}
