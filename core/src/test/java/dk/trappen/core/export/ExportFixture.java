package dk.trappen.core.export;

import dk.trappen.core.store.SpellStore;
import java.util.ArrayList;
import java.util.List;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * Workspaces for the export tests. The hand-built one, from 2017-01-01 and ongoing, target group:
 * Aarhus (751) 12 persons on trin 8, 3 on trin 5, 7 on trin 2; Randers (730, same region) 20 on
 * trin 5; København (101) 6 on trin 8. A §97 spell from 2018-06-30 makes the cut dates 2017-12-31
 * and 2018-06-30. Adults from 2017-01-01: 240,000 in Aarhus, 10,000 in every other kommune, so
 * Region Midtjylland (19 kommuner) has 420,000 and hele landet (98) 1,210,000.
 */
final class ExportFixture {

    static final ReferenceData REFERENCE = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
    /** Export time in the tests: 15 January 2026, 10:00 in Copenhagen. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    static final LocalDate FIRST = LocalDate.of(2017, 12, 31);
    static final LocalDate SECOND = LocalDate.of(2018, 6, 30);

    private ExportFixture() {
    }

    static WorkbookExporter exporter() {
        return new WorkbookExporter(new FigureService(REFERENCE), CLOCK);
    }

    /** Groups of persons with one ongoing spell each: how many, kommune, ydelse (trin), start. */
    private static final Object[][] SPELLS = {
        {12, 751, "1.8.1", "2017-01-01"},
        {3, 751, "1.12.0.2", "2017-01-01"},
        {7, 751, "1.18.1", "2017-01-01"},
        {20, 730, "1.12.0.2", "2017-01-01"},
        {6, 101, "1.8.1", "2017-01-01"},
        {1, 101, "1.13.4", "2018-06-30"},
    };

    static Workspace handBuilt(Path dir) throws SQLException {
        Workspace ws = Workspace.create(dir);
        try (Connection c = ws.connection()) {
            List<SpellStore.Spell> spells = new ArrayList<>();
            int person = 0;
            for (Object[] group : SPELLS) {
                for (int n = (Integer) group[0]; n > 0; n--) {
                    spells.add(new SpellStore.Spell(1, ++person, (Integer) group[1], null, null, (String) group[2], null,
                            "1.2.2", LocalDate.parse((String) group[3]), null, 0));
                }
            }
            SpellStore.append(c, spells);
            try (PreparedStatement pop = c.prepareStatement("INSERT INTO population (import_id, kommune, ref_date, "
                    + "age_from, age_to, inhabitants, row_hash) VALUES (2, ?, DATE '2017-01-01', 18, NULL, ?, 0)")) {
                for (Kommune k : REFERENCE.kommuner()) {
                    pop.setInt(1, k.code());
                    pop.setInt(2, k.code() == 751 ? 240_000 : 10_000);
                    pop.addBatch();
                }
                pop.executeBatch();
            }
            ws.importLog().add(c, new ImportLogEntry(1, "ydelser.csv", "ydelser", 1000, "a", 49, 49, 0, 0,
                    LocalDate.of(2017, 1, 1), LocalDate.of(2018, 6, 30), "test", Instant.parse("2026-01-10T08:00:00Z")));
            ws.importLog().add(c, new ImportLogEntry(2, "befolkning.csv", "befolkning", 100, "b", 98, 98, 0, 0,
                    LocalDate.of(2017, 1, 1), LocalDate.of(2017, 1, 1), "test", Instant.parse("2026-01-10T08:05:00Z")));
            Workspace.bumpDataVersion(c);
        }
        return ws;
    }

    /** A workspace with the committed synthetic sample (Aarhus, Randers, Bornholm; every source). */
    static Workspace sample(Path dir) {
        Workspace ws = Workspace.create(dir);
        ImportService imports = new ImportService(ws, REFERENCE, CLOCK);
        try (Stream<Path> files = Files.list(Path.of("..", "samples", "small"))) {
            files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx")).sorted()
                    .forEach(f -> imports.importFile(f, ImportOptions.defaults(), ProgressListener.NONE,
                            new CancellationToken()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ws;
    }
}
