package dk.trappen.core.importing;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import dk.trappen.core.store.PersonStore;
import dk.trappen.core.store.SpellStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Shared by the import tests: reference data, a fixed "today", and ways to look into a workspace. */
final class ImportFixtures {

    static final ReferenceData REFERENCE = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
    /** Today in the tests: 15 January 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    static final List<String> TABLES = List.of("person_block", "person_birth", "spell_block", "death", "population", "dream_block", "lpr_block",
            "account_line", "measurement", "import_reject", "import_log", "column_mapping");

    private ImportFixtures() {
    }

    static ImportReport importFile(Workspace ws, Path file, ImportOptions options) {
        return new ImportService(ws, REFERENCE, CLOCK).importFile(file, options, ProgressListener.NONE,
                new CancellationToken());
    }

    static Path write(Path dir, String name, String text, Charset cs) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }

    /** Every table's rows, as text: equal snapshots mean an unchanged workspace. */
    static String snapshot(Workspace ws) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = ws.connection(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                b.append(t).append(":\n");
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT meta_value FROM workspace_meta WHERE name = 'data_version'")) {
                rs.next();
                b.append("data_version=").append(rs.getString(1));
            }
        }
        return b.toString();
    }

    /** The merged weeks of the first stored DREAM person's year, as 53 codes. */
    static String[] dreamWeeks(Workspace ws, int year) throws SQLException {
        try (Connection c = ws.connection()) {
            int person = dk.trappen.core.store.DreamStore.BLOCKS.read(c, dk.trappen.core.store.DreamStore.BLOCKS.blocks(c).get(0)).person[0];
            return dk.trappen.core.store.DreamStore.weeks(c, person, year).toArray(new String[0]);
        }
    }

    static List<String> rows(Workspace ws, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ws.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /**
     * The whole database as SQL text, with the person and spell blocks decoded (SCRIPT shows them
     * as hex): to prove that no CPR number was stored anywhere.
     */
    static String dump(Workspace ws) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = ws.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
            b.append(String.join("\n", persons(ws))).append('\n');
            for (SpellStore.Spell spell : SpellStore.rows(c)) {
                b.append(spell).append('\n');
            }
        }
        return b.toString();
    }

    /** Stored persons as "id|pseudonym|birth date" lines, by id. */
    static List<String> persons(Workspace ws) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ws.connection()) {
            PersonStore.Persons p = PersonStore.read(c);
            for (int id = 1; id <= p.maxId(); id++) {
                if (p.pseudonyms()[id] != null) {
                    out.add(id + "|" + p.pseudonyms()[id] + "|" + p.birth(id));
                }
            }
        }
        return out;
    }

    /** Stored spells as "person|handle|pay|home|ydelse|tilbud|maalgruppe|start|end|hash" lines, sorted. */
    static List<String> spells(Workspace ws) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ws.connection()) {
            for (SpellStore.Spell s : SpellStore.rows(c)) {
                out.add(String.join("|", String.valueOf(s.person()), String.valueOf(s.handlekommune()),
                        String.valueOf(s.betalingskommune()), String.valueOf(s.bopaelskommune()), s.ydelse(),
                        String.valueOf(s.tilbud()), s.maalgruppe(), String.valueOf(s.start()), String.valueOf(s.end()),
                        String.valueOf(s.hash())));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    static long spellCount(Workspace ws) throws SQLException {
        try (Connection c = ws.connection()) {
            return SpellStore.BLOCKS.count(c);
        }
    }
}
