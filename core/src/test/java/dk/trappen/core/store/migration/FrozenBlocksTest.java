package dk.trappen.core.store.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.trappen.core.store.BlockFormatTest;
import dk.trappen.core.store.DreamStore;
import dk.trappen.core.store.LprStore;
import dk.trappen.core.store.PersonStore;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.SpellStore;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations V6–V8 write blocks with their own frozen copy of format 1; with blocks of a few
 * rows, so an import spans several, they must write the bytes the stores write for the same rows
 * (so the stores read what a migration wrote). Each migration is run on a workspace whose block
 * table is put back to the rows it had before.
 */
class FrozenBlocksTest {

    private static void execute(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    @Test
    void schemaSixWritesWhatTheSpellAndPersonStoresWrite(@TempDir Path tmp) throws SQLException {
        List<SpellStore.Spell> spells = new ArrayList<>();
        // Import 4 stored first: blocks go by import, rows in stored order.
        spells.add(new SpellStore.Spell(4, 1, 147, null, 147, "1.8.1", null, "1.2.2", LocalDate.of(2020, 1, 1), null, 1));
        for (int i = 0; i < 7; i++) {
            // The last rows bring codes the first blocks have not seen: an import's dictionary holds them all.
            spells.add(new SpellStore.Spell(1, i + 1, 101 + i, i % 3 == 0 ? null : 751, i % 2 == 0 ? null : 461,
                    i >= 5 ? "sen æøå" : "1." + i % 2, i % 3 == 0 ? null : "t" + i % 2, "1.2." + i % 2,
                    LocalDate.ofEpochDay(10_000 + i), i % 4 == 0 ? null : LocalDate.ofEpochDay(20_000 + i), 31L * i - 7));
        }
        List<PersonStore.NewPerson> persons = List.of(new PersonStore.NewPerson(1, "a", 3_652),
                new PersonStore.NewPerson(2, "bø", PersonStore.NO_BIRTH), new PersonStore.NewPerson(7, "g", -1));
        List<String> migratedSpells;
        List<String> migratedPersons;
        try (Workspace ws = Workspace.create(tmp.resolve("old")); Connection c = ws.connection()) {
            execute(c, "DROP TABLE spell_block", "DROP TABLE person_block", "DROP TABLE person_birth",
                    "CREATE TABLE person (id INT PRIMARY KEY, pseudonym VARCHAR(32) NOT NULL, birth_date DATE)",
                    "CREATE TABLE spell (import_id BIGINT NOT NULL, person_id INT NOT NULL, handlekommune SMALLINT "
                            + "NOT NULL, betalingskommune SMALLINT, bopaelskommune SMALLINT, ydelse VARCHAR(20) NOT "
                            + "NULL, tilbud VARCHAR(20), maalgruppe VARCHAR(20) NOT NULL, start_date DATE NOT NULL, "
                            + "end_date DATE, row_hash BIGINT NOT NULL)");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO person (id, pseudonym, birth_date) VALUES (?, ?, ?)")) {
                for (PersonStore.NewPerson p : persons) {
                    ps.setInt(1, p.id());
                    ps.setString(2, p.pseudonym());
                    ps.setObject(3, p.birth() == PersonStore.NO_BIRTH ? null : LocalDate.ofEpochDay(p.birth()));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO spell VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SpellStore.Spell s : spells) {
                    ps.setLong(1, s.importId());
                    ps.setInt(2, s.person());
                    ps.setInt(3, s.handlekommune());
                    ps.setObject(4, s.betalingskommune());
                    ps.setObject(5, s.bopaelskommune());
                    ps.setString(6, s.ydelse());
                    ps.setString(7, s.tilbud());
                    ps.setString(8, s.maalgruppe());
                    ps.setDate(9, Date.valueOf(s.start()));
                    ps.setDate(10, s.end() == null ? null : Date.valueOf(s.end()));
                    ps.setLong(11, s.hash());
                    ps.executeUpdate();
                }
            }
            new V6__Register_blocks().migrate(c, 3);
            migratedSpells = BlockFormatTest.stored(c, "spell_block");
            migratedPersons = BlockFormatTest.storedPersons(c);
        }
        try (Workspace ws = Workspace.create(tmp.resolve("now")); Connection c = ws.connection()) {
            try (Session s = ws.transaction()) {
                SpellStore.append(s, spells, 3);
                PersonStore.append(s, persons);
                s.commit();
            }
            assertEquals(4, migratedSpells.size());
            assertEquals(BlockFormatTest.stored(c, "spell_block"), migratedSpells);
            assertEquals(BlockFormatTest.storedPersons(c), migratedPersons);
        }
    }

