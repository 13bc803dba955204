package dk.trappen.core.importing;

import static dk.trappen.core.importing.ImportFixtures.dreamWeeks;
import static dk.trappen.core.importing.ImportFixtures.importFile;
import static dk.trappen.core.importing.ImportFixtures.rows;
import static dk.trappen.core.importing.ImportFixtures.snapshot;
import static dk.trappen.core.importing.ImportFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden imports of each type on small hand-made files, and the all-or-nothing guarantees. */
class ImportServiceTest {

    @TempDir
    Path tmp;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.create(tmp.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static final String YDELSER = String.join("\n",
            "PNR;HANDLEKOMMUNE;BETALINGSKOMMUNE;BOPAELSKOMMUNE;MODT_YDELSE_KODE;MODT_TILB_KODE;MAALGRUPPE;STARTDATO;SLUTDATO",
            "0101801234;101;101;147;1.8.1;3.3.0;1.2.2;2019-03-01;",
            "010180-1234;751;;;1.12.0.2;;1.2.2.1;01-01-2020;31-12-9999",
            "0202024235;461;;;1.13.4;;1.2.1;01.02.2021;31DEC2022",
            "");

    @Test
    void ydelserGolden() throws Exception {
        ImportReport r = importFile(ws, write(tmp, "ydelser.csv", YDELSER, UTF_8), ImportOptions.defaults());
        assertEquals(ImportType.YDELSER, r.type(), "recognised by MODT_YDELSE_KODE");
        assertEquals(3, r.rowsRead());
        assertEquals(3, r.rowsStored());
        assertEquals(0, r.rowsRejected());
        // Period: earliest start 2019-03-01; latest end 2022-12-31 (the 9999 end is "ongoing").
        assertEquals(LocalDate.of(2019, 3, 1), r.periodFrom());
        assertEquals(LocalDate.of(2022, 12, 31), r.periodTo());
        // The first two rows are one person (with and without the dash); born 1980-01-01 (7th digit 1: 1900s);
        // the third is born 2002-02-02 (7th digit 4 and year 02 ≤ 36: 2000s).
        assertEquals(List.of("1|1980-01-01", "2|2002-02-02"), ImportFixtures.persons(ws).stream()
                .map(p -> p.replaceAll("\\|[^|]*\\|", "|")).collect(java.util.stream.Collectors.toList()));
        assertEquals(List.of(
                "1|101|101|147|1.8.1|3.3.0|1.2.2|2019-03-01|null",
                "1|751|null|null|1.12.0.2|null|1.2.2.1|2020-01-01|null",
                "2|461|null|null|1.13.4|null|1.2.1|2021-02-01|2022-12-31"),
                ImportFixtures.spells(ws).stream().map(s -> s.substring(0, s.lastIndexOf('|')))
                        .collect(java.util.stream.Collectors.toList()));
        assertEquals(1, ws.dataVersion());
        String db = ImportFixtures.dump(ws);
        assertFalse(db.contains("0101801234") || db.contains("010180") || db.contains("0202024235"),
                "no CPR number reaches the database");
    }

    @Test
    void identicalFileStoresNothingTwiceAndTheLogSaysSo() throws Exception {
        Path f = write(tmp, "ydelser.csv", YDELSER, UTF_8);
        ImportReport first = importFile(ws, f, ImportOptions.defaults());
        ImportReport again = importFile(ws, f, ImportOptions.defaults());
        assertEquals(first.importId(), again.duplicateOfImport());
        assertEquals(0, again.rowsStored());
        assertEquals(3, again.rowsDuplicate());
        assertEquals(3, ImportFixtures.spellCount(ws));
        assertEquals(2, ws.importLog().entries().size());
        assertEquals(1, ws.dataVersion(), "nothing new: cached results stay valid");
    }

    /**
     * 140,000 spells (persons 1000000000 + i, one spell each) fill two blocks of 65,536 and part of
     * a third; a second file with the same rows and one more stores only that one.
     */
    @Test
    void largeFileIsStoredInBlocksAndItsRowsAreKnownAfterwards() throws Exception {
        StringBuilder b = new StringBuilder(YDELSER.substring(0, YDELSER.indexOf('\n') + 1));
        for (int i = 0; i < 140_000; i++) {
            b.append(1_000_000_000L + i).append(";101;;;1.8.1;;1.2.2;2019-03-01;\n");
        }
        ImportReport first = importFile(ws, write(tmp, "stor.csv", b.toString(), UTF_8), ImportOptions.defaults());
        assertEquals(140_000, first.rowsStored());
        try (java.sql.Connection c = ws.connection()) {
            assertEquals(List.of(65_536, 65_536, 8_928), dk.trappen.core.store.SpellStore.BLOCKS.blocks(c).stream()
                    .map(dk.trappen.core.store.BlockRef::rows).collect(java.util.stream.Collectors.toList()));
        }
        b.append("0101801234;101;;;1.8.1;;1.2.2;2019-03-01;\n");
        ImportReport second = importFile(ws, write(tmp, "stor2.csv", b.toString(), UTF_8), ImportOptions.defaults());
        assertEquals(1, second.rowsStored());
        assertEquals(140_000, second.rowsDuplicate());
        assertEquals(140_001, ImportFixtures.spellCount(ws));
    }

    @Test
    void overlappingFileSkipsRowsAlreadyStored() throws Exception {
        importFile(ws, write(tmp, "a.csv", YDELSER, UTF_8), ImportOptions.defaults());
        String more = YDELSER + "0303031236;101;;;1.8.2;;1.2.2;2023-05-05;\n";
        ImportReport r = importFile(ws, write(tmp, "b.csv", more, UTF_8), ImportOptions.defaults());
        assertEquals(4, r.rowsRead());
        assertEquals(1, r.rowsStored());
        assertEquals(3, r.rowsDuplicate());
    }

    @Test
    void windows1252CommaDanishDatesCrlfGiveTheSameRows() throws Exception {
        Path utf8 = write(tmp, "utf8.csv", YDELSER, UTF_8);
        String cp = YDELSER.replace(';', ',').replace("2019-03-01", "01-03-2019").replace("\n", "\r\n");
        Path cp1252 = write(tmp, "cp1252.csv", cp, FileProbe.WINDOWS_1252);
        importFile(ws, utf8, ImportOptions.defaults());
        List<String> fromUtf8 = ImportFixtures.spells(ws);
        try (Workspace other = Workspace.create(tmp.resolve("ws2"))) {
            ImportReport r = importFile(other, cp1252, ImportOptions.defaults());
            assertEquals(3, r.rowsStored());
            // Person ids and fingerprints depend only on content; pseudonyms differ per workspace key.
            assertEquals(fromUtf8, ImportFixtures.spells(other));
        }
    }

    @Test
    void badRowsAreRejectedTheRestStored() throws Exception {
        String text = YDELSER + "0404041237;101;;;1.8.1;;1.2.2;2019-02-30;\n" + "0505051238;101;;;1.8.1;;1.2.2;2019-01-01\n";
        ImportReport r = importFile(ws, write(tmp, "ydelser.csv", text, UTF_8), ImportOptions.defaults());
        assertEquals(5, r.rowsRead());
        assertEquals(3, r.rowsStored());
        assertEquals(2, r.rowsRejected());
        assertEquals("ydelser.csv, linje 5, kolonne STARTDATO: værdien \"2019-02-30\" er ikke en dato (brug fx "
                + "2024-12-31, 31-12-2024, 31.12.2024, 31DEC2024 eller 20241231).", r.rejects().get(0).message());
        assertEquals("ydelser.csv, linje 6: rækken har 8 felter, men overskriften har 9.", r.rejects().get(1).message());
        assertEquals(List.of("5|STARTDATO|2019-02-30", "6|null|null"),
                rows(ws, "SELECT line, column_name, cell_value FROM import_reject ORDER BY line"));
    }

    @Test
    void strictRefusesTheWholeFile() throws Exception {
        String before = snapshot(ws);
        String text = YDELSER + "0404041237;101;;;1.8.1;;1.2.2;2019-02-30;\n";
        ImportException e = assertThrows(ImportException.class, () -> importFile(ws,
                write(tmp, "ydelser.csv", text, UTF_8), ImportOptions.defaults().withStrict(true)));
        assertTrue(e.getMessage().startsWith("Filen ydelser.csv er afvist i sin helhed (streng import), fordi 1 række(r)"),
                e.getMessage());
        assertEquals(before, snapshot(ws));
    }

    @Test
    void personValuesNeverAppearInMessages() throws Exception {
        String text = "PNR;DOEDSDATO\n0101801234;2030-01-01\n;2020-01-01\n0101801234;2020-01-01\n";
        ImportReport r = importFile(ws, write(tmp, "doede.csv", text, UTF_8), ImportOptions.defaults());
        assertEquals(1, r.rowsStored());
        assertEquals("doede.csv, linje 2, kolonne DOEDSDATO: værdien \"2030-01-01\" ligger efter dags dato.",
                r.rejects().get(0).message());
        assertEquals("doede.csv, linje 3, kolonne PNR: personnummer eller borger-id mangler (værdien vises ikke, da det "
                + "er et personnummer).", r.rejects().get(1).message());
        for (RejectedRow row : r.rejects()) {
            assertFalse(row.message().contains("0101801234"));
        }
    }

    @Test
    void cancelLeavesTheWorkspaceAsItWas() throws Exception {
        StringBuilder b = new StringBuilder("PNR;HANDLEKOMMUNE;MODT_YDELSE_KODE;MAALGRUPPE;STARTDATO;SLUTDATO\n");
        for (int i = 0; i < 5000; i++) {
            b.append(String.format("01018%05d;101;1.8.1;1.2.2;2019-01-01;%n", i));
        }
        Path f = write(tmp, "stor.csv", b.toString(), UTF_8);
        String before = snapshot(ws);
        CancellationToken token = new CancellationToken();
        ImportService service = new ImportService(ws, ImportFixtures.REFERENCE, ImportFixtures.CLOCK);
        assertThrows(CancelledException.class, () -> service.importFile(f, ImportOptions.defaults(),
                (done, total, msg) -> token.cancel(), token));
        assertEquals(before, snapshot(ws));
    }

    @Test
    void doedeBefolkningRegnskabGolden() throws Exception {
        importFile(ws, write(tmp, "d.csv", "PNR;DOEDSDATO\n0101801234;15-06-2021\n", UTF_8), ImportOptions.defaults());
        assertEquals(List.of("1|2021-06-15"), rows(ws, "SELECT person_id, death_date FROM death"));

        ImportReport pop = importFile(ws, write(tmp, "b.csv",
                "KOMMUNEKODE;DATO;ALDER;ANTAL\n101;2024-12-31;18-24;65.432\n0751;2024-12-31;80+;1234\n400;2024K1;17;300\n",
                UTF_8), ImportOptions.defaults());
        assertEquals(ImportType.BEFOLKNING, pop.type());
        assertEquals(List.of("101|2024-12-31|18|24|65432", "400|2024-01-01|17|17|300", "751|2024-12-31|80|null|1234"),
                rows(ws, "SELECT kommune, ref_date, age_from, age_to, inhabitants FROM population ORDER BY kommune"));

        ImportReport acc = importFile(ws, write(tmp, "r.csv",
                "KOMMUNEKODE;AAR;FUNKTION;GRUPPERING;DRANST;ART;BELOEB (1.000 kr.)\n"
                        + "101;2024;53850;3;1;40;1.234,5\n101;2024;5.38.39;005;1;4.0;-12\n", UTF_8),
                ImportOptions.defaults());
        assertEquals(ImportType.REGNSKAB, acc.type());
        // Amounts in thousands: 1.234,5 → 1,234,500 kr; the function 53850 → 5.38.50, grouping 3 → 003, art 40 → 4.0.
        assertEquals(List.of("101|2024|5.38.39|005|1|4.0|-12000.00", "101|2024|5.38.50|003|1|4.0|1234500.00"),
                rows(ws, "SELECT kommune, account_year, function_code, grouping_code, dranst, art, amount "
                        + "FROM account_line ORDER BY function_code"));
    }

    /** The stored contacts as "start|end|PSYCHIATRIC|priority", by start. */
    private static List<String> lprRows(Workspace ws) throws SQLException {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (Connection c = ws.connection()) {
            return dk.trappen.core.store.LprStore.rows(c).stream()
                    .sorted(java.util.Comparator.comparing(dk.trappen.core.store.LprStore.Contact::start))
                    .map(r -> f.format(r.start()) + "|" + f.format(r.end()) + "|"
                            + String.valueOf(r.psychiatric()).toUpperCase(java.util.Locale.ROOT) + "|" + r.priority())
                    .collect(java.util.stream.Collectors.toList());
        }
    }

    @Test
    void lprGoldenWithBothTimestampForms() throws Exception {
        importFile(ws, write(tmp, "l1.csv", "PNR;KONTAKT_START;KONTAKT_SLUT;HOVEDSPECIALE;AKTIONSDIAGNOSE;PRIORITET\n"
                + "0101801234;2024-03-01T08:00;2024-03-02 20:00:00;psykiatri;DF200;ATA1\n"
                + "0101801234;05-03-2024 10:00;05-03-2024 11:00;intern medicin;DI10;\n", UTF_8), ImportOptions.defaults());
        importFile(ws, write(tmp, "l2.csv", "CPR;dato_start;tidspunkt_start;dato_slut;tidspunkt_slut;aktionsdiagnose\n"
                + "0101801234;2024-04-01;13:45;2024-04-01;18:00;DF321\n", UTF_8), ImportOptions.defaults());
        assertEquals(List.of(
                "2024-03-01 08:00:00|2024-03-02 20:00:00|TRUE|akut",
                "2024-03-05 10:00:00|2024-03-05 11:00:00|FALSE|null",
                "2024-04-01 13:45:00|2024-04-01 18:00:00|TRUE|null"),
                lprRows(ws));
    }

    @Test
    void dreamWideAndLongMergeWeekByWeek() throws Exception {
        // 2020 has 53 ISO weeks; y_2053 is valid. Person 1: SU in week 1, nothing in week 2, 783 in week 53.
        importFile(ws, write(tmp, "dream.csv", "PNR;y_2001;y_2002;y_2053;branche_2020_01\n0101801234;651;;783;47\n",
                UTF_8), ImportOptions.defaults());
        String[] slots = dreamWeeks(ws, 2020);
        assertEquals(53, slots.length);
        assertEquals("651", slots[0]);
        assertEquals("", slots[1]);
        assertEquals("783", slots[52]);
        // A long-form file changes week 2 only.
        ImportReport r = importFile(ws, write(tmp, "dream_long.csv", "PNR;UGE;KODE\n0101801234;202002;890\n", UTF_8),
                ImportOptions.defaults());
        assertEquals(1, r.rowsStored());
        slots = dreamWeeks(ws, 2020);
        assertEquals("651", slots[0]);
        assertEquals("890", slots[1]);
        // The same content under another name changes nothing: every row a duplicate, nothing written.
        int blocks = rows(ws, "SELECT import_id FROM dream_block").size();
        r = importFile(ws, write(tmp, "dream_again.csv", "PNR;UGE;KODE\n0101801234;202002;890\n", UTF_8),
                ImportOptions.defaults());
        assertEquals(0, r.rowsStored());
        assertEquals(1, r.rowsDuplicate());
        assertEquals(blocks, rows(ws, "SELECT import_id FROM dream_block").size());
        // A covered empty week means "no benefit" and overrides; the weeks it does not cover stay.
        r = importFile(ws, write(tmp, "dream_none.csv", "PNR;UGE;KODE\n0101801234;202001;\n", UTF_8),
                ImportOptions.defaults());
        assertEquals(1, r.rowsStored());
        slots = dreamWeeks(ws, 2020);
        assertEquals("", slots[0]);
        assertEquals("890", slots[1]);
        assertEquals("783", slots[52]);
    }

    /**
     * The store keeps up to 65,536 distinct DREAM codes ("" included). A file of 65,536 new codes
     * (one per row, ids C0…) stores 65,535 and rejects the last row with a Danish rule, not a crash.
     */
    @Test
    void dreamCodesBeyondTheStoresDictionaryAreRejectedRows() throws Exception {
        StringBuilder b = new StringBuilder("PNR;UGE;KODE\n");
        for (int i = 0; i < 65_536; i++) {
            b.append(1_000_000_000L + i).append(";202002;C").append(Integer.toString(i, 36)).append('\n');
        }
        ImportReport r = importFile(ws, write(tmp, "dream_koder.csv", b.toString(), UTF_8), ImportOptions.defaults());
        assertEquals(65_535, r.rowsStored());
        assertEquals(1, r.rowsRejected());
        assertEquals("dream_koder.csv, linje 65.537, kolonne KODE: værdien \"C1ekf\" kan ikke gemmes: arbejdsmappen har "
                + "allerede 65.536 forskellige DREAM-koder, det højeste den kan rumme (rigtige udtræk har nogle hundrede).",
                r.rejects().get(0).message());
    }

    @Test
    void maalingerFromItemsOrScoreAndXlsxDatesAndFormulas() throws Exception {
        String text = "PNR;BORGER_ID;KOMMUNEKODE;MAALEDATO;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5;WHO5_SCORE;INSPIRE_SCORE;INDSATS\n"
                + "0101801234;;101;2024-05-01;3;3;2;2;1;;60;§85\n"
                + ";B-17;101;2024-05-02;;;;;;52;;§82\n"
                + ";B-18;101;2024-05-03;6;3;2;2;1;;;\n";
        ImportReport r = importFile(ws, write(tmp, "m.csv", text, UTF_8), ImportOptions.defaults());
        assertEquals(2, r.rowsStored());
        // Items 3+3+2+2+1 = 11, × 4 = 44.
        assertEquals(List.of("44|60|§85", "52|null|§82"),
                rows(ws, "SELECT who5, inspire, indsats FROM measurement ORDER BY measured_on"));
        assertEquals("m.csv, linje 4, kolonne WHO5_1: værdien \"6\" skal være et WHO-5-svar, et helt tal fra 0 til 5.",
                r.rejects().get(0).message());
    }

    @Test
    void savedMappingIsUsedForTheSameLayoutNextTime() throws Exception {
        String text = "Person;Kommune;Ydelse;Gruppe;Fra;Til\n0101801234;101;1.8.1;1.2.2;2019-01-01;\n";
        Path f = write(tmp, "egen.csv", text, UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> importFile(ws, f, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith("Filen egen.csv kan ikke genkendes"), e.getMessage());
        Map<String, String> mapping = Map.of("PNR", "Person", "HANDLEKOMMUNE", "Kommune", "MODT_YDELSE_KODE", "Ydelse",
                "MAALGRUPPE", "Gruppe", "STARTDATO", "Fra", "SLUTDATO", "Til");
        ImportReport r = importFile(ws, f, ImportOptions.defaults().withType(ImportType.YDELSER).withMapping(mapping));
        assertEquals(1, r.rowsStored());
        Path next = write(tmp, "egen2.csv", text + "0202024235;101;1.8.1;1.2.2;2019-01-01;\n", UTF_8);
        ImportReport again = importFile(ws, next, ImportOptions.defaults());
        assertEquals(ImportType.YDELSER, again.type(), "recognised through the saved mapping");
        assertEquals(1, again.rowsStored());
        assertEquals(1, again.rowsDuplicate());
    }

    @Test
    void aStoreFailureRollsBackTheWholeImportAndSaysSoAsTheImportsOwnMessage() throws Exception {
        // A mapping longer than the store's column for it (4000 characters) fails as the last write of
        // the import, after the rows, persons and log entry: nothing of the import may remain.
        String person = "Person" + "x".repeat(4100);
        String text = person + ";Kommune;Ydelse;Gruppe;Fra;Til\n0101801234;101;1.8.1;1.2.2;2019-01-01;\n";
        Path f = write(tmp, "egen.csv", text, UTF_8);
        Map<String, String> mapping = Map.of("PNR", person, "HANDLEKOMMUNE", "Kommune", "MODT_YDELSE_KODE", "Ydelse",
                "MAALGRUPPE", "Gruppe", "STARTDATO", "Fra", "SLUTDATO", "Til");
        String before = snapshot(ws);
        ImportException e = assertThrows(ImportException.class, () -> importFile(ws, f,
                ImportOptions.defaults().withType(ImportType.YDELSER).withMapping(mapping)));
        assertEquals("import.file.database", e.key());
        assertTrue(e.getMessage().startsWith("Importen af egen.csv mislykkedes i databasen og er rullet tilbage; "
                + "arbejdsmappen er uændret: "), e.getMessage());
        assertEquals(before, snapshot(ws));
        assertEquals(0, ws.dataVersion());
    }

    @Test
    void utf16WithBomTabSeparated() throws Exception {
        String text = "\uFEFFPNR\tDOEDSDATO\r\n0101801234\t2021-06-15\r\n";
        ImportReport r = importFile(ws, write(tmp, "doede.txt", text, java.nio.charset.StandardCharsets.UTF_16LE),
                ImportOptions.defaults());
        assertEquals(1, r.rowsStored());
    }

    @Test
    void importLogRecordsTheImport() throws SQLException, IOException {
        importFile(ws, write(tmp, "ydelser.csv", YDELSER, UTF_8), ImportOptions.defaults());
        var e = ws.importLog().entries().get(0);
        assertEquals("ydelser.csv", e.fileName());
        assertEquals("ydelser", e.fileType());
        assertEquals(3, e.rowsRead());
        assertEquals(64, e.sha256().length());
        assertEquals(LocalDate.of(2019, 3, 1), e.periodFrom());
    }
}
