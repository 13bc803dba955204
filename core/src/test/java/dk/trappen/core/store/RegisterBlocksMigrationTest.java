package dk.trappen.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 6 carries the spell and person rows of a schema-5 workspace over into blocks. */
class RegisterBlocksMigrationTest {

    @Test
    void rowsOfSchemaFiveBecomeBlocks(@TempDir Path tmp) throws SQLException {
        Path dir = tmp.resolve("v5");
        try (Workspace old = Workspace.openAtVersion(dir, "5"); Connection c = old.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (id, pseudonym, birth_date) VALUES (1, 'a', DATE '1980-01-01'), "
                    + "(2, 'b', NULL), (4, 'd', DATE '2001-12-31')");
            s.executeUpdate("INSERT INTO spell (import_id, person_id, handlekommune, betalingskommune, bopaelskommune, "
                    + "ydelse, tilbud, maalgruppe, start_date, end_date, row_hash) VALUES "
                    + "(1, 1, 101, 101, 147, '1.8.1', '3.3.0', '1.2.2', DATE '2019-03-01', NULL, 11), "
                    + "(1, 2, 751, NULL, NULL, '1.12.0.2', NULL, '1.2.2.1', DATE '2020-01-01', DATE '2020-12-31', -5), "
                    + "(3, 4, 461, NULL, NULL, '1.13.4', NULL, '1.2.1', DATE '2021-02-01', NULL, 7)");
        }
        try (Workspace ws = Workspace.openAtVersion(dir, "6"); Connection c = ws.connection()) {
            assertEquals(6, ws.schemaVersion());
            PersonStore.Persons p = PersonStore.read(c);
            assertEquals(4, p.maxId());
            assertEquals("a", p.pseudonyms()[1]);
            assertEquals(LocalDate.of(1980, 1, 1), p.birth(1));
            assertNull(p.birth(2));
            assertNull(p.pseudonyms()[3], "an id never given stays empty");
            assertEquals(LocalDate.of(2001, 12, 31), p.birth(4));
            List<SpellStore.Spell> spells = List.of(
                    new SpellStore.Spell(1, 1, 101, 101, 147, "1.8.1", "3.3.0", "1.2.2", LocalDate.of(2019, 3, 1), null, 11),
                    new SpellStore.Spell(1, 2, 751, null, null, "1.12.0.2", null, "1.2.2.1", LocalDate.of(2020, 1, 1),
                            LocalDate.of(2020, 12, 31), -5),
                    new SpellStore.Spell(3, 4, 461, null, null, "1.13.4", null, "1.2.1", LocalDate.of(2021, 2, 1), null, 7));
            assertEquals(spells, SpellStore.rows(c));
            // The migration's own copy of the format writes the bytes the stores write.
            try (Workspace now = Workspace.create(tmp.resolve("now")); Connection n = now.connection()) {
                SpellStore.append(n, spells);
                PersonStore.append(n, List.of(new PersonStore.NewPerson(1, "a", (int) LocalDate.of(1980, 1, 1)
                        .toEpochDay()), new PersonStore.NewPerson(2, "b", PersonStore.NO_BIRTH),
                        new PersonStore.NewPerson(4, "d", (int) LocalDate.of(2001, 12, 31).toEpochDay())));
                assertEquals(BlockFormatTest.stored(n, "spell_block"), BlockFormatTest.stored(c, "spell_block"));
                assertEquals(BlockFormatTest.storedPersons(n), BlockFormatTest.storedPersons(c));
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                    + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('SPELL', 'PERSON')")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the row tables are gone");
            }
        }
    }

    /** A birth date learnt later overrides the block's "unknown"; blocks split at the block size. */
    @Test
    void learntBirthsAndSmallBlocks(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws")); Connection c = ws.connection()) {
            PersonStore.append(c, List.of(new PersonStore.NewPerson(1, "x", PersonStore.NO_BIRTH),
                    new PersonStore.NewPerson(2, "y", PersonStore.NO_BIRTH)));
            PersonStore.learnBirths(c, java.util.Map.of(2, LocalDate.of(1990, 5, 5)));
            PersonStore.Persons p = PersonStore.read(c);
            assertNull(p.birth(1));
            assertEquals(LocalDate.of(1990, 5, 5), p.birth(2));

            SpellStore.Columns cols = new SpellStore.Columns();
            for (int i = 0; i < 7; i++) {
                cols.add(i + 1, 101, SpellStore.NO_KOMMUNE, 147, "1.8.1", i % 2 == 0 ? null : "t" + i, "1.2.2",
                        18_000 + i, i == 6 ? SpellStore.NO_END : 18_100 + i, i);
            }
            SpellStore.append(c, 9, cols, 3);
            assertEquals(List.of(3, 3, 1), SpellStore.BLOCKS.blocks(c).stream().map(BlockRef::rows)
                    .collect(java.util.stream.Collectors.toList()));
            List<SpellStore.Spell> rows = SpellStore.rows(c);
            assertEquals(7, rows.size());
            assertEquals(new SpellStore.Spell(9, 6, 101, null, 147, "1.8.1", "t5", "1.2.2", LocalDate.ofEpochDay(18_005),
                    LocalDate.ofEpochDay(18_105), 5), rows.get(5));
            assertNull(rows.get(6).end());
            assertEquals(7, SpellStore.BLOCKS.count(c));
            assertEquals(7, SpellStore.BLOCKS.hashes(c).length);
        }
    }
}