    @Test
    void schemaSevenWritesWhatTheDreamStoreWrites(@TempDir Path tmp) throws SQLException {
        // In the order V7 reads them (import, person, year): import, person, year, 53 codes.
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(new Object[] {1L, i + 1, 2020 + i % 2, slots(i * 11, i >= 4 ? "sen" : "" + (650 + i % 2))});
        }
        rows.add(new Object[] {3L, 1, 2019, slots(52, "")});
        List<String> migrated;
        try (Workspace ws = Workspace.create(tmp.resolve("old")); Connection c = ws.connection()) {
            execute(c, "DROP TABLE dream_block", "CREATE TABLE dream_year (import_id BIGINT NOT NULL, person_id INT "
                    + "NOT NULL, iso_year SMALLINT NOT NULL, weeks VARCHAR(1200) NOT NULL, PRIMARY KEY (person_id, "
                    + "iso_year))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dream_year VALUES (?, ?, ?, ?)")) {
                for (int i = rows.size() - 1; i >= 0; i--) {
                    Object[] r = rows.get(i);
                    ps.setLong(1, (Long) r[0]);
                    ps.setInt(2, (Integer) r[1]);
                    ps.setInt(3, (Integer) r[2]);
                    // A stored row may have fewer than 53 slots: the rest read as "".
                    String weeks = String.join(",", (String[]) r[3]);
                    ps.setString(4, r[2].equals(2019) ? weeks.substring(0, weeks.lastIndexOf(',')) : weeks);
                    ps.executeUpdate();
                }
            }
            new V7__Dream_blocks().migrate(c, 2);
            migrated = BlockFormatTest.stored(c, "dream_block");
        }
        try (Workspace ws = Workspace.create(tmp.resolve("now")); Connection c = ws.connection()) {
            // V7 wrote an entry of all weeks per row, a dictionary per block.
            try (Session s = ws.transaction()) {
                for (int from = 0; from < rows.size(); ) {
                    long importId = (Long) rows.get(from)[0];
                    DreamStore.Entries entries = new DreamStore.Entries();
                    for (; from < rows.size() && entries.size() < 2 && (Long) rows.get(from)[0] == importId; from++) {
                        Object[] r = rows.get(from);
                        entries.add((Integer) r[1], (Integer) r[2], DreamStore.ALL_WEEKS, (String[]) r[3]);
                    }
                    DreamStore.append(s, importId, entries);
                }
                s.commit();
            }
            assertEquals(4, migrated.size());
            assertEquals(BlockFormatTest.stored(c, "dream_block"), migrated);
        }
    }

    private static String[] slots(int week, String code) {
        List<String> s = new ArrayList<>(Collections.nCopies(DreamStore.WEEKS, "651"));
        s.set(week, code);
        return s.toArray(new String[0]);
    }

    @Test
    void schemaEightWritesWhatTheLprStoreWrites(@TempDir Path tmp) throws SQLException {
        List<LprStore.Contact> contacts = new ArrayList<>();
        contacts.add(new LprStore.Contact(2, 9, LocalDateTime.parse("2024-03-01T08:00"),
                LocalDateTime.parse("2024-03-02T20:00"), null, null, null, null, null, true, -1));
        for (int i = 0; i < 5; i++) {
            LocalDateTime start = LocalDateTime.of(1969, 12, 31, 23, 0).plusMinutes(37L * i);
            contacts.add(new LprStore.Contact(1, i + 1, start, start.plusHours(i), i % 3 == 0 ? null : "s" + i % 2,
                    i >= 4 ? "sen æøå" : "DF" + i % 2, i % 2 == 0 ? null : "indlæggelse", "akut",
                    i % 2 == 0 ? null : 101 + i, i % 2 == 0, 17L * i));
        }
        List<String> migrated;
        try (Workspace ws = Workspace.create(tmp.resolve("old")); Connection c = ws.connection()) {
            execute(c, "DROP TABLE lpr_block", "CREATE TABLE lpr_contact (import_id BIGINT NOT NULL, person_id INT "
                    + "NOT NULL, start_ts TIMESTAMP NOT NULL, end_ts TIMESTAMP NOT NULL, specialty VARCHAR(80), "
                    + "diagnosis VARCHAR(12), contact_type VARCHAR(20), priority VARCHAR(12), bopaelskommune "
                    + "SMALLINT, psychiatric BOOLEAN NOT NULL, row_hash BIGINT NOT NULL)");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO lpr_contact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LprStore.Contact r : contacts) {
                    ps.setLong(1, r.importId());
                    ps.setInt(2, r.person());
                    ps.setTimestamp(3, Timestamp.valueOf(r.start()));
                    ps.setTimestamp(4, Timestamp.valueOf(r.end()));
                    ps.setString(5, r.specialty());
                    ps.setString(6, r.diagnosis());
                    ps.setString(7, r.contactType());
                    ps.setString(8, r.priority());
                    ps.setObject(9, r.bopaelskommune());
                    ps.setBoolean(10, r.psychiatric());
                    ps.setLong(11, r.hash());
                    ps.executeUpdate();
                }
            }
            new V8__Lpr_blocks().migrate(c, 2);
            migrated = BlockFormatTest.stored(c, "lpr_block");
        }
        try (Workspace ws = Workspace.create(tmp.resolve("now")); Connection c = ws.connection()) {
            // V8 wrote by import in stored order, a dictionary per block.
            List<LprStore.Contact> byImport = new ArrayList<>(contacts.subList(1, contacts.size()));
            byImport.add(contacts.get(0));
            try (Session s = ws.transaction()) {
                for (int from = 0; from < byImport.size(); ) {
                    long importId = byImport.get(from).importId();
                    LprStore.Columns columns = new LprStore.Columns();
                    for (; from < byImport.size() && columns.size() < 2 && byImport.get(from).importId() == importId;
                            from++) {
                        columns.add(byImport.get(from));
                    }
                    LprStore.append(s, importId, columns);
                }
                s.commit();
            }
            assertEquals(4, migrated.size());
            assertEquals(BlockFormatTest.stored(c, "lpr_block"), migrated);
            assertEquals(byImport, LprStore.rows(c));
        }
    }
}
